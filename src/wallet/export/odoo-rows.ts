import { z } from 'zod';
import { boolean, date, float, id, many2one, selection, text } from '../../odoo/schema.js';
import type { Domain, OdooCapabilities, OdooClient } from '../../odoo/types.js';
import type { TicketRow, WorkLogRow } from './rows.js';

/** Rows per Odoo read: large enough to keep calls few, small enough to keep memory flat. */
export const pageSize = 2000;

// Task states that mean closed on every version that has `state` (17 on).
const closedStates = ['1_done', '1_canceled'];

const taskFields = z.object({
  id,
  name: z.string(),
  project_id: many2one,
  stage_id: many2one,
  sale_line_id: many2one,
  effective_hours: float,
  state: selection,
});
const taskFieldsWithClosed = taskFields.extend({ is_closed: boolean });

const timesheetFields = z.object({
  id,
  date: date.pipe(z.string()),
  name: text,
  unit_amount: float,
  project_id: many2one,
  task_id: many2one,
  employee_id: many2one,
  so_line: many2one,
});

const lineOrderFields = z.object({ id, order_id: many2one });

/** Order names of sale order lines, read once per line however many rows point at it. */
export class BatchNames {
  private readonly names = new Map<number, string | null>();

  constructor(private readonly odoo: OdooClient) {}

  /** Reads the lines not seen yet, in one call. */
  async load(lineIds: Array<number | undefined>): Promise<void> {
    const unknown = [...new Set(lineIds)].filter(
      (lineId): lineId is number => lineId !== undefined && !this.names.has(lineId),
    );
    if (unknown.length === 0) return;

    const lines = await this.odoo.read('sale.order.line', unknown, lineOrderFields);
    for (const lineId of unknown) this.names.set(lineId, null);
    for (const line of lines) this.names.set(line.id, line.order_id?.name ?? null);
  }

  /** Records a name already known (a project's current batch), saving a read. */
  remember(lineId: number, orderName: string): void {
    this.names.set(lineId, orderName);
  }

  nameOf(lineId: number | undefined): string | null {
    return lineId === undefined ? null : (this.names.get(lineId) ?? null);
  }
}

const label = (text: string) => text.replace(/\s+/g, ' ').trim();

function isClosed(task: z.output<typeof taskFields> & { is_closed?: boolean }): boolean {
  return task.is_closed === true || closedStates.includes(task.state ?? '');
}

/** Tasks of the given projects in pages, by id (an id cursor stays right while others write). */
export async function* ticketPages(
  odoo: OdooClient,
  capabilities: OdooCapabilities,
  projectIds: number[],
  batches: BatchNames,
  limit = pageSize,
): AsyncGenerator<TicketRow[]> {
  if (projectIds.length === 0) return;
  const schema = capabilities.hasTaskIsClosed ? taskFieldsWithClosed : taskFields;

  let after = 0;
  for (;;) {
    const domain: Domain = [
      ['project_id', 'in', projectIds],
      ['id', '>', after],
    ];
    const tasks = await odoo.searchRead('project.task', domain, schema, {
      order: 'id asc',
      limit,
    });
    if (tasks.length === 0) return;

    await batches.load(tasks.map((task) => task.sale_line_id?.id));
    yield tasks.map((task) => ({
      project: label(task.project_id?.name ?? ''),
      ticket: label(task.name),
      stage: task.stage_id ? label(task.stage_id.name) : null,
      closed: isClosed(task),
      hoursSpent: task.effective_hours,
      batch: batches.nameOf(task.sale_line_id?.id),
    }));
    after = tasks[tasks.length - 1]?.id ?? after;
    if (tasks.length < limit) return;
  }
}

/**
 * Reads pages one ahead: the next page is asked for as soon as a page arrives, so Odoo
 * works while the caller writes. At most two pages are held at once.
 */
async function* readAhead<T, C>(
  read: (cursor: C | null) => Promise<T[]>,
  cursorOf: (last: T) => C,
  limit: number,
): AsyncGenerator<T[]> {
  let pending = read(null);
  for (;;) {
    const page = await pending;
    const last = page[page.length - 1];
    const more = last !== undefined && page.length >= limit;
    if (more) {
      pending = read(cursorOf(last));
      // Awaited on the next turn; this only keeps an early stop from leaving it unhandled.
      pending.catch(() => {});
    }
    if (page.length > 0) yield page;
    if (!more) return;
  }
}

/**
 * Timesheets of the given projects in pages, oldest first. The cursor is the last row's
 * (date, id), so each page is one indexed range read however deep into the log it is.
 */
export async function* workLogPages(
  odoo: OdooClient,
  projectIds: number[],
  batches: BatchNames,
  limit = pageSize,
): AsyncGenerator<WorkLogRow[]> {
  if (projectIds.length === 0) return;

  const read = (cursor: { date: string; id: number } | null) => {
    const domain: Domain = [['project_id', 'in', projectIds]];
    if (cursor) {
      domain.push(
        '|',
        ['date', '>', cursor.date],
        '&',
        ['date', '=', cursor.date],
        ['id', '>', cursor.id],
      );
    }
    return odoo.searchRead('account.analytic.line', domain, timesheetFields, {
      order: 'date asc, id asc',
      limit,
    });
  };

  const pages = readAhead(read, (line) => ({ date: line.date, id: line.id }), limit);
  for await (const lines of pages) {
    await batches.load(lines.map((line) => line.so_line?.id));
    yield lines.map((line) => ({
      date: line.date,
      project: label(line.project_id?.name ?? ''),
      ticket: line.task_id ? label(line.task_id.name) : null,
      employee: line.employee_id?.name ?? null,
      description: line.name,
      hours: line.unit_amount,
      batch: batches.nameOf(line.so_line?.id),
    }));
  }
}
