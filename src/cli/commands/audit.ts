import { idOption } from '../args.js';
import type { CliCommand } from '../command.js';
import { toJson } from '../format.js';

/** `wallet audit`: timesheets and batches that look wrong, read only. */
export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'look for timesheets on the wrong batch and batches that do not add up',
  usage: '[--project ID] [--json]',
  options: { project: { type: 'string' } },
  async run(values, { io, json, wallet }) {
    const report = await (await wallet()).audit(idOption(values, 'project'));

    if (json) {
      io.stdout(toJson(report));
      return 0;
    }
    const lock = report.serverLockModule ? 'installed' : 'not installed';
    const lines = [`Server lock module (strictbase_task_sol_lock): ${lock}`];
    if (report.findings.length === 0) lines.push('No findings.');
    for (const finding of report.findings) {
      lines.push(
        `project #${finding.projectId}  ${finding.kind}  ${finding.message}` +
          `  [ids ${finding.recordIds.join(', ')}]`,
      );
    }
    io.stdout(lines.join('\n'));
    return 0;
  },
};
