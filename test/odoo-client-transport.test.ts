import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, ServerError, UnavailableError, type WalletError } from '../src/errors.js';
import { createOdooClient } from '../src/odoo/client.js';
import type { OdooClient, Vals } from '../src/odoo/types.js';
import {
  createXmlRpcTransport,
  type XmlRpcTransportOptions,
} from '../src/odoo/xmlrpc-transport.js';
import { executeCalls, fakeOdoo } from './support/fake-odoo.js';
import {
  answerXml,
  type Responder,
  startXmlRpcServer,
  type XmlRpcTestServer,
} from './support/xmlrpc-server.js';

const servers: XmlRpcTestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(respond: Responder): Promise<XmlRpcTestServer> {
  const server = await startXmlRpcServer(respond);
  servers.push(server);
  return server;
}

function clientOn(url: string, options: Partial<XmlRpcTransportOptions> = {}): OdooClient {
  const transport = createXmlRpcTransport({
    url,
    db: 'wallet',
    login: 'admin',
    apiKey: 'admin',
    retry: { attempts: 3, baseDelayMs: 1 },
    ...options,
  });
  return createOdooClient(transport);
}

async function failure(promise: Promise<unknown>): Promise<WalletError> {
  try {
    await promise;
  } catch (error) {
    return error as WalletError;
  }
  throw new Error('expected the call to fail');
}

const nameSchema = z.object({ id: z.number(), name: z.string() });

describe('the XML-RPC transport on a bad network', () => {
  it('gives up on a server that never answers and destroys the socket', async () => {
    const server = await serve(fakeOdoo(() => 'hang'));
    const client = clientOn(server.url, { timeoutMs: 1000, retry: { attempts: 1 } });
    // Logged in first, so a busy machine cannot spend the deadline on the login.
    await client.authenticate();

    const error = await failure(client.search('project.task', []));

    expect(error).toBeInstanceOf(UnavailableError);
    expect(error.message).toMatch(/did not answer project\.task\.search within 1000 ms/);
    const hung = server.calls.filter((call) => call.method === 'execute_kw');
    await Promise.all(hung.map((call) => call.closed));
  });

  it('tries a read again after a dropped connection and returns its answer', async () => {
    const server = await serve(fakeOdoo((_call, index) => (index === 1 ? 'drop' : [7, 8])));
    const client = clientOn(server.url);

    const ids = await client.search('project.task', []);

    expect(ids).toEqual([7, 8]);
    expect(executeCalls(server.calls)).toHaveLength(2);
  });

  it('never repeats a write after a dropped connection', async () => {
    const server = await serve(fakeOdoo(() => 'drop'));
    const client = clientOn(server.url);

    const error = await failure(client.write('project.task', [1], { name: 'x' }));

    expect(error).toBeInstanceOf(UnavailableError);
    expect(executeCalls(server.calls)).toHaveLength(1);
  });

  it('stops retrying a read after the configured number of tries', async () => {
    const server = await serve(fakeOdoo(() => 'drop'));
    const client = clientOn(server.url, { retry: { attempts: 2, baseDelayMs: 1 } });

    const error = await failure(client.searchCount('project.task', []));

    expect(error).toBeInstanceOf(UnavailableError);
    expect(executeCalls(server.calls)).toHaveLength(2);
  });

  it('reports a refused connection as Odoo being unavailable', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const error = await failure(clientOn(`http://127.0.0.1:${port}`).version());

    expect(error).toBeInstanceOf(UnavailableError);
    expect(error.message).toMatch(/could not be reached for version \(ECONNREFUSED\)/);
  });

  it('treats HTTP 502 as unavailable and an HTML page as not an Odoo server', async () => {
    const gateway = await serve(() => ({ status: 502, body: 'Bad Gateway' }));
    const website = await serve(() => ({ status: 200, body: '<!DOCTYPE html><html></html>' }));

    const busy = await failure(clientOn(gateway.url).version());
    const wrong = await failure(clientOn(website.url).version());

    expect(busy).toBeInstanceOf(UnavailableError);
    expect(wrong).toBeInstanceOf(ServerError);
    expect(wrong.message).toMatch(/ODOO_URL may not point at an Odoo server/);
    expect(wrong.message).not.toContain('admin');
  });
});

describe('the XML-RPC transport on the wire', () => {
  it('reads 2,500 ids in three calls of at most 1,000', async () => {
    const server = await serve(
      fakeOdoo(({ args }) => (args[0] as number[]).map((id) => ({ id, name: `T${id}` }))),
    );
    const ids = Array.from({ length: 2500 }, (_, index) => index + 1);

    const rows = await clientOn(server.url).read('project.task', ids, nameSchema);

    const sizes = executeCalls(server.calls).map((call) => (call.args[0] as number[]).length);
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(rows).toHaveLength(2500);
    expect(rows[2499]).toEqual({ id: 2500, name: 'T2500' });
  });

  it('writes 2,500 ids in three calls, the values as keyword arguments', async () => {
    const server = await serve(fakeOdoo(() => true));
    const ids = Array.from({ length: 2500 }, (_, index) => index + 1);

    await clientOn(server.url).write('account.analytic.line', ids, { is_so_line_edited: true });

    const calls = executeCalls(server.calls);
    expect(calls.map((call) => (call.args[0] as number[]).length)).toEqual([1000, 1000, 500]);
    expect(calls[0]?.kwargs.vals).toEqual({ is_so_line_edited: true });
  });

  it('never puts null or undefined on the wire and leaves the caller values alone', async () => {
    const server = await serve(fakeOdoo(() => true));
    const values = {
      name: 'x',
      date_deadline: null,
      description: undefined,
      tag_ids: [[6, 0, [1, null]]],
    } as unknown as Vals;

    await clientOn(server.url).write('project.task', [1], values);

    const body = server.calls.at(-1)?.body ?? '';
    expect(body).not.toContain('<nil');
    expect(body).not.toContain('description');
    expect(executeCalls(server.calls)[0]?.kwargs.vals).toEqual({
      name: 'x',
      date_deadline: false,
      tag_ids: [[6, 0, [1, false]]],
    });
    expect(values).toHaveProperty('date_deadline', null);
  });

  it('sends the default context on every call, a call context winning key by key', async () => {
    const server = await serve(fakeOdoo(() => 3));
    const client = clientOn(server.url, { tz: 'Europe/Brussels' });

    await client.searchCount('project.task', []);
    await client.searchCount('project.task', [], { tz: 'Asia/Tokyo', active_test: false });

    const contexts = executeCalls(server.calls).map((call) => call.kwargs.context);
    expect(contexts).toEqual([
      { lang: 'en_US', tz: 'Europe/Brussels' },
      { lang: 'en_US', tz: 'Asia/Tokyo', active_test: false },
    ]);
  });

  it('sends ids first and a create list positionally, the rest as keyword arguments', async () => {
    const server = await serve(fakeOdoo(({ method }) => (method === 'create' ? [41, 42] : [])));
    const client = clientOn(server.url);

    const created = await client.create('project.task', [{ name: 'a' }, { name: 'b' }]);
    await client.read('project.task', [41], nameSchema);

    const [create, read] = executeCalls(server.calls);
    expect(created).toEqual([41, 42]);
    expect(create?.args).toEqual([[{ name: 'a' }, { name: 'b' }]]);
    expect(Object.keys(create?.kwargs ?? {})).toEqual(['context']);
    expect(read?.args).toEqual([[41]]);
    expect(read?.kwargs.fields).toEqual(['name']);
  });

  it('names the model and the field when an answer does not fit the schema', async () => {
    const server = await serve(fakeOdoo(() => [{ id: 1, name: false }]));

    const error = await failure(clientOn(server.url).searchRead('res.partner', [], nameSchema));

    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/res\.partner\.search_read .* field name/);
  });
});

describe('the XML-RPC transport without ODOO_DB', () => {
  function listing(databases: string[]): Responder {
    const odoo = fakeOdoo(() => 5);
    return (call, index) =>
      call.method === 'list' ? { xml: answerXml(databases) } : odoo(call, index);
  }

  it("logs in to the server's only database", async () => {
    const server = await serve(listing(['wallet']));

    await clientOn(server.url, { db: null }).searchCount('project.task', []);

    const login = server.calls.find((call) => call.method === 'authenticate');
    expect(server.calls[0]?.path).toBe('/xmlrpc/2/db');
    expect(login?.params[0]).toBe('wallet');
    expect(server.calls.at(-1)?.params[0]).toBe('wallet');
  });

  it('asks for ODOO_DB when the server holds several databases', async () => {
    const server = await serve(listing(['a', 'b']));

    const error = await failure(clientOn(server.url, { db: null }).authenticate());

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/ODOO_DB must be set: .* has a, b/);
  });
});
