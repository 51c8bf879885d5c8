import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, NotFoundError, ServerError, type WalletError } from '../src/errors.js';
import { createOdooClient } from '../src/odoo/client.js';
import { MissingModelError } from '../src/odoo/faults.js';
import type { OdooClient } from '../src/odoo/types.js';
import { createXmlRpcTransport } from '../src/odoo/xmlrpc-transport.js';
import { loadRecordings, replay } from './support/odoo-fixtures.js';
import {
  projectSchema,
  saleLineSchema,
  taskSchema,
  timesheetSchema,
} from './support/odoo-schemas.js';
import { startXmlRpcServer, type XmlRpcTestServer } from './support/xmlrpc-server.js';

async function failure(promise: Promise<unknown>): Promise<WalletError> {
  try {
    await promise;
  } catch (error) {
    return error as WalletError;
  }
  throw new Error('expected the call to fail');
}

function clientFor(server: XmlRpcTestServer, db: string, apiKey = 'admin'): OdooClient {
  const transport = createXmlRpcTransport({ url: server.url, db, login: 'admin', apiKey });
  return createOdooClient(transport);
}

describe('the XML-RPC client against answers recorded from Odoo 19', () => {
  let server: XmlRpcTestServer;
  let client: OdooClient;

  beforeAll(async () => {
    server = await startXmlRpcServer(replay(await loadRecordings('raw')));
    client = clientFor(server, 'wallet');
  });
  afterAll(() => server.close());

  it('reads the server version', async () => {
    const version = await client.version();

    expect(version).toEqual({ serverVersion: '19.0', serverSerie: '19.0', major: 19 });
  });

  it('logs in with the API key and keeps the uid', async () => {
    const uid = await client.authenticate();
    await client.authenticate();

    expect(uid).toBe(2);
    expect(server.calls.filter((call) => call.method === 'authenticate')).toHaveLength(1);
  });

  it('refuses a wrong key with an AuthError naming the settings to check', async () => {
    const error = await failure(clientFor(server, 'wallet', 'adminx').authenticate());

    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toMatch(/ODOO_LOGIN, ODOO_API_KEY and ODOO_DB/);
    expect(error.message).not.toContain('adminx');
  });

  it('decodes projects: many2one as id and name, false dates as null', async () => {
    const domain: Array<[string, string, unknown]> = [['sale_line_id', '!=', false]];
    const projects = await client.searchRead('project.project', domain, projectSchema, {
      limit: 5,
    });

    expect(projects).toHaveLength(4);
    expect(projects[0]).toEqual({
      id: 4,
      name: 'Probe A 8674 - Support',
      partner_id: { id: 7, name: 'Probe A 8674' },
      sale_line_id: { id: 6, name: 'S00007 - Support Hour (Probe A 8674)' },
      tag_ids: [],
      allow_billable: true,
      is_template: false,
      last_update_status: 'to_define',
      date_start: null,
      write_date: '2026-12-04 15:20:25',
    });
  });

  it('decodes tasks: an empty project is null, an empty description is null', async () => {
    const tasks = await client.searchRead('project.task', [], taskSchema, { limit: 5 });

    expect(tasks[0]?.project_id).toBeNull();
    expect(tasks[0]?.description).toBe('<p>x</p>');
    expect(tasks[1]?.description).toBeNull();
    expect(tasks[1]?.project_id).toEqual({ id: 5, name: 'Probe B 8674 - Support' });
    expect(tasks.map((task) => task.effective_hours)).toEqual([0, 10.5, 10.5, 11.5, 11]);
  });

  it('decodes timesheets and sale order lines', async () => {
    const timesheets = await client.searchRead('account.analytic.line', [], timesheetSchema);
    const lines = await client.searchRead('sale.order.line', [], saleLineSchema, { limit: 5 });

    expect(timesheets[1]).toMatchObject({ id: 2, so_line: null, unit_amount: 0 });
    expect(timesheets[3]).toMatchObject({ date: '2026-11-20', unit_amount: 0.5 });
    expect(lines[1]).toMatchObject({ id: 7, qty_delivered: 11, remaining_hours: -3 });
    expect(lines[1]?.product_uom_id).toEqual({ id: 4, name: 'Hours' });
  });

  it('sums hours per sale line with formatted_read_group on 19', async () => {
    const domain: Array<[string, string, unknown]> = [['project_id', '!=', false]];
    const sums = await client.sumBy('account.analytic.line', domain, 'so_line', 'unit_amount');

    expect([...sums]).toEqual([
      [null, 0],
      [8, 0.5],
      [7, 11],
      [6, 11.5],
      [4, 1.5],
      [3, 10],
      [2, 11],
    ]);
    expect(server.calls.at(-1)?.params[4]).toBe('formatted_read_group');
  });

  it('maps each recorded fault to its error class with the last line as message', async () => {
    const badDomain = await failure(client.search('project.task', [['name', '~~', 'x']]));
    const unknownModel = await failure(client.search('no.such.model', []));
    const missing = await failure(client.write('project.task', [999999], { name: 'x' }));

    expect(badDomain).toBeInstanceOf(ServerError);
    expect(badDomain.message).toBe(
      'Odoo failed on project.task.search: ' +
        "ValueError: Invalid operator in condition ('name', '~~', 'x')",
    );
    expect(badDomain.detail).toMatch(/^Traceback/);
    expect(unknownModel).toBeInstanceOf(MissingModelError);
    expect(unknownModel.message).toMatch(/no model no\.such\.model/);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.message).toMatch(/project\.task\.write: Record does not exist/);
  });
});

describe('the XML-RPC client against answers recorded from Odoo 17', () => {
  let server: XmlRpcTestServer;
  let client: OdooClient;

  beforeAll(async () => {
    server = await startXmlRpcServer(replay(await loadRecordings('raw-17')));
    client = clientFor(server, 'wallet17');
  });
  afterAll(() => server.close());

  it('reads the major version from the serie, not the build string', async () => {
    const version = await client.version();

    expect(version).toEqual({
      serverVersion: '17.0-20240709',
      serverSerie: '17.0',
      major: 17,
    });
  });

  it('refuses a wrong key with an AuthError', async () => {
    const error = await failure(clientFor(server, 'wallet17', 'adminx').authenticate());

    expect(error).toBeInstanceOf(AuthError);
  });

  it('decodes tasks the same way as on 19', async () => {
    const tasks = await client.searchRead('project.task', [], taskSchema, { limit: 5 });

    expect(tasks[3]?.stage_id).toEqual({ id: 1, name: 'Internal' });
    expect(tasks[0]?.sale_line_id).toBeNull();
  });

  it('reports a field 17 lacks with the last line of the traceback', async () => {
    const error = await failure(client.searchRead('project.project', [], projectSchema));

    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/ValueError: Invalid field 'is_template' on model/);
  });

  it('sums hours with read_group, the bare field name holding the sum', async () => {
    const domain: Array<[string, string, unknown]> = [['project_id', '!=', false]];
    const sums = await client.sumBy('account.analytic.line', domain, 'so_line', 'unit_amount');

    expect(Object.fromEntries(sums)).toEqual({ null: 0, 4: 0.5, 3: 11, 2: 11.5 });
    expect(server.calls.at(-1)?.params[4]).toBe('read_group');
  });

  it('maps the 17 faults to the same classes as on 19', async () => {
    const badDomain = await failure(client.search('project.task', [['name', '~~', 'x']]));
    const unknownModel = await failure(client.search('no.such.model', []));
    const missing = await failure(client.write('project.task', [999999], { name: 'x' }));

    expect(badDomain.message).toMatch(/: ValueError: Invalid leaf \('name', '~~', 'x'\)$/);
    expect(unknownModel).toBeInstanceOf(MissingModelError);
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  it('falls back to read_group once when formatted_read_group is missing', async () => {
    const recordings = await loadRecordings('raw-17');
    recordings.set('version', 'raw/version');
    const claims19 = await startXmlRpcServer(replay(recordings));
    const confused = clientFor(claims19, 'wallet17');
    const domain: Array<[string, string, unknown]> = [['project_id', '!=', false]];

    const first = await confused.sumBy('account.analytic.line', domain, 'so_line', 'unit_amount');
    const second = await confused.sumBy('account.analytic.line', domain, 'so_line', 'unit_amount');
    await claims19.close();

    const methods = claims19.calls.map((call) => call.params[4]).filter(Boolean);
    expect(first.get(2)).toBe(11.5);
    expect(second).toEqual(first);
    expect(methods).toEqual(['formatted_read_group', 'read_group', 'read_group']);
  });
});

describe('a key revoked after login', () => {
  it.each(['raw', 'raw-17'])(
    'maps the Access Denied recorded in %s to an AuthError',
    async (dir) => {
      const revoked = await startXmlRpcServer(
        replay(
          new Map([
            ['authenticate adminx', `${dir}/authenticate`],
            ['execute_kw res.partner search adminx', `${dir}/fault_wrong_key`],
          ]),
        ),
      );

      const error = await failure(clientFor(revoked, 'wallet', 'adminx').search('res.partner', []));
      await revoked.close();

      expect(error).toBeInstanceOf(AuthError);
      expect(error.message).toMatch(/res\.partner\.search \(Access Denied\)/);
    },
  );
});
