import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { ConfigError } from '../../errors.js';
import { optionalText, requiredText } from '../args.js';
import type { CliCommand } from '../command.js';
import { UsageError } from '../command.js';
import { toJson } from '../format.js';

/** `wallet export --out FILE.xlsx`: the Excel workbook of every support project or one client. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write the Excel workbook: overview, tickets and work log',
  usage: '--out FILE.xlsx [--client NAME] [--json]',
  options: {
    out: { type: 'string' },
    client: { type: 'string' },
  },
  async run(values, { io, json, wallet }) {
    const out = requiredText(values, 'out');
    if (!out.toLowerCase().endsWith('.xlsx')) {
      throw new UsageError(`--out must name an .xlsx file, not "${out}"`);
    }
    const service = await wallet();
    if (!service.exportWorkbook) {
      throw new ConfigError('This wallet service cannot export a workbook.');
    }

    // Written beside the target and renamed at the end, so a failure leaves no half file.
    const partial = `${out}.partial`;
    const stream = createWriteStream(partial);
    try {
      const summary = await service.exportWorkbook(stream, {
        client: optionalText(values, 'client'),
      });
      await finished(stream);
      await rename(partial, out);
      if (json) io.stdout(toJson({ file: out, ...summary }));
      else {
        io.stdout(
          `Wrote ${out}: ${summary.projects} projects, ${summary.tickets} tickets, ` +
            `${summary.workLogRows} work-log rows.`,
        );
      }
      return 0;
    } catch (error) {
      stream.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  },
};
