import { NotFoundError } from '../errors.js';
import type { Domain } from '../odoo/types.js';
import type { WalletDeps } from './deps.js';
import { cleanLabel } from './html.js';
import { type TaskRecord, taskFields, taskFieldsWithClosed } from './records.js';
import type { TaskOption } from './types.js';

/** Task states that mean closed, on every version since `state` exists (17). */
export const closedStates = ['1_done', '1_canceled'];

/** The task that holds carry-over timesheets; never offered for logging time. */
export const adjustmentTaskName = '[Adjustment] Balance carry-over';

/** Open tasks: `state` works on 17 and later alike, where `is_closed` exists only from 19. */
export const openTaskDomain: Domain = [['state', 'not in', closedStates]];

export interface TaskWithStatus extends TaskRecord {
  closed: boolean;
}

/** Reads tasks with a `closed` flag from their state, and `is_closed` where it exists. */
export async function readTasks(deps: WalletDeps, taskIds: number[]): Promise<TaskWithStatus[]> {
  if (taskIds.length === 0) return [];

  if (deps.capabilities.hasTaskIsClosed) {
    const tasks = await deps.odoo.read('project.task', taskIds, taskFieldsWithClosed);
    return tasks.map((task) => ({ ...task, closed: task.is_closed || isClosedState(task) }));
  }
  const tasks = await deps.odoo.read('project.task', taskIds, taskFields);
  return tasks.map((task) => ({ ...task, closed: isClosedState(task) }));
}

function isClosedState(task: TaskRecord): boolean {
  return task.state !== null && closedStates.includes(task.state);
}

/** One task; throws NotFoundError when it does not exist. */
export async function readTask(deps: WalletDeps, taskId: number): Promise<TaskWithStatus> {
  const [task] = await readTasks(deps, [taskId]);
  if (!task) throw new NotFoundError(`Task ${taskId} does not exist in Odoo.`);
  return task;
}

/** Type-ahead over a project's open tasks by name, or by id when digits are typed. */
export async function searchTasks(
  deps: WalletDeps,
  projectId: number,
  query: string,
  limit: number,
): Promise<TaskOption[]> {
  const needle = query.trim();
  const domain: Domain = [
    ['project_id', '=', projectId],
    ...openTaskDomain,
    ['name', '!=', adjustmentTaskName],
  ];
  if (/^\d+$/.test(needle)) {
    domain.push('|', ['id', '=', Number(needle)], ['name', 'ilike', needle]);
  } else if (needle !== '') {
    domain.push(['name', 'ilike', needle]);
  }

  const tasks = await deps.odoo.searchRead('project.task', domain, taskFields, {
    limit,
    order: 'id desc',
  });
  return tasks.map((task) => ({
    id: task.id,
    name: cleanLabel(task.name),
    projectId: task.project_id?.id ?? projectId,
    closed: false,
  }));
}
