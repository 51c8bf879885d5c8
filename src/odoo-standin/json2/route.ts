import { faultReply, isFaultLike } from './faults.js';
import {
  type HttpReply,
  httpErrorReply,
  noDatabaseReply,
  unsupportedMediaReply,
  valueReply,
  webNotFoundReply,
} from './replies.js';

/** What the JSON-2 endpoint needs of the stand-in's engine. */
export interface Json2Engine {
  /** The Odoo version pretended, e.g. `19.0`; JSON-2 exists from 19 on. */
  readonly version: string;
  readonly db: string;
  uidForKey(key: string): number | undefined;
}

/** One model call, named arguments only: what the engine runs for every protocol. */
export interface Json2Call {
  uid: number;
  model: string;
  method: string;
  ids?: number[];
  params?: Record<string, unknown>;
  context?: Record<string, unknown>;
}

export interface Json2RouteOptions {
  engine: Json2Engine;
  /** Runs the call with the stand-in's call log and hooks around the engine. */
  dispatch: (call: Json2Call) => Promise<unknown>;
  /** Which keys of a returned object hold floats, so `8.0` is written as Odoo does. */
  floatKeys?: (target: object) => ReadonlySet<string> | undefined;
}

/** A request as the stand-in's HTTP server read it. */
export interface HttpRequestSnapshot {
  method: string;
  /** The path with its query, as in `req.url`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Answers one request, or `null` when the path is not JSON-2's. */
export type Json2Route = (request: HttpRequestSnapshot) => Promise<HttpReply | null>;

const notAuthenticated =
  'User not authenticated, use an API Key with a Bearer Authorization header.';

/**
 * The stand-in's `/json/2/<model>/<method>` and `/web/version`, answering with the statuses
 * and bodies recorded from Odoo 19. Pretending 17 or 18, both are the web client's 404 page.
 */
export function createJson2Route(options: Json2RouteOptions): Json2Route {
  const { engine } = options;
  const hasJson2 = Number.parseInt(engine.version, 10) >= 19;

  return async (request) => {
    const path = new URL(request.path, 'http://stand-in').pathname.replace(/\/+$/, '');
    if (path === '/web/version' || path === '/json/version') {
      return hasJson2 ? valueReply(versionOf(engine.version)) : webNotFoundReply();
    }
    if (path !== '/json/2' && !path.startsWith('/json/2/')) return null;
    if (!hasJson2) return webNotFoundReply();

    const db = header(request, 'x-odoo-database');
    if (db !== undefined && db !== engine.db) return noDatabaseReply();
    if (request.body !== '' && !isJsonType(header(request, 'content-type'))) {
      return unsupportedMediaReply();
    }

    const match = /^\/json\/2\/([^/]+)\/([^/]+)$/.exec(path);
    if (!match?.[1] || !match[2] || request.method !== 'POST') {
      return httpErrorReply(404, 'Did you mean POST /json/2/<model>/<method>?');
    }
    const model = decodeURIComponent(match[1]);
    return callReply(options, request, model, decodeURIComponent(match[2]));
  };
}

async function callReply(
  options: Json2RouteOptions,
  request: HttpRequestSnapshot,
  model: string,
  method: string,
): Promise<HttpReply> {
  const { engine } = options;
  const bearer = /^bearer\s+(\S+)\s*$/i.exec(header(request, 'authorization') ?? '');
  if (!bearer?.[1]) return httpErrorReply(401, notAuthenticated);
  const uid = engine.uidForKey(bearer[1]);
  if (uid === undefined) return httpErrorReply(401, 'Invalid apikey');

  const body = parseBody(request.body);
  if ('reply' in body) return body.reply;
  const { ids, context, ...params } = body.value;
  const idList = asIds(ids);
  if (idList === null) return httpErrorReply(422, 'ids must be a record id or a list of ids');
  if (context !== undefined && !isPlainObject(context)) {
    return httpErrorReply(422, 'context must be a JSON object');
  }

  try {
    const call = { uid, model, method, params, context: context ?? {} };
    const result = await options.dispatch(idList === undefined ? call : { ...call, ids: idList });
    // A recordset becomes its ids: `create` answers a list even for one record.
    const value = method === 'create' && typeof result === 'number' ? [result] : result;
    return valueReply(value ?? null, options.floatKeys);
  } catch (error) {
    if (isFaultLike(error)) return faultReply(error);
    throw error;
  }
}

function parseBody(text: string): { value: Record<string, unknown> } | { reply: HttpReply } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      reply: httpErrorReply(400, `could not parse the body as json: ${pythonJsonError(text)}`),
    };
  }
  // TODO: Odoo's answer to a JSON body that is not an object was not recorded; 400 is a guess.
  if (!isPlainObject(value))
    return { reply: httpErrorReply(400, 'the body must be a JSON object') };
  return { value };
}

// The wording of Python's json module for the usual mistake: no JSON at all.
function pythonJsonError(text: string): string {
  const start = text.search(/\S/);
  const at = start === -1 ? text.length : start;
  const line = text.slice(0, at).split('\n').length;
  const column = at - text.lastIndexOf('\n', at - 1);
  return `Expecting value: line ${line} column ${column} (char ${at})`;
}

// `ids` may be left out (an empty recordset), one id, or a list of ids.
function asIds(ids: unknown): number[] | undefined | null {
  if (ids === undefined || ids === null) return undefined;
  if (Number.isInteger(ids)) return [Number(ids)];
  if (Array.isArray(ids) && ids.every((id) => Number.isInteger(id))) return ids.map(Number);
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJsonType(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? '');
}

function header(request: HttpRequestSnapshot, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

// Odoo's release tuple: `[19, 0, 0, 'final', 0, '']` for `19.0`.
function versionOf(version: string): { version_info: Array<number | string>; version: string } {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  return { version_info: [major, minor, 0, 'final', 0, ''], version };
}
