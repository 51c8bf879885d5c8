import { ServerError, ValidationError } from '../errors.js';
import type { Vals } from '../odoo/types.js';
import { projectBalance } from './balances.js';
import { checkEntryDate, isTimeZone } from './dates.js';
import type { WalletDeps } from './deps.js';
import { parseDuration } from './duration.js';
import { readTask } from './tasks.js';
import type { BalanceStatus, LogTimeInput, LogTimeResult, OdooUser } from './types.js';
import { requireUser } from './users.js';

function crossing(before: BalanceStatus, after: BalanceStatus): 'low' | 'debt' | null {
  if (after === 'debt' && before !== 'debt') return 'debt';
  if (after === 'low' && before === 'ok') return 'low';
  return null;
}

function zoneFor(input: LogTimeInput, user: OdooUser): string {
  const candidates = [input.timeZone, user.timeZone ?? undefined];
  return candidates.find((zone) => zone !== undefined && isTimeZone(zone)) ?? 'UTC';
}

async function resolveTarget(
  deps: WalletDeps,
  input: LogTimeInput,
): Promise<{ projectId: number; taskId: number | null }> {
  if (input.taskId === undefined) {
    if (input.projectId === undefined) {
      throw new ValidationError('Pick the ticket (or the project) the time was spent on.', {
        field: 'task',
      });
    }
    return { projectId: input.projectId, taskId: null };
  }

  const task = await readTask(deps, input.taskId);
  if (task.closed) {
    throw new ValidationError(
      `Task "${task.name}" is closed; reopen it in Odoo or log the time on an open ticket.`,
      { field: 'task' },
    );
  }
  if (!task.project_id) {
    throw new ValidationError(`Task "${task.name}" belongs to no project.`, { field: 'task' });
  }
  if (input.projectId !== undefined && input.projectId !== task.project_id.id) {
    throw new ValidationError(`Task "${task.name}" is not in the project chosen.`, {
      field: 'task',
    });
  }
  return { projectId: task.project_id.id, taskId: task.id };
}

/** Logs a timesheet for a user on a task (or project) and reports the balance around it. */
export async function logTime(deps: WalletDeps, input: LogTimeInput): Promise<LogTimeResult> {
  const hours = parseDuration(input.duration);
  const description = input.description.trim();
  if (description === '') {
    throw new ValidationError('Say in a few words what the time was spent on.', {
      field: 'description',
    });
  }

  const user = await requireUser(deps, input.userEmail, 'user');
  if (user.employeeId === null) {
    throw new ValidationError(
      `Odoo user ${user.name} has no employee record, and Odoo only takes timesheets from ` +
        'employees. Ask an admin to link an employee to this user.',
      { field: 'user' },
    );
  }
  const date = checkEntryDate(input.date, deps.clock(), zoneFor(input, user), deps.logWindowDays);

  const { projectId, taskId } = await resolveTarget(deps, input);
  const balanceBefore = await projectBalance(deps, projectId);
  if (balanceBefore.status === 'no_batch') {
    throw new ValidationError(
      `Project "${balanceBefore.projectName}" has no batch of hours; a lead has to set one ` +
        'before time can be logged on it.',
      { field: taskId === null ? 'project' : 'task' },
    );
  }

  const values: Vals = {
    project_id: projectId,
    employee_id: user.employeeId,
    user_id: user.id,
    unit_amount: hours,
    name: description,
    date,
  };
  if (taskId !== null) values.task_id = taskId;
  const [timesheetId] = await deps.odoo.create('account.analytic.line', [values]);
  if (timesheetId === undefined) throw new ServerError('Odoo created no timesheet.');
  deps.logger.info('time logged', { timesheetId, projectId, taskId, hours, userId: user.id });

  const balanceAfter = await projectBalance(deps, projectId);
  return {
    timesheetId,
    hours,
    date,
    taskId,
    projectId,
    balanceBefore,
    balanceAfter,
    crossed: crossing(balanceBefore.status, balanceAfter.status),
  };
}
