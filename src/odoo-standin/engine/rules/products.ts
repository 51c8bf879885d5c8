import type { Behaviour, Vals } from '../behaviour.js';
import { uidOf } from '../behaviour.js';
import { createRecord, writeRecords } from '../crud.js';
import type { OdooEngine } from '../engine.js';
import type { Row } from '../types.js';
import { target } from './helpers.js';

/** Fields a variant reads from its template (`related=` in Odoo). */
const RELATED = [
  'name',
  'type',
  'invoice_policy',
  'service_type',
  'service_policy',
  'service_tracking',
  'uom_id',
  'list_price',
] as const;

function servicePolicy(_engine: OdooEngine, row: Row): string | false {
  if (row.type !== 'service') return false;
  if (row.invoice_policy === 'order') return 'ordered_prepaid';
  if (row.service_type === 'timesheet') return 'delivered_timesheet';
  if (row.service_type === 'milestones') return 'delivered_milestones';
  return 'delivered_manual';
}

/** `service_policy` is written through to the two fields it is computed from. */
function splitServicePolicy(vals: Vals): void {
  const policy = vals.service_policy;
  if (typeof policy !== 'string') return;
  delete vals.service_policy;
  vals.invoice_policy = policy === 'ordered_prepaid' ? 'order' : 'delivery';
  if (policy === 'delivered_timesheet') vals.service_type = 'timesheet';
  if (policy === 'delivered_manual') vals.service_type = 'manual';
  if (policy === 'delivered_milestones') vals.service_type = 'milestones';
}

export const template: Behaviour = {
  defaults: {
    type: 'consu',
    invoice_policy: 'order',
    service_type: 'manual',
    service_tracking: 'no',
    uom_id: 1,
    list_price: 1,
    uom_po_id: (_engine: OdooEngine, vals: Vals) => vals.uom_id ?? 1,
  },
  prepareCreate: (_engine, vals) => splitServicePolicy(vals),
  beforeWrite: (_engine, _rows, vals) => splitServicePolicy(vals),
  computes: { service_policy: servicePolicy },
  afterCreate(engine, row, ctx) {
    if (ctx.create_product_product === false) return;
    createRecord(engine, 'product.product', { product_tmpl_id: row.id }, ctx, uidOf(ctx));
  },
};

function fromTemplate(name: string) {
  return (engine: OdooEngine, row: Row) => {
    const tmpl = target(engine, 'product.product', row, 'product_tmpl_id');
    return tmpl ? engine.value('product.template', tmpl, name) : false;
  };
}

export const product: Behaviour = {
  prepareCreate(engine, vals, ctx) {
    if (vals.product_tmpl_id) return;
    const templateVals: Vals = {};
    for (const name of RELATED) if (vals[name] !== undefined) templateVals[name] = vals[name];
    const noVariant = { ...ctx, create_product_product: false };
    vals.product_tmpl_id = createRecord(
      engine,
      'product.template',
      templateVals,
      noVariant,
      uidOf(ctx),
    );
  },
  beforeWrite(engine, rows, vals, ctx) {
    const templateVals: Vals = {};
    for (const name of RELATED) {
      if (vals[name] === undefined) continue;
      templateVals[name] = vals[name];
      delete vals[name];
    }
    if (Object.keys(templateVals).length === 0) return;
    const ids = rows
      .map((row) => row.product_tmpl_id)
      .filter((id): id is number => typeof id === 'number');
    writeRecords(engine, 'product.template', ids, templateVals, ctx, uidOf(ctx));
  },
  computes: Object.fromEntries(RELATED.map((name) => [name, fromTemplate(name)])),
  displayName(engine, row) {
    const name = fromTemplate('name')(engine, row);
    const code =
      typeof row.default_code === 'string' && row.default_code ? `[${row.default_code}] ` : '';
    return `${code}${typeof name === 'string' ? name : ''}`;
  },
};
