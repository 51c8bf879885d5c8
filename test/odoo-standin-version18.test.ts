import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { faultOf, kw, lastLine, xmlCall } from './standin-rpc.js';

let odoo: OdooStandin;

beforeAll(async () => {
  odoo = await startOdooStandin({ version: '18.0', data: 'empty' });
});

afterAll(async () => {
  await odoo.close();
});

describe('the stand-in pretending to be Odoo 18.0', () => {
  it('reports 18.0 and keeps 19.0 field names apart from project templates', async () => {
    const version = await xmlCall(`${odoo.url}/xmlrpc/2/common`, 'version', []);
    const lineFields = (await kw(odoo, 'sale.order.line', 'fields_get', [], {
      attributes: ['type'],
    })) as Record<string, unknown>;
    const projectFields = (await kw(odoo, 'project.project', 'fields_get', [], {
      attributes: ['type'],
    })) as Record<string, unknown>;

    expect(version).toMatchObject({
      server_serie: '18.0',
      server_version_info: [18, 0, 0, 'final', 0, ''],
    });
    expect(lineFields).toHaveProperty('product_uom_id');
    expect(lineFields).not.toHaveProperty('product_uom');
    expect(projectFields).not.toHaveProperty('is_template');
  });

  it('groups with read_group only, as before 19.0', async () => {
    const rows = await kw(
      odoo,
      'account.analytic.line',
      'read_group',
      [[], ['unit_amount:sum'], ['so_line']],
      {
        lazy: false,
      },
    );
    const fault = await faultOf(
      kw(odoo, 'account.analytic.line', 'formatted_read_group', [[]], { groupby: ['so_line'] }),
    );

    expect(rows).toEqual([]);
    expect(lastLine(fault.faultString)).toBe(
      "AttributeError: The method 'formatted_read_group' does not exist on the model " +
        "'account.analytic.line'",
    );
  });
});
