import type { Writable } from 'node:stream';
import { NotFoundError } from '../../errors.js';
import { listBalances } from '../balances.js';
import type { WalletDeps } from '../deps.js';
import { BatchNames, ticketPages, workLogPages } from './odoo-rows.js';
import type { WorkbookSummary } from './rows.js';
import { writeWorkbook } from './workbook.js';

export type { TicketRow, WorkbookContent, WorkbookSummary, WorkLogRow } from './rows.js';
export { writeWorkbook } from './workbook.js';

export interface ExportFilter {
  /** Only the support projects whose project or customer name contains this. */
  client?: string;
  /** Rows per Odoo read (tests use small pages to cross many page boundaries). */
  pageSize?: number;
}

/**
 * Streams the wallet workbook (Overview, Tickets, Work log) for every support project or
 * one client to `output`. Tickets and timesheets are read from Odoo page by page while the
 * rows are written, so memory stays flat however long the work log is.
 */
export async function exportWorkbook(
  deps: WalletDeps,
  output: Writable,
  filter: ExportFilter = {},
): Promise<WorkbookSummary> {
  const client = filter.client?.trim() ?? '';
  const overview = await listBalances(deps, client ? { client } : {});
  if (client && overview.length === 0) {
    throw new NotFoundError(`No support project or customer matches "${client}".`);
  }

  const projectIds = overview.map((balance) => balance.projectId);
  const batches = new BatchNames(deps.odoo);
  for (const balance of overview) {
    if (balance.batch) batches.remember(balance.batch.lineId, balance.batch.orderName);
  }
  return writeWorkbook(output, {
    overview,
    tickets: ticketPages(deps.odoo, deps.capabilities, projectIds, batches, filter.pageSize),
    workLog: workLogPages(deps.odoo, projectIds, batches, filter.pageSize),
  });
}
