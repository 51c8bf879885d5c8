import type { OdooEngine } from '../engine/engine.js';

export interface ScaleOptions {
  projects: number;
  timesheetsPerProject: number;
  openTasksPerProject: number;
  /** Hours ordered on each project's batch (default: enough for the timesheets). */
  batchHours?: number;
}

export interface ScaleResult {
  projectIds: number[];
  lineIds: number[];
}

type Vals = Record<string, unknown>;

/**
 * Adds many support projects, each with a confirmed batch, open tasks and timesheets, through
 * the engine's create rules (no RPC); linear in the number of records.
 */
export function seedScale(engine: OdooEngine, options: ScaleOptions): ScaleResult {
  const create = (model: string, vals: Vals) =>
    Number(engine.call({ uid: 2, model, method: 'create', params: { vals_list: vals } }));
  const createMany = (model: string, list: Vals[]) =>
    engine.call({ uid: 2, model, method: 'create', params: { vals_list: list } }) as number[];

  const product =
    engine.searchIds('product.product', [['name', '=', 'Support Hour']], { limit: 1 })[0] ??
    create('product.product', {
      name: 'Support Hour',
      type: 'service',
      invoice_policy: 'order',
      service_type: 'timesheet',
      uom_id: 4,
      list_price: 95,
    });
  const tag =
    engine.searchIds('project.tags', [['name', '=', 'Support Tickets']], { limit: 1 })[0] ??
    create('project.tags', { name: 'Support Tickets' });
  const today = engine.now().getTime();
  const projectIds: number[] = [];
  const lineIds: number[] = [];

  for (let p = 0; p < options.projects; p++) {
    const partner = create('res.partner', { name: `Scale Client ${p + 1}`, is_company: true });
    const hours = options.batchHours ?? Math.max(10, options.timesheetsPerProject * 0.25 + 10);
    const order = create('sale.order', {
      partner_id: partner,
      order_line: [[0, 0, { product_id: product, product_uom_qty: hours }]],
    });
    engine.call({ uid: 2, model: 'sale.order', method: 'action_confirm', ids: [order] });
    const line = [...(engine.table('sale.order.line').idsWhere('order_id', order) ?? [])][0] ?? 0;
    const project = create('project.project', {
      name: `Scale Client ${p + 1} - Support`,
      partner_id: partner,
      allow_billable: true,
      sale_line_id: line,
      tag_ids: [[6, 0, [tag]]],
    });
    const tasks = createMany(
      'project.task',
      Array.from({ length: options.openTasksPerProject }, (_, t) => ({
        name: `Ticket ${t + 1}`,
        project_id: project,
      })),
    );
    createMany(
      'account.analytic.line',
      Array.from({ length: options.timesheetsPerProject }, (_, n) => ({
        project_id: project,
        task_id: tasks.length > 0 ? tasks[n % tasks.length] : false,
        employee_id: 1,
        unit_amount: 0.25,
        name: `Work ${n + 1}`,
        date: new Date(today - (n % 60) * 86_400_000).toISOString().slice(0, 10),
      })),
    );
    projectIds.push(project);
    lineIds.push(line);
  }
  return { projectIds, lineIds };
}
