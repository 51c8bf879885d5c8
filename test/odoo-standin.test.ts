import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { faultOf, kw, lastLine, xmlCall } from './standin-rpc.js';

const NOW = new Date('2026-12-04T10:00:00Z');

describe('the Odoo stand-in over XML-RPC with demo data', () => {
  let odoo: OdooStandin;

  beforeAll(async () => {
    odoo = await startOdooStandin({ now: NOW });
  });

  afterAll(async () => {
    await odoo.close();
  });

  it('reports version 19.0 and authenticates the admin with the API key', async () => {
    const common = `${odoo.url}/xmlrpc/2/common`;

    const version = await xmlCall(common, 'version', []);
    const uid = await xmlCall(common, 'authenticate', [odoo.db, 'admin', odoo.apiKey, {}]);
    const wrong = await xmlCall(common, 'authenticate', [odoo.db, 'admin', 'nope', {}]);

    expect(version).toMatchObject({
      server_serie: '19.0',
      server_version_info: [19, 0, 0, 'final', 0, ''],
    });
    expect(uid).toBe(2);
    expect(wrong).toBe(false);
  });

  it('lists the client support projects tagged Support Tickets', async () => {
    const rows = (await kw(
      odoo,
      'project.project',
      'search_read',
      [
        [
          ['tag_ids.name', '=', 'Support Tickets'],
          ['is_template', '=', false],
        ],
      ],
      { fields: ['name', 'sale_line_id'] },
    )) as Array<{ name: string; sale_line_id: unknown }>;

    expect(rows.map((row) => row.name)).toContain('Initech - Support');
    expect(rows).toHaveLength(7);
    expect(rows.find((row) => row.name.startsWith('Stark'))?.sale_line_id).toBe(false);
  });

  it('computes delivered and remaining hours of a prepaid batch from its timesheets', async () => {
    const [line] = (await kw(
      odoo,
      'sale.order.line',
      'search_read',
      [[['order_partner_id.name', '=', 'Initech']]],
      { fields: ['product_uom_qty', 'qty_delivered', 'remaining_hours'] },
    )) as Array<Record<string, number>>;

    expect(line).toMatchObject({ product_uom_qty: 10, qty_delivered: 12.5, remaining_hours: -2.5 });
  });

  it('answers a wrong key on execute_kw with fault 3 Access Denied', async () => {
    const params = [odoo.db, 2, 'wrong', 'res.partner', 'search', [[]], {}];

    const fault = await faultOf(xmlCall(`${odoo.url}/xmlrpc/2/object`, 'execute_kw', params));

    expect(fault).toEqual({ faultCode: 3, faultString: 'Access Denied' });
  });

  it('answers an unknown method with fault 1 whose last line names it', async () => {
    const fault = await faultOf(kw(odoo, 'res.partner', 'no_such_method', [[]]));

    expect(fault.faultCode).toBe(1);
    expect(lastLine(fault.faultString)).toBe(
      "AttributeError: The method 'res.partner.no_such_method' does not exist",
    );
  });

  it('lets a demo agent log in with their key and log time as their own employee', async () => {
    const alice = DEMO_USERS[0] ?? { login: '', apiKey: '', name: '' };
    const common = `${odoo.url}/xmlrpc/2/common`;
    const object = `${odoo.url}/xmlrpc/2/object`;
    const uid = (await xmlCall(common, 'authenticate', [
      odoo.db,
      alice.login,
      alice.apiKey,
      {},
    ])) as number;
    const [project] = odoo.engine.searchIds('project.project', [
      ['name', '=', 'Acme Corp - Support'],
    ]);

    const id = await xmlCall(object, 'execute_kw', [
      odoo.db,
      uid,
      alice.apiKey,
      'account.analytic.line',
      'create',
      [{ project_id: project, unit_amount: 0.5, name: 'Call' }],
    ]);
    const [row] = (await kw(odoo, 'account.analytic.line', 'read', [[id]], {
      fields: ['employee_id', 'user_id', 'date'],
    })) as Array<{ employee_id: [number, string]; user_id: [number, string]; date: string }>;

    expect(uid).toBeGreaterThan(2);
    expect(row?.employee_id[1]).toBe(alice.name);
    expect(row?.user_id[0]).toBe(uid);
    expect(row?.date).toBe('2026-12-04');
  });
});
