import type { Behaviour, MethodCall, Vals } from '../behaviour.js';
import { existingRows } from '../crud.js';
import type { OdooEngine } from '../engine.js';
import { userError } from '../fault.js';
import type { Row } from '../types.js';
import { round2, sumWhere, target } from './helpers.js';

const sequences = new WeakMap<OdooEngine, number>();

function nextOrderName(engine: OdooEngine): string {
  const next = (sequences.get(engine) ?? 0) + 1;
  sequences.set(engine, next);
  return `S${String(next).padStart(5, '0')}`;
}

function confirm(call: MethodCall): boolean {
  const { engine, model, ids, uid } = call;
  const rows = existingRows(engine, model, ids, uid);
  if (rows.some((row) => row.state !== 'draft' && row.state !== 'sent')) {
    throw userError('Some orders are not in a state requiring confirmation.');
  }
  const table = engine.table(model);
  for (const row of rows) {
    table.set(row, 'state', 'sale');
    table.set(row, 'date_order', engine.nowString());
  }
  return true;
}

function setState(state: string) {
  return (call: MethodCall) => {
    const table = call.engine.table(call.model);
    for (const row of existingRows(call.engine, call.model, call.ids, call.uid)) {
      table.set(row, 'state', state);
    }
    return true;
  };
}

function lineTotal(engine: OdooEngine, order: Row): number {
  const lines = engine.table('sale.order.line').idsWhere('order_id', order.id) ?? [];
  let total = 0;
  for (const id of lines) total += subtotal(engine.row('sale.order.line', id));
  return round2(total);
}

function subtotal(line: Row | undefined): number {
  return line ? round2(Number(line.product_uom_qty ?? 0) * Number(line.price_unit ?? 0)) : 0;
}

export const order: Behaviour = {
  defaults: {
    state: 'draft',
    company_id: 1,
    date_order: (engine: OdooEngine) => engine.nowString(),
  },
  prepareCreate(engine, vals) {
    if (!vals.name || vals.name === 'New') vals.name = nextOrderName(engine);
  },
  computes: {
    amount_untaxed: lineTotal,
    amount_total: lineTotal,
  },
  methods: {
    action_confirm: { params: [], run: confirm },
    action_cancel: { params: [], run: setState('cancel') },
    action_draft: { params: [], run: setState('draft') },
  },
};

function productOf(engine: OdooEngine, line: Row | Vals): Row | undefined {
  return typeof line.product_id === 'number'
    ? engine.row('product.product', line.product_id)
    : undefined;
}

function productValue(engine: OdooEngine, line: Row | Vals, name: string): unknown {
  const product = productOf(engine, line);
  return product ? engine.value('product.product', product, name) : false;
}

function deliveredMethod(engine: OdooEngine, line: Row): string {
  const isTimesheet =
    productValue(engine, line, 'type') === 'service' &&
    productValue(engine, line, 'service_type') === 'timesheet';
  return isTimesheet ? 'timesheet' : 'manual';
}

/** Odoo: delivered = the hours of the line's timesheets that belong to a project. */
function delivered(engine: OdooEngine, line: Row): number {
  if (deliveredMethod(engine, line) !== 'timesheet') return Number(line.qty_delivered ?? 0);
  const total = sumWhere(
    engine,
    'account.analytic.line',
    'so_line',
    line.id,
    'unit_amount',
    (ts) => typeof ts.project_id === 'number',
  );
  return round2(total);
}

function unitField(engine: OdooEngine): string {
  return engine.version === '17.0' ? 'product_uom' : 'product_uom_id';
}

/** Prepaid time products only: `remaining_hours` is ordered minus delivered. */
function remainingAvailable(engine: OdooEngine, line: Row): boolean {
  if (productValue(engine, line, 'service_policy') !== 'ordered_prepaid') return false;
  const uom = target(engine, 'sale.order.line', line, unitField(engine));
  return uom?.name === 'Hours';
}

function lineName(engine: OdooEngine, line: Row): string {
  const orderRow = target(engine, 'sale.order.line', line, 'order_id');
  const text = typeof line.name === 'string' ? (line.name.split('\n')[0] ?? '') : '';
  const partnerName = orderRow
    ? engine.displayName('res.partner', Number(orderRow.partner_id))
    : false;
  const head = `${orderRow?.name ?? ''} - ${text}`;
  return partnerName ? `${head} (${partnerName})` : head;
}

export const orderLine: Behaviour = {
  defaults: {
    name: (engine: OdooEngine, vals: Vals) => {
      const name = productOf(engine, vals)
        ? engine.displayName('product.product', Number(vals.product_id))
        : false;
      return name || false;
    },
    product_uom_qty: 1,
    price_unit: (engine: OdooEngine, vals: Vals) => productValue(engine, vals, 'list_price') || 0,
    customer_lead: 0,
    sequence: 10,
    product_uom_id: (engine: OdooEngine, vals: Vals) => productValue(engine, vals, 'uom_id'),
    product_uom: (engine: OdooEngine, vals: Vals) => productValue(engine, vals, 'uom_id'),
  },
  computes: {
    state: (engine, line) => target(engine, 'sale.order.line', line, 'order_id')?.state ?? false,
    order_partner_id: (engine, line) =>
      target(engine, 'sale.order.line', line, 'order_id')?.partner_id ?? false,
    qty_delivered_method: deliveredMethod,
    qty_delivered: delivered,
    remaining_hours_available: remainingAvailable,
    remaining_hours: (engine, line) =>
      remainingAvailable(engine, line)
        ? round2(Number(line.product_uom_qty ?? 0) - delivered(engine, line))
        : 0,
    qty_invoiced: () => 0,
    qty_to_invoice: (engine, line) => {
      const orderRow = target(engine, 'sale.order.line', line, 'order_id');
      if (orderRow?.state !== 'sale') return 0;
      const policy = productValue(engine, line, 'invoice_policy');
      return policy === 'delivery' ? delivered(engine, line) : Number(line.product_uom_qty ?? 0);
    },
    price_subtotal: (_engine, line) => subtotal(line),
    price_total: (_engine, line) => subtotal(line),
    product_template_id: (engine, line) => productOf(engine, line)?.product_tmpl_id ?? false,
  },
  displayName: lineName,
};
