import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { connectOdoo } from '../src/odoo/connect.js';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';

const standins: OdooStandin[] = [];

afterEach(async () => {
  await Promise.all(standins.splice(0).map((standin) => standin.close()));
});

async function standin(version: '17.0' | '19.0'): Promise<OdooStandin> {
  const started = await startOdooStandin({ data: 'empty', version });
  standins.push(started);
  return started;
}

describe('connectOdoo picking the protocol', () => {
  it('takes JSON-2 on a server that says 19.0 and logs protocol and version', async () => {
    const odoo = await standin('19.0');
    const lines: string[] = [];

    const connection = await connectOdoo(
      { ...odoo.settings, protocol: 'auto' },
      createLogger('info', (line) => lines.push(line)),
    );

    expect(connection.protocol).toBe('json2');
    expect(odoo.calls.count('res.users', 'context_get')).toBe(1);
    expect(odoo.calls.list.every((call) => call.protocol === 'json2')).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Connected to Odoo protocol=json2 version=19\.0/);
    expect(lines[0]).not.toContain(odoo.apiKey);
  });

  it('takes XML-RPC on a server that says 17.0', async () => {
    const odoo = await standin('17.0');
    const lines: string[] = [];

    const connection = await connectOdoo(
      { ...odoo.settings, protocol: 'auto' },
      createLogger('info', (line) => lines.push(line)),
    );

    expect(connection.protocol).toBe('xmlrpc');
    expect(connection.version.serverSerie).toBe('17.0');
    expect(odoo.calls.list.every((call) => call.protocol === 'xmlrpc')).toBe(true);
    expect(lines[0]).toMatch(/Connected to Odoo protocol=xmlrpc version=17\.0/);
  });

  it('uses XML-RPC on Odoo 19 when it is asked for by name', async () => {
    const odoo = await standin('19.0');

    const connection = await connectOdoo({ ...odoo.settings, protocol: 'xmlrpc' }, silent());

    expect(connection.protocol).toBe('xmlrpc');
    expect(odoo.calls.list.some((call) => call.protocol === 'json2')).toBe(false);
  });

  it('names ODOO_DB when JSON-2 is forced onto a database the server does not have', async () => {
    const odoo = await standin('19.0');

    const failure = connectOdoo({ ...odoo.settings, protocol: 'json2', db: 'nosuchdb' }, silent());

    await expect(failure).rejects.toMatchObject({ code: 'config' });
    await expect(failure).rejects.toThrow(/ODOO_DB "nosuchdb"/);
  });

  it('explains that JSON-2 needs Odoo 19 when it is forced onto 17', async () => {
    const odoo = await standin('17.0');

    const failure = connectOdoo({ ...odoo.settings, protocol: 'json2' }, silent());

    await expect(failure).rejects.toMatchObject({ code: 'config' });
    await expect(failure).rejects.toThrow(/before Odoo 19 has no JSON-2 API/);
  });

  it('refuses a wrong API key over JSON-2 as an authentication error', async () => {
    const odoo = await standin('19.0');

    const failure = connectOdoo(
      { ...odoo.settings, protocol: 'json2', apiKey: 'f'.repeat(40) },
      silent(),
    );

    await expect(failure).rejects.toMatchObject({ code: 'auth' });
  });
});

function silent() {
  return createLogger('error', () => {});
}
