import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
} from '../src/errors.js';
import { MissingMethodError, MissingModelError } from '../src/odoo/faults.js';
import { createJson2Transport } from '../src/odoo/json2-transport.js';
import {
  json2Exchange,
  loadJson2Exchanges,
  recordedResponseHeaders,
  recordedResponseText,
} from './support/json2-fixtures.js';
import { jsonAnswer, type ReplayServer, startReplayServer } from './support/json2-replay-server.js';

type ErrorClass = new (...args: never[]) => WalletError;

// What each recorded error answer must become: the same classes XML-RPC faults map to.
const expected: Record<string, ErrorClass> = {
  '44': ValidationError, // UserError, 422: a business rule
  '50': AuthError,
  '51': AuthError,
  '52': AuthError,
  '53': MissingModelError, // 404 NotFound, a ServerError the capability check looks for
  '54': MissingMethodError, // 404 NotFound, likewise
  '55': AccessError,
  '56': ValidationError,
  '57': ValidationError,
  '58': NotFoundError, // MissingError, 404
  '59': ServerError,
  '60': ServerError,
  '61': ServerError,
  '62': ServerError,
  '63': ServerError,
  '64': ServerError, // 422 UnprocessableEntity: our arguments were wrong
  '65': ServerError,
  '66': ServerError,
  '67': ServerError,
  '68': ConfigError, // HTML 404: wrong database
  '69': ServerError,
  '70': ServerError, // HTML 415
  '71': ServerError,
  '72': ServerError,
  '73': ServerError,
  '75': AccessError,
  '76': ServerError,
  '77': ServerError,
};

let server: ReplayServer;

beforeAll(async () => {
  server = await startReplayServer();
});

afterAll(async () => {
  await server.close();
});

const apiKey = 'a1b2c3d4e5'.repeat(4);

async function failureOf(db: string | null = 'wallet'): Promise<WalletError> {
  const transport = createJson2Transport({ url: server.url, db, apiKey, retry: { attempts: 1 } });
  try {
    await transport.call({ model: 'project.task', method: 'write', ids: [1], readOnly: false });
  } catch (error) {
    return error as WalletError;
  }
  throw new Error('the call was expected to fail');
}

const errorFiles = loadJson2Exchanges().filter((exchange) => exchange.response.status >= 400);

describe('JSON-2 error answers recorded from Odoo 19', () => {
  it('covers every recorded error answer', () => {
    expect(errorFiles.map((exchange) => exchange.file.slice(0, 2))).toEqual(Object.keys(expected));
  });

  it.each(errorFiles)('maps $file (HTTP $response.status) to its error class', async (exchange) => {
    server.respond(() => ({
      status: exchange.response.status,
      headers: recordedResponseHeaders(exchange),
      body: recordedResponseText(exchange),
    }));

    const error = await failureOf();

    expect(error).toBeInstanceOf(expected[exchange.file.slice(0, 2)]);
    expect(error.message).not.toContain(apiKey);
    const body = exchange.response.body;
    if (typeof body === 'object' && body !== null && 'message' in body) {
      expect(`${error.message}\n${error.detail}`).toContain(String(body.message).split('\n')[0]);
      expect(error.detail).toContain('Traceback');
    }
  });
});

describe('JSON-2 answers that are not Odoo errors', () => {
  it('names ODOO_DB and the database tried on an HTML not-found page', async () => {
    const page = json2Exchange('68');
    server.respond(() => ({
      status: 404,
      headers: recordedResponseHeaders(page),
      body: recordedResponseText(page),
    }));

    const error = await failureOf('nosuchdb');

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('ODOO_DB "nosuchdb"');
  });

  it('says no database was set when the not-found page comes without ODOO_DB', async () => {
    server.respond(() => ({ status: 404, headers: { 'Content-Type': 'text/html' }, body: '<p>' }));

    const error = await failureOf(null);

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('no ODOO_DB set');
  });

  it.each([502, 503, 504])('treats a proxy page with HTTP %i as unavailable', async (status) => {
    server.respond(() => ({
      status,
      headers: { 'Content-Type': 'text/html' },
      body: '<h1>Bad</h1>',
    }));

    const error = await failureOf();

    expect(error).toBeInstanceOf(UnavailableError);
  });

  it('treats a lock conflict as a conflict', async () => {
    server.respond(() =>
      jsonAnswer(409, { name: 'odoo.exceptions.LockError', message: 'locked', arguments: [] }),
    );

    expect(await failureOf()).toBeInstanceOf(ConflictError);
  });

  it('names the address a redirect points to instead of following it', async () => {
    server.respond(() => ({ status: 301, headers: { Location: 'https://odoo.test/' }, body: '' }));

    const error = await failureOf();

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('https://odoo.test/');
  });

  it('refuses an HTML page answered with HTTP 200 without a parse crash', async () => {
    server.respond(() => ({ status: 200, headers: { 'Content-Type': 'text/html' }, body: '<!x>' }));

    const error = await failureOf();

    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/not JSON/);
  });

  it('refuses a JSON error body that is not shaped like an Odoo error', async () => {
    server.respond(() => jsonAnswer(500, { oops: true }));

    expect(await failureOf()).toBeInstanceOf(ServerError);
  });
});
