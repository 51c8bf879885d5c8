import { displayHours } from '../../wallet/hours.js';
import type { ProjectBalance } from '../../wallet/types.js';
import { flag, optionalText } from '../args.js';
import type { CliCommand } from '../command.js';
import { batchLabel, toJson } from '../format.js';
import { renderTable } from '../table.js';

/** `wallet balances`: the wallet overview, lowest first. */
export const balancesCommand: CliCommand = {
  name: 'balances',
  summary: 'wallet overview of every support project, lowest first',
  usage: '[--client NAME] [--low] [--needs-reload] [--json]',
  options: {
    client: { type: 'string' },
    low: { type: 'boolean' },
    'needs-reload': { type: 'boolean' },
  },
  async run(values, { io, json, wallet }) {
    const service = await wallet();
    const balances = await service.balances({
      client: optionalText(values, 'client'),
      onlyLow: flag(values, 'low'),
      onlyNeedsReload: flag(values, 'needs-reload'),
    });

    if (json) {
      io.stdout(toJson(balances));
      return 0;
    }
    if (balances.length === 0) {
      io.stdout('No support project matches.');
      return 0;
    }
    io.stdout(
      renderTable<ProjectBalance>(balances, [
        { header: 'Project', value: (b) => `#${b.projectId} ${b.projectName}` },
        { header: 'Customer', value: (b) => b.customer?.name ?? '-' },
        { header: 'Batch', value: (b) => batchLabel(b.batch) },
        { header: 'Ordered', value: (b) => displayHours(b.ordered), align: 'right' },
        { header: 'Delivered', value: (b) => displayHours(b.delivered), align: 'right' },
        { header: 'Remaining', value: (b) => displayHours(b.remaining), align: 'right' },
        { header: 'Status', value: (b) => b.status },
      ]),
    );
    return 0;
  },
};
