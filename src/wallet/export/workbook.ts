import type { Writable } from 'node:stream';
import ExcelJS, { type Worksheet } from 'exceljs';
import type { ProjectBalance } from '../types.js';
import type { TicketRow, WorkbookContent, WorkbookSummary, WorkLogRow } from './rows.js';
import {
  dateFormat,
  headerStyle,
  hoursFormat,
  statusFill,
  statusLabels,
  totalStyle,
} from './style.js';

interface ColumnSpec {
  header: string;
  width: number;
  numFmt?: string;
}

// Only a freshly started sheet may be written to: the streaming writer zips one sheet after
// the other, so rows of a second open sheet would wait in memory.
function startSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: ColumnSpec[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.numFmt ? { numFmt: column.numFmt } : {},
  }));
  const header = sheet.getRow(1);
  header.eachCell((cell) => {
    cell.style = headerStyle;
  });
  header.commit();
  return sheet;
}

function lastColumn(count: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + count - 1);
}

// Sums for display are rounded once, at the end.
const round2 = (value: number) => Math.round(value * 100) / 100;

function writeOverview(workbook: ExcelJS.stream.xlsx.WorkbookWriter, rows: ProjectBalance[]) {
  const columns: ColumnSpec[] = [
    { header: 'Project', width: 36 },
    { header: 'Customer', width: 30 },
    { header: 'Batch', width: 16 },
    { header: 'Ordered (h)', width: 12, numFmt: hoursFormat },
    { header: 'Delivered (h)', width: 13, numFmt: hoursFormat },
    { header: 'Remaining (h)', width: 14, numFmt: hoursFormat },
    { header: 'Status', width: 14 },
  ];
  const sheet = startSheet(workbook, 'Overview', columns);

  const totals = { ordered: 0, delivered: 0, remaining: 0 };
  for (const balance of rows) {
    const row = sheet.addRow([
      balance.projectName,
      balance.customer?.name ?? null,
      balance.batch?.orderName ?? null,
      balance.ordered,
      balance.delivered,
      balance.remaining,
      statusLabels[balance.status],
    ]);
    const fill = statusFill(balance.status);
    if (fill) {
      row.getCell(6).fill = fill;
      row.getCell(7).fill = fill;
    }
    row.commit();
    totals.ordered += balance.ordered;
    totals.delivered += balance.delivered;
    totals.remaining += balance.remaining;
  }

  // The filter stops above the totals, so sorting keeps the totals row last.
  sheet.autoFilter = `A1:${lastColumn(columns.length)}${rows.length + 1}`;
  const total = sheet.addRow([
    'Total',
    null,
    null,
    round2(totals.ordered),
    round2(totals.delivered),
    round2(totals.remaining),
  ]);
  total.eachCell((cell) => {
    cell.font = totalStyle.font ?? {};
  });
  total.commit();
  sheet.commit();
}

async function writeTickets(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  pages: AsyncIterable<TicketRow[]>,
): Promise<number> {
  const columns: ColumnSpec[] = [
    { header: 'Project', width: 36 },
    { header: 'Ticket', width: 48 },
    { header: 'Stage', width: 16 },
    { header: 'Current or past', width: 16 },
    { header: 'Hours spent', width: 12, numFmt: hoursFormat },
    { header: 'Batch', width: 16 },
  ];
  const sheet = startSheet(workbook, 'Tickets', columns);

  let count = 0;
  for await (const page of pages) {
    for (const ticket of page) {
      sheet
        .addRow([
          ticket.project,
          ticket.ticket,
          ticket.stage ?? null,
          ticket.closed ? 'Past' : 'Current',
          ticket.hoursSpent,
          ticket.batch ?? null,
        ])
        .commit();
      count++;
    }
  }
  sheet.autoFilter = `A1:${lastColumn(columns.length)}${count + 1}`;
  sheet.commit();
  return count;
}

/** A calendar date as the Date Excel shows as that day (exceljs writes dates in UTC). */
function excelDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

async function writeWorkLog(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  pages: AsyncIterable<WorkLogRow[]>,
): Promise<number> {
  const columns: ColumnSpec[] = [
    { header: 'Date', width: 12, numFmt: dateFormat },
    { header: 'Project', width: 36 },
    { header: 'Ticket', width: 40 },
    { header: 'Employee', width: 24 },
    { header: 'Description', width: 60 },
    { header: 'Hours', width: 10, numFmt: hoursFormat },
    { header: 'Batch', width: 16 },
  ];
  const sheet = startSheet(workbook, 'Work log', columns);

  let count = 0;
  for await (const page of pages) {
    for (const entry of page) {
      sheet
        .addRow([
          excelDate(entry.date),
          entry.project,
          entry.ticket ?? null,
          entry.employee ?? null,
          entry.description ?? null,
          entry.hours,
          entry.batch ?? null,
        ])
        .commit();
      count++;
    }
  }
  sheet.autoFilter = `A1:${lastColumn(columns.length)}${count + 1}`;
  sheet.commit();
  return count;
}

/**
 * Streams the wallet workbook (Overview, Tickets, Work log) to `output` and resolves once it
 * is fully written. Every text goes in as a string cell, never as a formula: a description
 * such as `=HYPERLINK("x")` stays that text.
 */
export async function writeWorkbook(
  output: Writable,
  content: WorkbookContent,
): Promise<WorkbookSummary> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Support Wallet';

  writeOverview(workbook, content.overview);
  const tickets = await writeTickets(workbook, content.tickets);
  const workLogRows = await writeWorkLog(workbook, content.workLog);
  await workbook.commit();
  return { projects: content.overview.length, tickets, workLogRows };
}
