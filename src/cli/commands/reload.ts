import { displayHours } from '../../wallet/hours.js';
import type { ReloadProgress } from '../../wallet/types.js';
import { flag, optionalText, requiredId } from '../args.js';
import type { CliCommand } from '../command.js';
import { planLines, toJson } from '../format.js';

/** `wallet reload`: switches a project to a new batch; a dry run unless `--yes`. */
export const reloadCommand: CliCommand = {
  name: 'reload',
  summary: 'switch a project to a new batch (prints the plan; writes only with --yes)',
  usage: '--project ID --to LINE_ID [--yes] [--as NAME] [--json]',
  options: {
    project: { type: 'string' },
    to: { type: 'string' },
    yes: { type: 'boolean' },
    as: { type: 'string' },
  },
  async run(values, { io, json, wallet, operator }) {
    const request = {
      projectId: requiredId(values, 'project'),
      newLineId: requiredId(values, 'to'),
      requestedBy: optionalText(values, 'as') ?? operator,
    };
    const service = await wallet();
    const plan = await service.planReload(request);

    if (!flag(values, 'yes')) {
      if (json) io.stdout(toJson({ plan, executed: false }));
      else
        io.stdout(
          [...planLines(plan), 'Dry run: nothing written. Add --yes to reload.'].join('\n'),
        );
      return 0;
    }

    if (!json) io.stdout(planLines(plan).join('\n'));
    const steps: ReloadProgress[] = [];
    const result = await service.executeReload(plan, (progress) => {
      steps.push(progress);
      if (!json && progress.state !== 'started') {
        io.stdout(
          `  ${progress.step.padEnd(10)} ${progress.state.padEnd(7)} ${progress.detail ?? ''}`,
        );
      }
    });

    if (json) {
      io.stdout(toJson({ plan, executed: true, steps, result }));
      return 0;
    }
    const { oldBatch } = plan;
    if (result.alreadyDone) io.stdout('This reload was already done; nothing written again.');
    io.stdout(
      `Done and verified: ${oldBatch.orderName} keeps ${displayHours(result.oldDelivered)} h ` +
        `delivered; ${plan.newBatch.orderName} has ${displayHours(result.newDelivered)} h ` +
        `delivered, ${displayHours(plan.newBatch.ordered - result.newDelivered)} h remaining.`,
    );
    return 0;
  },
};
