// Child side of the export benchmark's middle row: the same work-log rows through the wallet's
// own workbook writer (styles, three sheets) with no Odoo at all, in a process of its own.
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { writeWorkbook } from '../src/wallet/export/index.js';
import { peakRss } from './lib/child.js';
import { outDir } from './lib/raw-answers.js';
import { workLogPages } from './lib/work-log-rows.js';

async function* pages(rows: number) {
  yield* workLogPages(rows);
}

async function* noTickets() {}

const rows = Number(process.argv[2]);
await mkdir(outDir, { recursive: true });
const file = join(outDir, `wallet-writer-${rows}.xlsx`);
let sampled = process.memoryUsage.rss();
const sampler = setInterval(() => {
  sampled = Math.max(sampled, process.memoryUsage.rss());
}, 50);
const started = performance.now();
const output = createWriteStream(file);
await writeWorkbook(output, { overview: [], tickets: noTickets(), workLog: pages(rows) });
await finished(output);
const ms = performance.now() - started;
clearInterval(sampler);
process.send?.({
  ms,
  peakBytes: Math.max(sampled, peakRss()),
  rows,
  bytes: (await stat(file)).size,
});
process.disconnect?.();
