import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthError, UnavailableError } from '../src/errors.js';
import { createJson2Transport, type Json2TransportOptions } from '../src/odoo/json2-transport.js';
import {
  json2Exchange,
  recordedResponseHeaders,
  recordedResponseText,
} from './support/json2-fixtures.js';
import { jsonAnswer, type ReplayServer, startReplayServer } from './support/json2-replay-server.js';

let server: ReplayServer;

beforeAll(async () => {
  server = await startReplayServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.received.length = 0;
});

function transport(overrides: Partial<Json2TransportOptions> = {}) {
  return createJson2Transport({
    url: server.url,
    db: 'wallet',
    apiKey: 'k'.repeat(40),
    retry: { baseDelayMs: 1 },
    ...overrides,
  });
}

function replay(prefix: string): void {
  const recorded = json2Exchange(prefix);
  server.respond(() => ({
    status: recorded.response.status,
    headers: recordedResponseHeaders(recorded),
    body: recordedResponseText(recorded),
  }));
}

describe('JSON-2 transport requests', () => {
  it('posts named arguments, ids and the context to /json/2/<model>/<method>', async () => {
    replay('23');

    const result = await transport().call({
      model: 'project.task',
      method: 'write',
      ids: [41, 42],
      params: { vals: { allocated_hours: 4 } },
      context: { tz: 'Europe/Brussels' },
      readOnly: false,
    });

    expect(result).toBe(true);
    const [sent] = server.received;
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/json/2/project.task/write');
    expect(sent?.headers.authorization).toBe(`bearer ${'k'.repeat(40)}`);
    expect(sent?.headers['x-odoo-database']).toBe('wallet');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      vals: { allocated_hours: 4 },
      ids: [41, 42],
      context: { lang: 'en_US', tz: 'Europe/Brussels' },
    });
  });

  it('always sends a language and a time zone, since JSON-2 replaces the context', async () => {
    replay('16');

    const ids = await transport({ tz: 'Europe/Brussels' }).call({
      model: 'account.analytic.line',
      method: 'search',
      params: { domain: [['project_id', '!=', false]], limit: 5, order: 'id desc' },
      readOnly: true,
    });

    expect(ids).toEqual([66, 65, 64, 63, 62]);
    const body = JSON.parse(server.received[0]?.body ?? '');
    expect(body.context).toEqual({ lang: 'en_US', tz: 'Europe/Brussels' });
    expect(body).not.toHaveProperty('ids');
  });

  it('leaves out the database header when no database is configured', async () => {
    replay('03');

    await transport({ db: null }).call({
      model: 'res.users',
      method: 'context_get',
      readOnly: true,
    });

    expect(server.received[0]?.headers).not.toHaveProperty('x-odoo-database');
  });

  it('does not change the caller request', async () => {
    replay('20');
    const request = {
      model: 'project.project',
      method: 'create',
      params: { vals_list: [{ name: 'P' }] },
      readOnly: false,
    };
    const copy = structuredClone(request);

    const ids = await transport().call(request);

    expect(ids).toEqual([27]);
    expect(request).toEqual(copy);
  });

  it('returns null for a method that returns nothing', async () => {
    replay('27');

    const result = await transport().call({
      model: 'project.task',
      method: 'action_unlink_recurrence',
      ids: [41],
      readOnly: false,
    });

    expect(result).toBeNull();
  });
});

describe('JSON-2 transport identity and version', () => {
  it('takes the uid of the API key user from res.users/context_get', async () => {
    replay('01');

    const uid = await transport().authenticate();

    expect(uid).toBe(2);
    expect(server.received[0]?.path).toBe('/json/2/res.users/context_get');
  });

  it('accepts a key that belongs to the configured login', async () => {
    server.respond((request) =>
      request.path.endsWith('/context_get')
        ? jsonAnswer(200, { lang: 'en_US', tz: false, uid: 2 })
        : jsonAnswer(200, [{ id: 2, login: 'Admin' }]),
    );

    const uid = await transport({ login: 'admin' }).authenticate();

    expect(uid).toBe(2);
    expect(JSON.parse(server.received[1]?.body ?? '')).toMatchObject({ ids: [2] });
  });

  it('refuses a key that belongs to another user than the configured login', async () => {
    server.respond((request) =>
      request.path.endsWith('/context_get')
        ? jsonAnswer(200, { lang: 'en_US', tz: false, uid: 7 })
        : jsonAnswer(200, [{ id: 7, login: 'bot@example.com' }]),
    );

    const failure = transport({ login: 'admin' }).authenticate();

    await expect(failure).rejects.toBeInstanceOf(AuthError);
    await expect(failure).rejects.toThrow(/belongs to bot@example\.com, not to ODOO_LOGIN admin/);
  });

  it('reads the server version from /web/version', async () => {
    server.respond(() =>
      jsonAnswer(200, { version_info: [19, 0, 0, 'final', 0, ''], version: '19.0' }),
    );

    const version = await transport().version();

    expect(version).toEqual({ serverVersion: '19.0', serverSerie: '19.0', major: 19 });
    expect(server.received[0]?.method).toBe('GET');
    expect(server.received[0]?.path).toBe('/web/version');
  });

  it('reads a SaaS version whose first item is a string', async () => {
    server.respond(() =>
      jsonAnswer(200, { version_info: ['saas~18', 3, 0, 'final', 0, ''], version: 'saas~18.3' }),
    );

    const version = await transport().version();

    expect(version).toEqual({ serverVersion: 'saas~18.3', serverSerie: 'saas~18.3', major: 18 });
  });
});

describe('JSON-2 transport retries', () => {
  const read = { model: 'res.users', method: 'context_get', readOnly: true };

  it('retries a read after a dropped connection', async () => {
    let calls = 0;
    const recorded = json2Exchange('01');
    server.respond(() => {
      calls += 1;
      return calls < 3 ? 'drop' : jsonAnswer(200, recorded.response.body);
    });

    const answer = await transport({
      retry: { attempts: 3, baseDelayMs: 1 },
    }).call(read);

    expect(answer).toEqual({ lang: 'en_US', tz: false, uid: 2 });
    expect(calls).toBe(3);
  });

  it('gives up on a read after the last attempt', async () => {
    server.respond(() => 'drop');

    const failure = transport({ retry: { attempts: 2, baseDelayMs: 1 } }).call(read);

    await expect(failure).rejects.toBeInstanceOf(UnavailableError);
    expect(server.received).toHaveLength(2);
  });

  it('never sends a write twice', async () => {
    server.respond(() => 'drop');

    const failure = transport().call({
      model: 'project.task',
      method: 'write',
      ids: [1],
      params: { vals: { name: 'x' } },
      readOnly: false,
    });

    await expect(failure).rejects.toBeInstanceOf(UnavailableError);
    expect(server.received).toHaveLength(1);
  });

  it('gives up waiting after the timeout', async () => {
    server.respond(() => 'hang');

    const failure = transport({ timeoutMs: 100, retry: { attempts: 1 } }).call(read);

    await expect(failure).rejects.toThrow(/did not answer res\.users\.context_get within 100 ms/);
  });

  it('reports a refused connection as unavailable', async () => {
    const closed = await startReplayServer();
    await closed.close();

    const failure = transport({ url: closed.url, retry: { attempts: 1 } }).call(read);

    await expect(failure).rejects.toThrow(
      /Odoo at http:\/\/127\.0\.0\.1:\d+ could not be reached .*ECONNREFUSED/,
    );
  });
});
