import type { OdooStandin } from '../../src/odoo-standin/index.js';

/** The instant the JSON-2 recordings were made, so dates the server sets come out the same. */
export const json2RecordedAt = new Date('2026-12-04T15:29:34Z');

/**
 * Rebuilds, in a fresh stand-in, the records the JSON-2 recordings refer to: the customer
 * (partner 6), the Support Hour product (2), three confirmed one-line orders (lines 1-3), a
 * support project on line 2 with timesheets, and id sequences where the recorded creates
 * started (project 27, task 41, tag 3, order 45, order line 43). The rest of the recording
 * server's data (runs of other scenarios) is not rebuilt, so some answers differ in content.
 */
export function rebuildJson2Database(standin: OdooStandin): void {
  const { engine } = standin;
  const create = (model: string, vals: Record<string, unknown>): number => {
    const id = engine.call({ uid: 2, model, method: 'create', params: { vals_list: [vals] } });
    if (!Array.isArray(id) || typeof id[0] !== 'number') throw new Error(`no ${model} created`);
    return id[0];
  };

  const customer = create('res.partner', { name: 'Wallet Customer', is_company: true });
  engine.table('product.template').bumpSequence(2);
  engine.table('product.product').bumpSequence(2);
  const product = create('product.product', {
    name: 'Support Hour',
    type: 'service',
    invoice_policy: 'order',
    service_type: 'timesheet',
    uom_id: 4,
    list_price: 100,
  });
  const lines: number[] = [];
  for (let n = 0; n < 3; n++) {
    const order = create('sale.order', {
      partner_id: customer,
      order_line: [[0, 0, { product_id: product, product_uom_qty: 8 }]],
    });
    engine.call({ uid: 2, model: 'sale.order', method: 'action_confirm', ids: [order] });
    lines.push(...engine.searchIds('sale.order.line', [['order_id', '=', order]]));
  }

  create('project.project', { name: 'Internal', allow_timesheets: true });
  const project = create('project.project', {
    name: 'Wallet project A',
    partner_id: customer,
    allow_billable: true,
    allow_timesheets: true,
    sale_line_id: lines[1] ?? false,
  });
  const task = create('project.task', { name: 'Printer on fire', project_id: project });
  for (const [hours, day] of [
    [4, 2],
    [4, 3],
    [2, 4],
  ] as const) {
    create('account.analytic.line', {
      name: `work ${day}`,
      project_id: project,
      task_id: task,
      employee_id: 1,
      unit_amount: hours,
      date: `2026-11-0${day}`,
    });
  }
  create('account.analytic.line', {
    name: 'project-level work',
    project_id: project,
    employee_id: 1,
    unit_amount: 1,
    date: '2026-11-05',
  });

  engine.table('project.project').bumpSequence(27);
  engine.table('project.task').bumpSequence(41);
  engine.table('project.tags').bumpSequence(3);
  engine.table('sale.order').bumpSequence(45);
  engine.table('sale.order.line').bumpSequence(43);
}
