import { optionalText, requiredId, requiredText, textList } from '../args.js';
import type { CliCommand } from '../command.js';
import { batchLabel, toJson } from '../format.js';

/** `wallet ticket`: a task on a support project. */
export const ticketCommand: CliCommand = {
  name: 'ticket',
  summary: 'create a ticket (task) on a project, on the project batch',
  usage:
    '--project ID --title TEXT [--desc TEXT] [--tag NAME]... [--assignee EMAIL]... ' +
    '[--key KEY] [--json]',
  options: {
    project: { type: 'string' },
    title: { type: 'string' },
    desc: { type: 'string' },
    tag: { type: 'string', multiple: true },
    assignee: { type: 'string', multiple: true },
    key: { type: 'string' },
  },
  async run(values, { io, json, wallet }) {
    const input = {
      projectId: requiredId(values, 'project'),
      title: requiredText(values, 'title'),
      description: optionalText(values, 'desc'),
      tags: textList(values, 'tag'),
      assigneeEmails: textList(values, 'assignee'),
      idempotencyKey: optionalText(values, 'key'),
    };

    const result = await (await wallet()).createTicket(input);
    if (json) {
      io.stdout(toJson(result));
      return 0;
    }
    io.stdout(
      [
        `Created task #${result.taskId}: ${result.name}`,
        `Batch: ${batchLabel(result.batch)}`,
        result.url,
      ].join('\n'),
    );
    return 0;
  },
};
