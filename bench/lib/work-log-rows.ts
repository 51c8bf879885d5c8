import type { WorkLogRow } from '../../src/wallet/export/index.js';

const projects = 100;
const day = 86_400_000;

/**
 * `rows` work-log rows shaped as the export's seeded stand-in gives them (100 projects, five
 * tickets each, dates over 60 days), in pages of `pageSize`, generated as they are written.
 */
export function* workLogPages(rows: number, pageSize = 2000): Generator<WorkLogRow[]> {
  const perProject = Math.ceil(rows / projects);
  const today = Date.now();
  for (let start = 0; start < rows; start += pageSize) {
    const page: WorkLogRow[] = [];
    for (let n = start; n < Math.min(rows, start + pageSize); n++) {
      const project = Math.floor(n / perProject) + 1;
      const row = n % perProject;
      page.push({
        date: new Date(today - (row % 60) * day).toISOString().slice(0, 10),
        project: `Scale Client ${project} - Support`,
        ticket: `Ticket ${(row % 5) + 1}`,
        employee: 'Administrator',
        description: `Work ${row + 1}`,
        hours: 0.25,
        batch: `S${String(project).padStart(5, '0')}`,
      });
    }
    yield page;
  }
}
