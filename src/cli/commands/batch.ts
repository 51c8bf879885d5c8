import { displayHours } from '../../wallet/hours.js';
import { flag, requiredId, requiredNumber } from '../args.js';
import type { CliCommand } from '../command.js';
import { batchLabel, toJson } from '../format.js';

/** `wallet batch`: sells the project's customer a new block of support hours. */
export const batchCommand: CliCommand = {
  name: 'batch',
  summary: "create a sales order of support hours for a project's customer",
  usage: '--project ID --hours 10 --price 95 [--confirm] [--json]',
  options: {
    project: { type: 'string' },
    hours: { type: 'string' },
    price: { type: 'string' },
    confirm: { type: 'boolean' },
  },
  async run(values, { io, json, wallet }) {
    const input = {
      projectId: requiredId(values, 'project'),
      hours: requiredNumber(values, 'hours'),
      unitPrice: requiredNumber(values, 'price'),
      confirm: flag(values, 'confirm'),
    };

    const batch = await (await wallet()).createBatch(input);
    if (json) {
      io.stdout(toJson(batch));
      return 0;
    }
    const state = batch.state === 'sale' ? 'confirmed' : `${batch.state}, not confirmed yet`;
    io.stdout(
      `Created ${batchLabel(batch)}: ${displayHours(batch.ordered)} h for ` +
        `${batch.customer?.name ?? 'the customer'} (${state}).`,
    );
    return 0;
  },
};
