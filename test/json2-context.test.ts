import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJson2Transport } from '../src/odoo/json2-transport.js';
import type { CallRequest } from '../src/odoo/types.js';
import { createXmlRpcTransport } from '../src/odoo/xmlrpc-transport.js';
import { executeCalls, fakeOdoo } from './support/fake-odoo.js';
import { jsonAnswer, type ReplayServer, startReplayServer } from './support/json2-replay-server.js';
import { startXmlRpcServer, type XmlRpcTestServer } from './support/xmlrpc-server.js';

let json2Server: ReplayServer;
let xmlRpcServer: XmlRpcTestServer;

beforeAll(async () => {
  json2Server = await startReplayServer();
  json2Server.respond(() => jsonAnswer(200, []));
  xmlRpcServer = await startXmlRpcServer(fakeOdoo(() => []));
});

afterAll(async () => {
  await Promise.all([json2Server.close(), xmlRpcServer.close()]);
});

// What each protocol puts on the wire for the same request, made with the same settings.
async function sent(request: CallRequest, tz?: string) {
  const settings = { db: 'wallet', login: 'admin', apiKey: 'k'.repeat(40), tz };
  json2Server.received.length = 0;
  xmlRpcServer.calls.length = 0;

  await createJson2Transport({ ...settings, url: json2Server.url }).call(request);
  await createXmlRpcTransport({ ...settings, url: xmlRpcServer.url }).call(request);

  const { ids: _, ...json2 } = JSON.parse(json2Server.received[0]?.body ?? '{}');
  const xmlrpc = executeCalls(xmlRpcServer.calls)[0]?.kwargs;
  return { json2, xmlrpc };
}

async function contextsSent(request: CallRequest, tz?: string) {
  const { json2, xmlrpc } = await sent(request, tz);
  return { json2: json2.context, xmlrpc: xmlrpc?.context };
}

const read: CallRequest = {
  model: 'account.analytic.line',
  method: 'search_read',
  params: { domain: [], fields: ['date'] },
  readOnly: true,
};

describe('the context both protocols send', () => {
  it('is the same language and time zone, so answers do not depend on the protocol', async () => {
    const { json2, xmlrpc } = await contextsSent(read, 'Europe/Brussels');

    expect(json2).toEqual({ lang: 'en_US', tz: 'Europe/Brussels' });
    expect(xmlrpc).toEqual(json2);
  });

  it('falls back to UTC on both when no time zone is configured', async () => {
    const { json2, xmlrpc } = await contextsSent(read);

    expect(json2).toEqual({ lang: 'en_US', tz: 'UTC' });
    expect(xmlrpc).toEqual(json2);
  });

  it('lays a call’s own keys over the defaults the same way on both', async () => {
    const request = { ...read, context: { active_test: false, tz: 'Asia/Tokyo' } };

    const { json2, xmlrpc } = await contextsSent(request, 'Europe/Brussels');

    expect(json2).toEqual({ lang: 'en_US', tz: 'Asia/Tokyo', active_test: false });
    expect(xmlrpc).toEqual(json2);
  });
});

describe('the values both protocols send', () => {
  it('drops undefined keys and sends null as false on both', async () => {
    // The types forbid both, but values read from elsewhere can still carry them.
    const request: CallRequest = {
      model: 'project.task',
      method: 'write',
      ids: [7],
      params: {
        vals: { name: 'x', date_deadline: null as never, description: undefined as never },
      },
      readOnly: false,
    };

    const { json2, xmlrpc } = await sent(request);

    expect(json2.vals).toEqual({ name: 'x', date_deadline: false });
    expect(xmlrpc?.vals).toEqual(json2.vals);
  });
});
