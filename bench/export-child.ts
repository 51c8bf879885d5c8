// Child side of the export benchmark: the wallet export of N work-log rows, run in a process
// of its own so its peak memory is the export's (the Odoo stand-in runs in a third process).
import { benchExport } from './export.js';
import { peakRss } from './lib/child.js';

const rows = Number(process.argv[2]);
const result = await benchExport(rows);
process.send?.({
  ms: result.seconds * 1000,
  peakBytes: Math.max(result.peakRssMb * 2 ** 20, peakRss()),
  rows: result.workLogRows,
  bytes: result.bytes,
});
process.disconnect?.();
