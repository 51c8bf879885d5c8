import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketRow, WorkLogRow } from '../src/wallet/export/rows.js';
import { statusColours } from '../src/wallet/export/style.js';
import { writeWorkbook } from '../src/wallet/export/workbook.js';
import type { ProjectBalance } from '../src/wallet/types.js';

function balance(name: string, remaining: number, status: ProjectBalance['status']) {
  const ordered = 10;
  return {
    projectId: name.length,
    projectName: name,
    customer: { id: 7, name: `${name} Ltd` },
    batch: null,
    ordered,
    delivered: ordered - remaining,
    remaining,
    status,
    url: `http://odoo.test/odoo/project/${name.length}`,
  } satisfies ProjectBalance;
}

async function* pages<T>(...chunks: T[][]): AsyncIterable<T[]> {
  for (const chunk of chunks) yield chunk;
}

// The named entry of a zip archive, found through the central directory.
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra;
  }
  throw new Error(`${name} is not in the archive`);
}

const tickets: TicketRow[] = [
  {
    project: 'Acme Support',
    ticket: 'Login fails',
    stage: 'Done',
    closed: true,
    hoursSpent: 2.5,
    batch: 'S00012',
  },
  {
    project: 'Acme Support',
    ticket: 'Export',
    stage: 'New',
    closed: false,
    hoursSpent: 0,
    batch: null,
  },
];

const workLog: WorkLogRow[] = [
  {
    date: '2025-03-03',
    project: 'Acme Support',
    ticket: 'Login fails',
    employee: 'Ann',
    description: 'Reset tokens',
    hours: 1.25,
    batch: 'S00012',
  },
  {
    date: '2025-03-04',
    project: 'Acme Support',
    ticket: null,
    employee: 'Bob',
    description: '=HYPERLINK("x")',
    hours: 0.5,
    batch: 'S00012',
  },
  {
    date: '2025-03-05',
    project: 'Acme Support',
    ticket: null,
    employee: 'Bob',
    description: '+1 call',
    hours: 0.25,
    batch: null,
  },
  {
    date: '2025-03-05',
    project: 'Acme Support',
    ticket: null,
    employee: 'Bob',
    description: '@mention -2',
    hours: 0.25,
    batch: null,
  },
  {
    date: '2025-03-06',
    project: 'Acme Support',
    ticket: null,
    employee: 'Bob',
    description: '\tSUM(A1)',
    hours: 0.25,
    batch: null,
  },
];

describe('the wallet workbook', () => {
  let dir: string;
  let path: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wallet-export-'));
    path = join(dir, 'wallet.xlsx');
    const overview = [
      balance('Acme Support', -2, 'debt'),
      balance('Beta Support', 3, 'low'),
      balance('Gamma Support', 8.5, 'ok'),
    ];
    await writeWorkbook(createWriteStream(path), {
      overview,
      tickets: pages(tickets.slice(0, 1), tickets.slice(1)),
      workLog: pages(workLog.slice(0, 2), workLog.slice(2)),
    });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function readBack() {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return workbook;
  }

  it('holds the three sheets with their headers', async () => {
    const workbook = await readBack();

    const names = workbook.worksheets.map((sheet) => sheet.name);
    const headers = workbook.worksheets.map((sheet) => sheet.getRow(1).values);

    expect(names).toEqual(['Overview', 'Tickets', 'Work log']);
    expect(headers[0]).toEqual([
      undefined,
      'Project',
      'Customer',
      'Batch',
      'Ordered (h)',
      'Delivered (h)',
      'Remaining (h)',
      'Status',
    ]);
    expect(headers[1]).toEqual([
      undefined,
      'Project',
      'Ticket',
      'Stage',
      'Current or past',
      'Hours spent',
      'Batch',
    ]);
    expect(headers[2]).toEqual([
      undefined,
      'Date',
      'Project',
      'Ticket',
      'Employee',
      'Description',
      'Hours',
      'Batch',
    ]);
  });

  it('colours the status of projects in debt red and of low projects yellow', async () => {
    const sheet = (await readBack()).getWorksheet('Overview');

    const fillOf = (row: number) => {
      const fill = sheet?.getRow(row).getCell(7).fill;
      return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
    };

    expect(sheet?.getRow(2).getCell(7).value).toBe('Needs reload');
    expect(fillOf(2)).toBe(statusColours.debt);
    expect(fillOf(3)).toBe(statusColours.low);
    expect(fillOf(4)).toBeUndefined();
  });

  it('ends the overview with totals, a frozen header, a filter and hour formats', async () => {
    const sheet = (await readBack()).getWorksheet('Overview');

    const totals = sheet?.getRow(5).values;

    expect(totals).toEqual([undefined, 'Total', undefined, undefined, 30, 20.5, 9.5]);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBe('A1:G4');
    expect(sheet?.getRow(2).getCell(6).numFmt).toBe('0.00');
  });

  it('lists tickets as current or past with the hours spent', async () => {
    const sheet = (await readBack()).getWorksheet('Tickets');

    const first = sheet?.getRow(2).values;
    const second = sheet?.getRow(3).values;

    expect(first).toEqual([
      undefined,
      'Acme Support',
      'Login fails',
      'Done',
      'Past',
      2.5,
      'S00012',
    ]);
    expect(second).toEqual([undefined, 'Acme Support', 'Export', 'New', 'Current', 0]);
  });

  it('writes work-log dates as real dates and hours as numbers', async () => {
    const sheet = (await readBack()).getWorksheet('Work log');

    const row = sheet?.getRow(2);

    expect(row?.getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect(row?.getCell(1).value).toEqual(new Date('2025-03-03T00:00:00Z'));
    expect(row?.getCell(1).numFmt).toBe('yyyy-mm-dd');
    expect(row?.getCell(6).type).toBe(ExcelJS.ValueType.Number);
    expect(row?.getCell(6).value).toBe(1.25);
    expect(row?.getCell(7).value).toBe('S00012');
    expect(sheet?.rowCount).toBe(workLog.length + 1);
  });

  it('keeps text that looks like a formula as plain text', async () => {
    const sheet = (await readBack()).getWorksheet('Work log');
    const xml = zipEntry(await readFile(path), 'xl/worksheets/sheet3.xml');

    const cells = [2, 3, 4, 5].map((row) => sheet?.getRow(row + 1).getCell(5));

    expect(cells.map((cell) => cell?.type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(cells[0]?.value).toBe('=HYPERLINK("x")');
    expect(cells[1]?.value).toBe('+1 call');
    expect(xml).toContain('=HYPERLINK(&quot;x&quot;)');
    expect(xml).not.toMatch(/<f[ >]/);
  });
});
