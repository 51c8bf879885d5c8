import type { CallSite } from './faults.js';
import type { HttpAnswer } from './json2-errors.js';
import { errorFromConnection, RequestTimeoutError } from './network-errors.js';

export interface HttpExchange {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Names the call in error messages. */
  site: CallSite;
  /** The server as messages show it: no credentials. */
  shownUrl: string;
}

/**
 * Sends one request with Node's fetch and reads the whole answer as text. A refused or
 * dropped connection and a timeout (covering the body too) become UnavailableError.
 */
export async function exchange(request: HttpExchange): Promise<HttpAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);

  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      // Never follow: a redirected POST turns into a GET, and the answer would mislead.
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
    const reason = controller.signal.aborted
      ? new RequestTimeoutError(request.timeoutMs)
      : socketError(error);
    throw errorFromConnection(reason, request.site, request.shownUrl);
  } finally {
    clearTimeout(timer);
  }
}

// fetch wraps the socket error: the useful code (ECONNREFUSED, ECONNRESET...) is on its cause.
function socketError(error: unknown): unknown {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error && 'code' in cause ? cause : error;
}
