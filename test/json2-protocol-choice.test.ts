import { describe, expect, it } from 'vitest';
import { ConfigError, UnavailableError } from '../src/errors.js';
import { chooseProtocol } from '../src/odoo/protocol-choice.js';
import type { OdooTransport, ServerVersion } from '../src/odoo/types.js';

function version(serie: string): ServerVersion {
  return { serverVersion: serie, serverSerie: serie, major: Number.parseInt(serie, 10) };
}

// A transport that answers version() with `answer` (or throws it) and counts the questions.
function fake(protocol: 'json2' | 'xmlrpc', answer: ServerVersion | Error) {
  const transport = {
    protocol,
    asked: 0,
    async version() {
      transport.asked += 1;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    authenticate: async () => 2,
    call: async () => null,
  } satisfies OdooTransport & { asked: number };
  return transport;
}

const htmlNotFound = new ConfigError('Odoo answered an HTML "not found" page for /web/version');

describe('chooseProtocol', () => {
  it('picks JSON-2 for a server that says 19.0', async () => {
    const json2 = fake('json2', version('19.0'));
    const xmlrpc = fake('xmlrpc', version('19.0'));

    const choice = await chooseProtocol({
      protocol: 'auto',
      createJson2: () => json2,
      createXmlRpc: () => xmlrpc,
    });

    expect(choice.transport.protocol).toBe('json2');
    expect(choice.version.serverSerie).toBe('19.0');
    expect(xmlrpc.asked).toBe(0);
  });

  it('picks XML-RPC for a server that says 17.0', async () => {
    const choice = await chooseProtocol({
      protocol: 'auto',
      createJson2: () => fake('json2', htmlNotFound),
      createXmlRpc: () => fake('xmlrpc', version('17.0')),
    });

    expect(choice.transport.protocol).toBe('xmlrpc');
    expect(choice.version.serverSerie).toBe('17.0');
  });

  it('picks XML-RPC for a server whose /web/version says 18.0', async () => {
    const xmlrpc = fake('xmlrpc', version('18.0'));

    const choice = await chooseProtocol({
      protocol: 'auto',
      createJson2: () => fake('json2', version('18.0')),
      createXmlRpc: () => xmlrpc,
    });

    expect(choice.transport.protocol).toBe('xmlrpc');
    expect(xmlrpc.asked).toBe(0);
  });

  it('asks XML-RPC when /web/version cannot be read at all', async () => {
    const choice = await chooseProtocol({
      protocol: 'auto',
      createJson2: () => fake('json2', new UnavailableError('HTTP 500 for /web/version')),
      createXmlRpc: () => fake('xmlrpc', version('19.0')),
    });

    expect(choice.transport.protocol).toBe('xmlrpc');
  });

  it('fails as unavailable when neither protocol reaches the server', async () => {
    const down = new UnavailableError('Could not reach Odoo');

    const choice = chooseProtocol({
      protocol: 'auto',
      createJson2: () => fake('json2', down),
      createXmlRpc: () => fake('xmlrpc', down),
    });

    await expect(choice).rejects.toBeInstanceOf(UnavailableError);
  });

  it.each(['json2', 'xmlrpc'] as const)('uses %s when it is asked for by name', async (name) => {
    const choice = await chooseProtocol({
      protocol: name,
      createJson2: () => fake('json2', version('19.0')),
      createXmlRpc: () => fake('xmlrpc', version('19.0')),
    });

    expect(choice.transport.protocol).toBe(name);
  });
});
