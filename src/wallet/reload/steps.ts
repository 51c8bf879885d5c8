import { ServerError } from '../../errors.js';
import type { Vals } from '../../odoo/types.js';
import { dateIn } from '../dates.js';
import type { WalletDeps } from '../deps.js';
import { employeeFields } from '../records.js';
import { adjustmentTaskName } from '../tasks.js';
import type { ReloadPlan } from '../types.js';
import { carryOverName, findCarryOver, openTasksOnLine, timesheetsToLock } from './records.js';

/** How many timesheets one write flags; keeps each request small on big projects. */
export const lockChunkSize = 200;

/** Step 1: flags the project's movable timesheets so no line change can move them. */
export async function lockTimesheets(deps: WalletDeps, plan: ReloadPlan): Promise<number> {
  // Searched again rather than taken from the plan: time logged since the plan counts too.
  const ids = [
    ...new Set([...plan.timesheetIdsToLock, ...(await timesheetsToLock(deps, plan.projectId))]),
  ];
  for (let start = 0; start < ids.length; start += lockChunkSize) {
    const chunk = ids.slice(start, start + lockChunkSize);
    await deps.odoo.write('account.analytic.line', chunk, { is_so_line_edited: true });
  }
  return ids.length;
}

async function adjustmentTaskId(deps: WalletDeps, plan: ReloadPlan): Promise<number> {
  const [existing] = await deps.odoo.search(
    'project.task',
    [
      ['project_id', '=', plan.projectId],
      ['name', '=', adjustmentTaskName],
    ],
    { order: 'id asc', limit: 1 },
  );
  if (existing !== undefined) return existing;

  const [created] = await deps.odoo.create('project.task', [
    {
      name: adjustmentTaskName,
      project_id: plan.projectId,
      sale_line_id: plan.newBatch.lineId,
      description: '<p>Holds the hours one batch owed to the next; do not log time here.</p>',
    },
  ]);
  if (created === undefined) throw new ServerError('Odoo created no adjustment task.');
  return created;
}

async function ownEmployeeId(deps: WalletDeps): Promise<number | null> {
  const uid = await deps.odoo.authenticate();
  const [employee] = await deps.odoo.searchRead(
    'hr.employee',
    [['user_id', '=', uid]],
    employeeFields,
    {
      limit: 1,
    },
  );
  return employee?.id ?? null;
}

/**
 * Step 2: moves the old batch's debt onto the new one as a timesheet on the adjustment task.
 * Returns the carry-over timesheet, or null when there is no debt.
 */
export async function carryOverDebt(deps: WalletDeps, plan: ReloadPlan): Promise<number | null> {
  if (plan.carryOver <= 0) return null;

  const { oldBatch, newBatch } = plan;
  const existing = await findCarryOver(deps, plan.projectId, oldBatch.lineId, newBatch.lineId);
  if (existing !== null) return existing;

  const taskId = await adjustmentTaskId(deps, plan);
  const values: Vals = {
    project_id: plan.projectId,
    task_id: taskId,
    name: carryOverName(oldBatch, newBatch),
    unit_amount: plan.carryOver,
    date: dateIn(deps.clock(), 'UTC'),
    so_line: newBatch.lineId,
    is_so_line_edited: true,
  };
  const employeeId = await ownEmployeeId(deps);
  if (employeeId !== null) values.employee_id = employeeId;

  const [created] = await deps.odoo.create('account.analytic.line', [values]);
  if (created === undefined) throw new ServerError('Odoo created no carry-over timesheet.');
  return created;
}

/** Step 3: points the project at the new line; false when it already did. */
export async function switchProject(deps: WalletDeps, plan: ReloadPlan, current: number | null) {
  if (current === plan.newBatch.lineId) return false;

  await deps.odoo.write('project.project', [plan.projectId], {
    sale_line_id: plan.newBatch.lineId,
  });
  return true;
}

/** Step 4: points the open tasks still on the old line at the new one. */
export async function migrateTasks(deps: WalletDeps, plan: ReloadPlan): Promise<number> {
  const ids = await openTasksOnLine(deps, plan.projectId, plan.oldBatch.lineId);
  if (ids.length > 0) {
    await deps.odoo.write('project.task', ids, { sale_line_id: plan.newBatch.lineId });
  }
  return ids.length;
}
