import type { Behaviour } from '../behaviour.js';
import { uidOf } from '../behaviour.js';
import type { OdooEngine } from '../engine.js';
import type { Context, Row } from '../types.js';
import { idsWhere, target } from './helpers.js';

const TS = 'account.analytic.line';

/** sale_timesheet `_is_not_billed`: no invoice, or a cancelled one. */
function isNotBilled(engine: OdooEngine, ts: Row): boolean {
  const invoice = target(engine, TS, ts, 'timesheet_invoice_id');
  return typeof ts.timesheet_invoice_id !== 'number' || invoice?.state === 'cancel';
}

/** sale_timesheet `_timesheet_determine_sale_line` (no employee rate mappings here). */
function determineSaleLine(engine: OdooEngine, ts: Row): number | false {
  const project = target(engine, TS, ts, 'project_id');
  if (!project?.allow_billable) return false;
  if (typeof ts.task_id !== 'number' && typeof project.sale_line_id === 'number') {
    return project.sale_line_id;
  }
  const task = target(engine, TS, ts, 'task_id');
  const taskProject = target(engine, 'project.task', task, 'project_id');
  if (task && taskProject?.allow_billable && typeof task.sale_line_id === 'number') {
    return task.sale_line_id;
  }
  return false;
}

/**
 * sale_timesheet `_compute_so_line`: every timesheet not flagged `is_so_line_edited` and not
 * billed follows its task's or project's line, history included.
 */
export function recomputeSoLine(engine: OdooEngine, rows: Iterable<Row>): void {
  const table = engine.table(TS);
  for (const ts of rows) {
    if (ts.is_so_line_edited || !isNotBilled(engine, ts)) continue;
    const line = determineSaleLine(engine, ts);
    if (line !== (ts.so_line ?? false)) table.set(ts, 'so_line', line);
  }
}

/** The timesheets of a project or task, for the recomputation its change triggers. */
export function timesheetsOf(engine: OdooEngine, via: 'project_id' | 'task_id', id: number): Row[] {
  return idsWhere(engine, TS, via, id)
    .map((tsId) => engine.row(TS, tsId))
    .filter((row): row is Row => row !== undefined);
}

function userEmployee(engine: OdooEngine, uid: number): number | false {
  return idsWhere(engine, 'hr.employee', 'user_id', uid).sort((a, b) => a - b)[0] ?? false;
}

export const timesheet: Behaviour = {
  defaults: {
    name: '/',
    date: (engine: OdooEngine, _vals: unknown, ctx: Context) => engine.today(ctx.tz),
    amount: 0,
    company_id: 1,
  },
  prepareCreate(engine, vals, ctx) {
    if (typeof vals.task_id === 'number' && !vals.project_id) {
      vals.project_id = engine.row('project.task', vals.task_id)?.project_id ?? false;
    }
    if (vals.project_id && !vals.employee_id) vals.employee_id = userEmployee(engine, uidOf(ctx));
    if (typeof vals.employee_id === 'number' && vals.user_id === undefined) {
      vals.user_id = engine.row('hr.employee', vals.employee_id)?.user_id ?? false;
    }
  },
  afterCreate(engine, row) {
    const partner =
      target(engine, TS, row, 'task_id')?.partner_id ??
      target(engine, TS, row, 'project_id')?.partner_id;
    if (row.partner_id === undefined && typeof partner === 'number') {
      engine.table(TS).set(row, 'partner_id', partner);
    }
    // A value sent for `so_line` wins over the computation, as for any stored compute.
    if (row.so_line === undefined) recomputeSoLine(engine, [row]);
  },
  beforeWrite(engine, _rows, vals) {
    const project =
      typeof vals.project_id === 'number'
        ? engine.row('project.project', vals.project_id)
        : undefined;
    if (project && !project.allow_billable) vals.is_so_line_edited = false;
    if (typeof vals.task_id === 'number' && vals.project_id === undefined) {
      vals.project_id = engine.row('project.task', vals.task_id)?.project_id ?? false;
    }
  },
  afterWrite(engine, rows, changed) {
    const triggers = ['task_id', 'project_id', 'employee_id'].some((name) => changed.has(name));
    if (triggers && !changed.has('so_line')) recomputeSoLine(engine, rows);
  },
  computes: {
    allow_billable: (engine, row) => Boolean(target(engine, TS, row, 'project_id')?.allow_billable),
    order_id: (engine, row) => target(engine, TS, row, 'so_line')?.order_id ?? false,
    sale_order_state: (engine, row) => {
      const line = target(engine, TS, row, 'so_line');
      return target(engine, 'sale.order.line', line, 'order_id')?.state ?? false;
    },
    commercial_partner_id: (_engine, row) => row.partner_id ?? false,
    timesheet_invoice_type: (engine, row) => {
      if (typeof row.project_id !== 'number') return false;
      const line = target(engine, TS, row, 'so_line');
      if (!line) return 'non_billable';
      const product = target(engine, 'sale.order.line', line, 'product_id');
      const policy = product ? engine.value('product.product', product, 'invoice_policy') : false;
      return policy === 'delivery' ? 'billable_time' : 'billable_fixed';
    },
  },
};
