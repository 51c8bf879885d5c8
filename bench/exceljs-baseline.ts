// Child side of the export baseline: exceljs's streaming writer alone writes the work-log rows
// (same columns and values as the export) with no styles and no Odoo, in a process of its own.
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { peakRss } from './lib/child.js';
import { outDir } from './lib/raw-answers.js';
import { workLogPages } from './lib/work-log-rows.js';

async function writeRows(rows: number, file: string): Promise<void> {
  const output = createWriteStream(file);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Work log');
  sheet.addRow(['Date', 'Project', 'Ticket', 'Employee', 'Description', 'Hours', 'Batch']).commit();
  for (const page of workLogPages(rows)) {
    for (const row of page) {
      sheet
        .addRow([
          new Date(`${row.date}T00:00:00Z`),
          row.project,
          row.ticket,
          row.employee,
          row.description,
          row.hours,
          row.batch,
        ])
        .commit();
    }
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
