import { ServerError, UnavailableError, type WalletError } from '../errors.js';
import { type CallSite, describeSite } from './faults.js';

/** Thrown by the HTTP layer when a request got no complete answer in time. */
export class RequestTimeoutError extends Error {
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Maps a socket error or a timeout to UnavailableError; `url` must hold no credentials. */
export function errorFromConnection(error: unknown, site: CallSite, url: string): WalletError {
  const where = describeSite(site);
  if (error instanceof RequestTimeoutError) {
    return new UnavailableError(
      `Odoo at ${url} did not answer ${where} within ${error.timeoutMs} ms`,
      { cause: error },
    );
  }
  const reason = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
  return new UnavailableError(`Odoo at ${url} could not be reached for ${where} (${reason})`, {
    cause: error,
  });
}

/** Maps an HTTP answer that is not the protocol's: 5xx is transient, the rest is not Odoo. */
export function errorFromHttpAnswer(
  answer: { status: number; contentType: string; body: string },
  site: CallSite,
  url: string,
  reason?: string,
): WalletError {
  const where = describeSite(site);
  const detail = answer.body.slice(0, 2000);
  if (answer.status >= 500) {
    return new UnavailableError(`Odoo at ${url} answered HTTP ${answer.status} to ${where}`, {
      detail,
    });
  }
  const what = reason ?? `HTTP ${answer.status}, ${answer.contentType || 'no content type'}`;
  return new ServerError(
    `The answer of ${url} to ${where} is not what Odoo sends (${what}); ` +
      'ODOO_URL may not point at an Odoo server',
    { detail },
  );
}
