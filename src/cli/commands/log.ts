import { displayHours } from '../../wallet/hours.js';
import { idOption, optionalText, requiredText } from '../args.js';
import { type CliCommand, UsageError } from '../command.js';
import { balanceLine, toJson } from '../format.js';

/** `wallet log`: a timesheet for a user on a task or project. */
export const logCommand: CliCommand = {
  name: 'log',
  summary: 'log time on a task (or a project) for an Odoo user',
  usage:
    '(--task ID | --project ID) --hours 1:30 --desc TEXT --user EMAIL [--date YYYY-MM-DD] ' +
    '[--tz ZONE] [--key KEY] [--json]',
  options: {
    task: { type: 'string' },
    project: { type: 'string' },
    hours: { type: 'string' },
    desc: { type: 'string' },
    user: { type: 'string' },
    date: { type: 'string' },
    tz: { type: 'string' },
    key: { type: 'string' },
  },
  async run(values, { io, json, wallet }) {
    const taskId = idOption(values, 'task');
    const projectId = idOption(values, 'project');
    if (taskId === undefined && projectId === undefined) {
      throw new UsageError('--task or --project is required');
    }
    const input = {
      taskId,
      projectId,
      duration: requiredText(values, 'hours'),
      description: requiredText(values, 'desc'),
      userEmail: requiredText(values, 'user'),
      date: optionalText(values, 'date'),
      timeZone: optionalText(values, 'tz'),
      idempotencyKey: optionalText(values, 'key'),
    };

    const result = await (await wallet()).logTime(input);
    if (json) {
      io.stdout(toJson(result));
      return 0;
    }
    const where =
      result.taskId === null ? `project #${result.projectId}` : `task #${result.taskId}`;
    io.stdout(
      [
        `Logged ${displayHours(result.hours)} h on ${where} for ${result.date} ` +
          `(timesheet #${result.timesheetId}).`,
        `${result.balanceAfter.projectName}: ${balanceLine(result.balanceAfter)}, ` +
          `was ${displayHours(result.balanceBefore.remaining)} h.`,
        ...(result.crossed ? [`This entry took the wallet into ${result.crossed}.`] : []),
      ].join('\n'),
    );
    return 0;
  },
};
