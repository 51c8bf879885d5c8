import { ConflictError, ServerError } from '../../errors.js';
import type { Vals } from '../../odoo/types.js';
import { dateIn } from '../dates.js';
import type { WalletDeps } from '../deps.js';
import { cleanHours, displayHours, sameHours } from '../hours.js';
import { employeeFields } from '../records.js';
import { adjustmentTaskName } from '../tasks.js';
import type { ReloadPlan } from '../types.js';
import { carryOverName, findCarriedOver, openTasksOnLine, timesheetsToLock } from './records.js';

/** The first carry-over timesheet of a pair of lines and the hours carried in all. */
export interface CarryOver {
  id: number | null;
  total: number;
}

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
 * Step 2: brings the hours carried from the old batch onto the new one to exactly the plan's
 * debt, as timesheets on the adjustment task: the first entry, then a top-up for whatever
 * debt was added since an interrupted run. Returns the first carry-over timesheet and the
 * total carried, or null and 0 when there is no debt.
 */
export async function carryOverDebt(deps: WalletDeps, plan: ReloadPlan): Promise<CarryOver> {
  const { oldBatch, newBatch } = plan;
  const carried = await findCarriedOver(deps, plan.projectId, oldBatch.lineId, newBatch.lineId);
  const missing = cleanHours(plan.carryOver - carried.total);
  if (sameHours(missing, 0)) return { id: carried.ids[0] ?? null, total: carried.total };
  if (missing < 0) {
    throw new ConflictError(
      `${displayHours(carried.total)} h were already carried from ${oldBatch.orderName} to ` +
        `${newBatch.orderName}, more than the ${displayHours(plan.carryOver)} h owed now; ` +
        'check the carry-over timesheets in Odoo and plan the reload again.',
    );
  }

  const taskId = await adjustmentTaskId(deps, plan);
  const name = carryOverName(oldBatch, newBatch);
  const values: Vals = {
    project_id: plan.projectId,
    task_id: taskId,
    name: carried.ids.length === 0 ? name : `${name} (top-up)`,
    unit_amount: missing,
    date: dateIn(deps.clock(), 'UTC'),
    so_line: newBatch.lineId,
    is_so_line_edited: true,
  };
  const employeeId = await ownEmployeeId(deps);
  if (employeeId !== null) values.employee_id = employeeId;

  const [created] = await deps.odoo.create('account.analytic.line', [values]);
  if (created === undefined) throw new ServerError('Odoo created no carry-over timesheet.');
  return { id: carried.ids[0] ?? created, total: plan.carryOver };
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
