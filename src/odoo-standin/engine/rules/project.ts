import type { Behaviour, Vals } from '../behaviour.js';
import type { OdooEngine } from '../engine.js';
import type { Row } from '../types.js';
import { commercialPartner, idsWhere, round2, sumWhere, target } from './helpers.js';
import { messageIds, messagePost } from './mail.js';
import { recomputeSoLine, timesheetsOf } from './timesheet.js';

const CLOSED_STATES = ['1_done', '1_canceled'];

/** sale_project `_compute_sale_line` on a task: only fills an empty line, or clears it. */
function recomputeTaskSaleLine(engine: OdooEngine, task: Row): void {
  const table = engine.table('project.task');
  const project = target(engine, 'project.task', task, 'project_id');
  if (!project?.allow_billable) {
    if (task.sale_line_id) table.set(task, 'sale_line_id', false);
    return;
  }
  if (typeof task.sale_line_id === 'number') return;
  const samePartner =
    commercialPartner(engine, project.partner_id) === commercialPartner(engine, task.partner_id);
  if (typeof project.sale_line_id === 'number' && samePartner) {
    table.set(task, 'sale_line_id', project.sale_line_id);
  }
}

function tasksOf(engine: OdooEngine, projectId: number): Row[] {
  return idsWhere(engine, 'project.task', 'project_id', projectId)
    .map((id) => engine.row('project.task', id))
    .filter((row): row is Row => row !== undefined);
}

function pricingType(_engine: OdooEngine, project: Row | undefined): string | false {
  if (!project?.allow_billable) return false;
  return typeof project.sale_line_id === 'number' ? 'fixed_rate' : 'task_rate';
}

const TIMESHEET_HOURS = (via: 'project_id' | 'task_id') => (engine: OdooEngine, row: Row) =>
  round2(sumWhere(engine, 'account.analytic.line', via, row.id, 'unit_amount'));

export const project: Behaviour = {
  defaults: {
    privacy_visibility: 'portal',
    last_update_status: 'to_define',
    billing_type: 'not_billable',
    alias_contact: 'everyone',
    alias_defaults: '{}',
    rating_status: 'stage',
    rating_status_period: 'monthly',
    label_tasks: 'Tasks',
    allow_timesheets: true,
    allow_billable: false,
    is_template: false,
    sequence: 10,
    company_id: 1,
  },
  computes: {
    pricing_type: pricingType,
    sale_order_id: (engine, row) =>
      target(engine, 'project.project', row, 'sale_line_id')?.order_id ?? false,
    effective_hours: TIMESHEET_HOURS('project_id'),
    total_timesheet_time: TIMESHEET_HOURS('project_id'),
    task_count: (engine, row) => tasksOf(engine, row.id).length,
    message_ids: messageIds('project.project'),
  },
  afterWrite(engine, rows, changed) {
    if (!['sale_line_id', 'allow_billable', 'partner_id'].some((name) => changed.has(name))) return;
    for (const row of rows) {
      for (const task of tasksOf(engine, row.id)) recomputeTaskSaleLine(engine, task);
      recomputeSoLine(engine, timesheetsOf(engine, 'project_id', row.id));
    }
  },
  methods: { message_post: messagePost },
};

function plainText(html: unknown): string {
  if (typeof html !== 'string') return '';
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstStage(engine: OdooEngine, projectId: unknown): number | false {
  if (typeof projectId !== 'number') return false;
  const stages = engine.searchIds('project.task.type', [['project_ids', 'in', [projectId]]], {
    limit: 1,
  });
  return stages[0] ?? false;
}

function taskDefaults(engine: OdooEngine, vals: Vals): void {
  if (!vals.name && vals.description) vals.name = plainText(vals.description).slice(0, 100);
  const parent =
    typeof vals.parent_id === 'number' ? engine.row('project.task', vals.parent_id) : undefined;
  if (parent && vals.project_id === undefined) vals.project_id = parent.project_id ?? false;
  const projectRow =
    typeof vals.project_id === 'number'
      ? engine.row('project.project', vals.project_id)
      : undefined;
  if (vals.partner_id === undefined && projectRow) vals.partner_id = projectRow.partner_id ?? false;
  if (vals.stage_id === undefined) vals.stage_id = firstStage(engine, vals.project_id);
}

/**
 * The `strictbase_task_sol_lock` server module: before a task switches to another line, its
 * unflagged, unbilled timesheets are flagged `is_so_line_edited` so they stay where they are.
 */
function lockBeforeSwitch(engine: OdooEngine, rows: Row[], vals: Vals): void {
  if (vals.sale_line_id === undefined || !engine.isInstalled('strictbase_task_sol_lock')) return;
  const table = engine.table('account.analytic.line');
  for (const row of rows) {
    if (typeof row.sale_line_id !== 'number' || row.sale_line_id === vals.sale_line_id) continue;
    for (const ts of timesheetsOf(engine, 'task_id', row.id)) {
      if (!ts.is_so_line_edited && typeof ts.timesheet_invoice_id !== 'number') {
        table.set(ts, 'is_so_line_edited', true);
      }
    }
  }
}

export const task: Behaviour = {
  defaults: {
    state: '01_in_progress',
    priority: '0',
    sequence: 10,
    company_id: 1,
    is_template: false,
  },
  prepareCreate: taskDefaults,
  beforeWrite: (engine, rows, vals) => lockBeforeSwitch(engine, rows, vals),
  afterCreate(engine, row) {
    if (row.sale_line_id === undefined) recomputeTaskSaleLine(engine, row);
  },
  afterWrite(engine, rows, changed) {
    if (changed.has('project_id') || changed.has('partner_id')) {
      for (const row of rows) if (!changed.has('sale_line_id')) recomputeTaskSaleLine(engine, row);
    }
    if (changed.has('project_id')) {
      for (const row of rows) {
        for (const ts of timesheetsOf(engine, 'task_id', row.id)) {
          engine.table('account.analytic.line').set(ts, 'project_id', row.project_id ?? false);
        }
      }
    }
    if (['sale_line_id', 'project_id', 'partner_id'].some((name) => changed.has(name))) {
      for (const row of rows) recomputeSoLine(engine, timesheetsOf(engine, 'task_id', row.id));
    }
  },
  computes: {
    is_closed: (_engine, row) => CLOSED_STATES.includes(String(row.state)),
    allow_billable: (engine, row) =>
      Boolean(target(engine, 'project.task', row, 'project_id')?.allow_billable),
    pricing_type: (engine, row) =>
      pricingType(engine, target(engine, 'project.task', row, 'project_id')),
    effective_hours: TIMESHEET_HOURS('task_id'),
    total_hours_spent: TIMESHEET_HOURS('task_id'),
    remaining_hours: (engine, row) =>
      round2(Number(row.allocated_hours ?? 0) - TIMESHEET_HOURS('task_id')(engine, row)),
    sale_order_id: (engine, row) =>
      target(engine, 'project.task', row, 'sale_line_id')?.order_id ?? false,
    message_ids: messageIds('project.task'),
  },
  methods: {
    message_post: messagePost,
    action_unlink_recurrence: { params: [], run: () => null },
  },
};
