import { UnavailableError } from '../errors.js';
import type { HttpAnswer } from './json2-errors.js';

export interface HttpExchange {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Names the call in error messages, e.g. `project.task.write`. */
  what: string;
}

/**
 * Sends one request with Node's fetch and reads the whole answer as text. A refused or
 * dropped connection and a timeout (covering the body too) become UnavailableError.
 */
export async function exchange(request: HttpExchange): Promise<HttpAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  const origin = new URL(request.url).origin;

  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      redirect: 'manual',
    });
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      location: response.headers.get('location'),
      text,
    };
  } catch (error) {
    if (controller.signal.aborted) {
      throw new UnavailableError(
        `Odoo at ${origin} did not answer ${request.what} within ${request.timeoutMs} ms`,
        { cause: error },
      );
    }
    throw new UnavailableError(
      `Could not reach Odoo at ${origin} for ${request.what} (${networkReason(error)})`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

// fetch wraps the socket error: the useful code (ECONNREFUSED, ECONNRESET...) is on its cause.
function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') {
    return cause.code;
  }
  return error instanceof Error ? error.message : String(error);
}
