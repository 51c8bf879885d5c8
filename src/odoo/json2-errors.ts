import { z } from 'zod';
import {
  AccessError,
  AuthError,
  ConfigError,
  ConflictError,
  NotFoundError,
  ServerError,
  UnavailableError,
  ValidationError,
  type WalletError,
} from '../errors.js';

/** Where a JSON-2 answer came from, so messages name the call and the database tried. */
export interface Json2CallSite {
  url: string;
  db: string | null;
  /** e.g. `project.task.write`, or a path such as `/web/version`. */
  what: string;
}

/** One HTTP answer, read as text so a non-JSON page never crashes a parser. */
export interface HttpAnswer {
  status: number;
  contentType: string;
  /** Where a redirect points; the transport never follows one (a POST would turn into a GET). */
  location?: string | null;
  text: string;
}

// Every JSON-2 error body has these keys; `debug` is the server traceback, kept for the log.
const errorBody = z.object({
  name: z.string(),
  message: z.string(),
  debug: z.string().optional(),
});

/** True when the answer says it is JSON (`application/json`, any charset). */
export function isJsonAnswer(answer: HttpAnswer): boolean {
  return /^application\/json\b/i.test(answer.contentType.trim());
}

/** Maps a non-2xx JSON-2 answer to the same error classes the XML-RPC faults map to. */
export function json2Error(answer: HttpAnswer, site: Json2CallSite): WalletError {
  if (!isJsonAnswer(answer)) return nonJsonError(answer, site);

  const parsed = errorBody.safeParse(safeJsonParse(answer.text));
  if (!parsed.success) {
    return new ServerError(
      `Odoo answered HTTP ${answer.status} to ${site.what} with a JSON body that is not an ` +
        'Odoo error',
      { detail: answer.text.slice(0, 2000) },
    );
  }

  const { name, message, debug } = parsed.data;
  const text = `${site.what}: ${message}`;
  const options = { detail: debug === undefined ? name : `${name}\n${debug}` };
  return exceptionError(name, text, options) ?? statusError(answer.status, name, text, options);
}

// Odoo's own exception classes say more than the status (a 404 may be a missing record or an
// unknown model), so they are looked at first.
function exceptionError(
  name: string,
  text: string,
  options: { detail: string },
): WalletError | null {
  switch (name.replace(/^odoo\.exceptions\./, '')) {
    case 'AccessError':
    case 'AccessDenied':
      return new AccessError(text, options);
    case 'MissingError':
      return new NotFoundError(text, options);
    case 'UserError':
    case 'ValidationError':
    case 'RedirectWarning':
      return new ValidationError(text, options);
    case 'LockError':
    case 'ConcurrencyError':
      return new ConflictError(text, options);
    default:
      return null;
  }
}

function statusError(
  status: number,
  name: string,
  text: string,
  options: { detail: string },
): WalletError {
  if (status === 401) {
    return new AuthError(`Odoo refused the API key (${text}); check ODOO_API_KEY`, options);
  }
  if (status === 403) return new AccessError(text, options);
  if (status === 409) return new ConflictError(text, options);
  if (status === 502 || status === 503 || status === 504) {
    return new UnavailableError(`Odoo is unavailable (HTTP ${status}) for ${text}`, options);
  }

  // Unknown model or method (404), bad argument names (422 UnprocessableEntity), a body the
  // server could not read (400), and every unexpected exception (500): none is the user's doing.
  return new ServerError(`Odoo answered HTTP ${status} ${name} to ${text}`, options);
}

function nonJsonError(answer: HttpAnswer, site: Json2CallSite): WalletError {
  const options = { detail: answer.text.slice(0, 2000) };
  const status = answer.status;

  if (status === 502 || status === 503 || status === 504) {
    return new UnavailableError(
      `Odoo at ${site.url} is unavailable (HTTP ${status}) for ${site.what}`,
      options,
    );
  }
  if (status === 404) {
    // Odoo answers its plain 404 page when X-Odoo-Database names no database it serves, and
    // servers before 19 answer it for every /json/2 path.
    const database = site.db === null ? 'no ODOO_DB set' : `ODOO_DB "${site.db}"`;
    return new ConfigError(
      `Odoo at ${site.url} answered an HTML "not found" page for ${site.what} (${database}). ` +
        'Check ODOO_DB names a database on that server; a server before Odoo 19 has no ' +
        'JSON-2 API, use ODOO_PROTOCOL=xmlrpc or auto there.',
      options,
    );
  }
  if (status >= 300 && status < 400) {
    return new ConfigError(
      `Odoo at ${site.url} redirects ${site.what} to ${answer.location ?? 'another address'}; ` +
        'set ODOO_URL to the address it redirects to',
      options,
    );
  }
  if (status === 415) {
    return new ServerError(
      `Odoo refused the request's content type for ${site.what} (HTTP 415)`,
      options,
    );
  }
  return new ServerError(
    `Odoo at ${site.url} answered HTTP ${status} with ${answer.contentType || 'no content type'} ` +
      `instead of JSON for ${site.what}; is ODOO_URL the Odoo server itself?`,
    options,
  );
}

/** JSON.parse that gives `undefined` instead of throwing on malformed text. */
export function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
