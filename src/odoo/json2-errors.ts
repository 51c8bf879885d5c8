import { z } from 'zod';
import {
  AccessError,
  AuthError,
  ConfigError,
  ConflictError,
  ServerError,
  UnavailableError,
  type WalletError,
} from '../errors.js';
import { type CallSite, credentialsHint, describeSite, errorFromOdooException } from './faults.js';

/** Where a JSON-2 answer came from, so messages name the call and the database tried. */
export interface Json2CallSite extends CallSite {
  /** The server, without credentials. */
  url: string;
  db: string | null;
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
      `Odoo answered HTTP ${answer.status} to ${describeSite(site)} with a JSON body that is ` +
        'not an Odoo error',
      { detail: answer.text.slice(0, 2000) },
    );
  }

  // The exception's class says more than the status (a 404 is a missing record, model or
  // method); the status decides only for what the shared mapper leaves a plain server error.
  const { name, message, debug } = parsed.data;
  const detail = debug === undefined ? name : `${name}\n${debug}`;
  const mapped = errorFromOdooException({ exception: name, message, detail }, site);
  if (mapped.constructor !== ServerError) return mapped;
  return statusError(answer.status, mapped) ?? mapped;
}

function statusError(status: number, mapped: WalletError): WalletError | null {
  const options = { cause: mapped, detail: mapped.detail };
  if (status === 401) {
    return new AuthError(`${mapped.message}: ${credentialsHint}`, options);
  }
  if (status === 403) return new AccessError(mapped.message, options);
  // LockError: the records are being changed by another transaction.
  if (status === 409) return new ConflictError(mapped.message, options);
  if (status === 502 || status === 503 || status === 504) {
    return new UnavailableError(`Odoo is unavailable (HTTP ${status}): ${mapped.message}`, options);
  }
  return null;
}

function nonJsonError(answer: HttpAnswer, site: Json2CallSite): WalletError {
  const options = { detail: answer.text.slice(0, 2000) };
  const status = answer.status;

  // A 5xx page that is not Odoo's JSON comes from a proxy or a server that is not up.
  if (status >= 500) {
    return new UnavailableError(
      `Odoo at ${site.url} is unavailable (HTTP ${status}) for ${describeSite(site)}`,
      options,
    );
  }
  if (status === 404) {
    // Odoo answers its plain 404 page when X-Odoo-Database names no database it serves, and
    // servers before 19 answer it for every /json/2 path.
    const database = site.db === null ? 'no ODOO_DB set' : `ODOO_DB "${site.db}"`;
    return new ConfigError(
      `Odoo at ${site.url} answered an HTML "not found" page for ${describeSite(site)} ` +
        `(${database}). Check ODOO_DB names a database on that server; a server before ` +
        'Odoo 19 has no JSON-2 API, use ODOO_PROTOCOL=xmlrpc or auto there.',
      options,
    );
  }
  if (status >= 300 && status < 400) {
    return new ConfigError(
      `Odoo at ${site.url} redirects ${describeSite(site)} to ` +
        `${answer.location ?? 'another address'}; set ODOO_URL to the address it redirects to`,
      options,
    );
  }
  if (status === 415) {
    return new ServerError(
      `Odoo refused the request's content type for ${describeSite(site)} (HTTP 415)`,
      options,
    );
  }
  return new ServerError(
    `Odoo at ${site.url} answered HTTP ${status} with ${answer.contentType || 'no content type'} ` +
      `instead of JSON for ${describeSite(site)}; is ODOO_URL the Odoo server itself?`,
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
