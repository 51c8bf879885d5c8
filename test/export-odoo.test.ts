import { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCode } from '../src/errors.js';
import { silentLogger } from '../src/logger.js';
import { connectOdoo } from '../src/odoo/index.js';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import type { WalletDeps } from '../src/wallet/deps.js';
import { type ExportFilter, exportWorkbook } from '../src/wallet/export/index.js';
import { protocols } from './support/wallet-world.js';

const NOW = new Date('2025-03-31T07:00:00Z');

async function exportToWorkbook(deps: WalletDeps, filter: ExportFilter = {}) {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const summary = await exportWorkbook(deps, out, filter);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from([Buffer.concat(chunks)]));
  return { summary, workbook };
}

function columnOf(sheet: ExcelJS.Worksheet | undefined, column: number): unknown[] {
  const values: unknown[] = [];
  sheet?.eachRow((row, index) => {
    if (index > 1) values.push(row.getCell(column).value);
  });
  return values;
}

describe.each(protocols)('the workbook exported from the demo Odoo over %s', (protocol) => {
  let odoo: OdooStandin;
  let deps: WalletDeps;
  let supportTimesheets: number[];

  beforeAll(async () => {
    odoo = await startOdooStandin({ port: 0, data: 'demo', now: NOW });
    const connection = await connectOdoo({ ...odoo.settings, protocol }, silentLogger);
    deps = {
      odoo: connection.client,
      capabilities: connection.capabilities,
      odooUrl: odoo.url,
      clock: () => NOW,
      lowHours: 4,
      logWindowDays: 60,
      logger: silentLogger,
    };
    const [project] = odoo.engine.searchIds('project.project', [['name', '=', 'Globex - Support']]);
    odoo.engine.call({
      uid: 2,
      model: 'account.analytic.line',
      method: 'create',
      params: {
        vals_list: {
          project_id: project,
          employee_id: 1,
          unit_amount: 0.25,
          name: '=HYPERLINK("x")',
          date: '2025-03-30',
        },
      },
    });
    supportTimesheets = odoo.engine.searchIds('account.analytic.line', [
      ['project_id.tag_ids.name', '=', 'Support Tickets'],
    ]);
  });

  afterAll(async () => {
    await odoo.close();
  });

  it('holds every support project, ticket and timesheet', async () => {
    const tasks = odoo.engine.searchIds('project.task', [
      ['project_id.tag_ids.name', '=', 'Support Tickets'],
    ]);

    const { summary, workbook } = await exportToWorkbook(deps);

    expect(summary).toEqual({
      projects: 7,
      tickets: tasks.length,
      workLogRows: supportTimesheets.length,
    });
    expect(workbook.getWorksheet('Overview')?.rowCount).toBe(1 + 7 + 1);
    expect(workbook.getWorksheet('Work log')?.rowCount).toBe(1 + supportTimesheets.length);
  });

  it('reads the work log in date order across small pages, without gaps or repeats', async () => {
    const { workbook } = await exportToWorkbook(deps, { pageSize: 7 });

    const sheet = workbook.getWorksheet('Work log');
    const dates = columnOf(sheet, 1).map((value) => (value instanceof Date ? value.getTime() : 0));
    const hours = columnOf(sheet, 6).reduce<number>((sum, value) => sum + Number(value), 0);
    const expected = supportTimesheets.reduce(
      (sum, id) => sum + Number(odoo.engine.row('account.analytic.line', id)?.unit_amount ?? 0),
      0,
    );

    expect(dates).toHaveLength(supportTimesheets.length);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(hours).toBeCloseTo(expected, 6);
  });

  it('writes a timesheet with its real date, hours as a number and its batch', async () => {
    const { workbook } = await exportToWorkbook(deps, { client: 'Globex' });

    const sheet = workbook.getWorksheet('Work log');
    let hostile: ExcelJS.Row | undefined;
    sheet?.eachRow((row) => {
      if (row.getCell(5).value === '=HYPERLINK("x")') hostile = row;
    });

    expect(hostile?.getCell(1).value).toEqual(new Date('2025-03-30T00:00:00Z'));
    expect(hostile?.getCell(2).value).toBe('Globex - Support');
    expect(hostile?.getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(hostile?.getCell(6).value).toBe(0.25);
    expect(hostile?.getCell(7).value).toMatch(/^S\d+$/);
  });

  it('keeps to one client when asked', async () => {
    const { summary, workbook } = await exportToWorkbook(deps, { client: 'initech' });

    const projects = new Set(columnOf(workbook.getWorksheet('Work log'), 2));

    expect(summary.projects).toBe(1);
    expect([...projects]).toEqual(['Initech - Support']);
    expect(columnOf(workbook.getWorksheet('Overview'), 7)).toEqual(['Needs reload', null]);
  });

  it('refuses a client that matches no support project', async () => {
    const failure = await exportToWorkbook(deps, { client: 'Nobody Inc' }).catch((e) => e);

    expect(hasCode(failure, 'not_found')).toBe(true);
  });
});
