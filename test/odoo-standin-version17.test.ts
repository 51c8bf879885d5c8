import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { faultOf, kw, lastLine } from './standin-rpc.js';

const REFERENCE = new URL('./fixtures/odoo-reference/', import.meta.url);
const MODELS = ['sale.order.line', 'project.project', 'project.task', 'account.analytic.line'];
const ATTRIBUTES = ['type', 'string', 'selection', 'required', 'readonly', 'relation'];

let odoo: OdooStandin;

beforeAll(async () => {
  odoo = await startOdooStandin({
    version: '17.0',
    db: 'wallet17',
    apiKey: 'admin',
    data: 'empty',
  });
});

afterAll(async () => {
  await odoo.close();
});

describe('the stand-in pretending to be Odoo 17.0', () => {
  it.each(MODELS)('describes the fields of %s as the 17.0 recording', async (model) => {
    const recorded: unknown = JSON.parse(
      readFileSync(new URL(`fields-17/${model}.json`, REFERENCE), 'utf8'),
    );

    const fields = await kw(odoo, model, 'fields_get', [], { attributes: ATTRIBUTES });

    expect(fields).toEqual(recorded);
  });

  it('names the unit of a sale order line product_uom and refuses product_uom_id', async () => {
    const fault = await faultOf(
      kw(odoo, 'sale.order.line', 'search_read', [[]], { fields: ['product_uom_id'] }),
    );
    const rows = await kw(odoo, 'sale.order.line', 'search_read', [[]], {
      fields: ['product_uom'],
    });

    expect(fault.faultCode).toBe(1);
    expect(lastLine(fault.faultString)).toBe(
      "ValueError: Invalid field 'product_uom_id' on model 'sale.order.line'",
    );
    expect(rows).toEqual([]);
  });

  it('has no is_closed on tasks, so a domain on it fails', async () => {
    const fault = await faultOf(kw(odoo, 'project.task', 'search', [[['is_closed', '=', false]]]));

    expect(fault.faultCode).toBe(1);
    expect(lastLine(fault.faultString)).toBe(
      "ValueError: Invalid field project.task.is_closed in leaf ('is_closed', '=', False)",
    );
  });

  it('has no formatted_read_group and faults as 17.0 does', async () => {
    const fault = await faultOf(
      kw(odoo, 'account.analytic.line', 'formatted_read_group', [[]], {
        groupby: ['so_line'],
        aggregates: ['unit_amount:sum'],
      }),
    );

    expect(fault.faultCode).toBe(1);
    expect(lastLine(fault.faultString)).toBe(
      "AttributeError: The method 'formatted_read_group' does not exist on the model " +
        "'account.analytic.line'",
    );
  });

  it.each([
    [
      'a bad operator',
      kwArgs('project.task', 'search', [[['name', '~~', 'x']]]),
      "ValueError: Invalid leaf ('name', '~~', 'x')",
    ],
    [
      'a malformed domain',
      kwArgs('project.task', 'search', [['not-a-tuple']]),
      'ValueError: too many values to unpack (expected 3)',
    ],
    [
      'an unknown field to read',
      kwArgs('project.project', 'search_read', [[]], { fields: ['x'] }),
      "ValueError: Invalid field 'x' on model 'project.project'",
    ],
  ])('words %s as 17.0 does', async (_case, call, expected) => {
    const fault = await faultOf(kw(odoo, ...call));

    expect(fault.faultCode).toBe(1);
    expect(lastLine(fault.faultString)).toBe(expected);
  });

  it('words a private method and a missing required value as 17.0 does', async () => {
    const privateFault = await faultOf(kw(odoo, 'res.partner', '_read_group', [[]]));
    const required = await faultOf(kw(odoo, 'sale.order', 'create', [{}]));

    expect(privateFault).toEqual({
      faultCode: 4,
      faultString: 'Private methods (such as _read_group) cannot be called remotely.',
    });
    expect(required.faultCode).toBe(2);
    expect(required.faultString).toContain('\nModel: Sales Order (sale.order)\n');
    expect(required.faultString.trim().split('\n').pop()).toBe('Field: Customer (partner_id)');
  });

  it.each([
    'version',
    'authenticate',
    'authenticate_wrong_key',
    'fault_unknown_model',
    'fault_missing_record',
    'fault_wrong_key',
  ])('sends the bytes Odoo 17.0 sent for %s', async (name) => {
    const index = JSON.parse(
      readFileSync(new URL('raw-17/index.json', REFERENCE), 'utf8'),
    ) as Array<{
      name: string;
      endpoint: string;
    }>;
    const endpoint = index.find((entry) => entry.name === name)?.endpoint ?? '';
    const request = readFileSync(new URL(`raw-17/${name}.request.xml`, REFERENCE), 'utf8');

    const response = await fetch(`${odoo.url}${endpoint}`, { method: 'POST', body: request });

    expect(await response.text()).toBe(
      readFileSync(new URL(`raw-17/${name}.response.xml`, REFERENCE), 'utf8'),
    );
  });
});

function kwArgs(
  model: string,
  method: string,
  args: unknown[],
  kwargs: Record<string, unknown> = {},
): [string, string, unknown[], Record<string, unknown>] {
  return [model, method, args, kwargs];
}
