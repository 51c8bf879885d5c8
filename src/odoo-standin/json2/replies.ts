/** One HTTP answer of the stand-in, independent of the server that sends it. */
export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const jsonType = 'application/json; charset=utf-8';
const htmlType = 'text/html; charset=utf-8';

// werkzeug's HTTP errors carry the status as their second argument; Odoo's and Python's
// exceptions carry the message alone.
const statusNames: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  404: 'NotFound',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableEntity',
};

const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  422: 'Unprocessable Entity',
};

/** An error body as Odoo 19's JSON-2 dispatcher writes it, keys in its order. */
export function errorReply(status: number, exception: string, message: string): HttpReply {
  const body = {
    name: exception,
    message,
    arguments: exception.startsWith('werkzeug.') ? [message, status] : [message],
    context: {},
    debug: traceback(status, exception, message),
  };
  const headers: Record<string, string> = { 'Content-Type': jsonType };
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer ';
  return { status, headers, body: pythonJson(body) };
}

/** A werkzeug HTTP error (`werkzeug.exceptions.NotFound`...) with the status it stands for. */
export function httpErrorReply(status: number, message: string): HttpReply {
  return errorReply(
    status,
    `werkzeug.exceptions.${statusNames[status] ?? 'HTTPException'}`,
    message,
  );
}

// The real `debug` is the server's traceback; the stand-in says where it would have been.
function traceback(status: number, exception: string, message: string): string {
  const last = exception.startsWith('werkzeug.')
    ? `${exception}: ${status} ${reasons[status] ?? ''}: ${message}`
    : `${exception.replace(/^builtins\./, '')}: ${message}`;
  return (
    'Traceback (most recent call last):\n' +
    '  File "odoo/http.py", line 2273, in _serve_db\n' +
    '    return service_model.retrying(serve_func, env=self.env)\n' +
    `${last}\n`
  );
}

/** A success: the bare return value, no envelope. */
export function valueReply(value: unknown, floatKeys?: FloatKeys): HttpReply {
  return { status: 200, headers: { 'Content-Type': jsonType }, body: pythonJson(value, floatKeys) };
}

/** Which keys of an object hold floats (the engine marks them). */
export type FloatKeys = (target: object) => ReadonlySet<string> | undefined;

/** The page Odoo answers when the database header names no database it serves. */
export function noDatabaseReply(): HttpReply {
  return htmlReply(
    404,
    '<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n' +
      '<p>No database is selected and the requested URL was not found in the server-wide ' +
      'controllers.</p>\n<p>Please verify the hostname, <a href=/web/login>login</a> and try ' +
      'again.</p>\n\n<!-- Alternatively, use the X-Odoo-Database header. -->\n',
  );
}

/** The web client's 404 page, which is all an Odoo before 19 has for `/json/2`. */
export function webNotFoundReply(): HttpReply {
  return htmlReply(
    404,
    '<!DOCTYPE html>\n<html><head><title>404 | Page not found</title></head>\n' +
      '<body><h1>404: Page not found!</h1><p>The page you were looking for could not be ' +
      'found.</p></body></html>\n',
  );
}

/** The page for a body whose Content-Type is not JSON. */
export function unsupportedMediaReply(): HttpReply {
  const reply = htmlReply(
    415,
    '<!doctype html>\n<html lang=en>\n<title>415 Unsupported Media Type</title>\n' +
      '<h1>Unsupported Media Type</h1>\n<p>Request inferred type is compatible with ' +
      '[&#39;http&#39;] but &#39;/json/2/&lt;__model__&gt;/&lt;__method__&gt;&#39; is ' +
      'type=&#39;json2&#39;.<br><br>Please verify the Content-Type request header and try ' +
      'again.</p>\n',
  );
  reply.headers.Accept = 'application/json';
  return reply;
}

function htmlReply(status: number, body: string): HttpReply {
  return { status, headers: { 'Content-Type': htmlType }, body };
}

/**
 * JSON as Python's `json.dumps` writes it (`", "` and `": "` between items), with the numbers
 * the engine marks as floats written `8.0` as Odoo does.
 */
export function pythonJson(
  value: unknown,
  floatKeys?: (target: object) => ReadonlySet<string> | undefined,
): string {
  return write(value, false);

  function write(item: unknown, isFloat: boolean): string {
    if (typeof item === 'number') {
      return isFloat && Number.isInteger(item) ? `${item}.0` : JSON.stringify(item);
    }
    if (Array.isArray(item)) return `[${item.map((entry) => write(entry, isFloat)).join(', ')}]`;
    if (item !== null && typeof item === 'object') {
      const floats = floatKeys?.(item);
      const pairs = Object.entries(item)
        .filter(([, entry]) => entry !== undefined)
        .map(
          ([key, entry]) => `${JSON.stringify(key)}: ${write(entry, floats?.has(key) ?? false)}`,
        );
      return `{${pairs.join(', ')}}`;
    }
    return JSON.stringify(item) ?? 'null';
  }
}
