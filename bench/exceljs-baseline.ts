// Child side of the export baseline: exceljs's streaming writer alone writes N rows shaped like
// the work log (same columns and values), without styles, in a process of its own.
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { peakRss } from './lib/child.js';
import { outDir } from './lib/raw-answers.js';

const projects = 100;
const day = 86_400_000;

async function writeRows(rows: number, file: string): Promise<void> {
  const output = createWriteStream(file);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Work log');
  sheet.addRow(['Date', 'Project', 'Ticket', 'Employee', 'Description', 'Hours', 'Batch']).commit();
  const perProject = Math.ceil(rows / projects);
  const today = Date.now();
  for (let n = 0; n < rows; n++) {
    const project = Math.floor(n / perProject) + 1;
    const row = n % perProject;
    sheet
      .addRow([
        new Date(today - (row % 60) * day),
        `Scale Client ${project} - Support`,
        `Ticket ${(row % 5) + 1}`,
        'Administrator',
        `Work ${row + 1}`,
        0.25,
        `S${String(project).padStart(5, '0')}`,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await finished(output);
}

const rows = Number(process.argv[2]);
await mkdir(outDir, { recursive: true });
const file = join(outDir, `exceljs-baseline-${rows}.xlsx`);
let sampled = process.memoryUsage.rss();
const sampler = setInterval(() => {
  sampled = Math.max(sampled, process.memoryUsage.rss());
}, 50);
const started = performance.now();
await writeRows(rows, file);
const ms = performance.now() - started;
clearInterval(sampler);
process.send?.({
  ms,
  peakBytes: Math.max(sampled, peakRss()),
  rows,
  bytes: (await stat(file)).size,
});
process.disconnect?.();
