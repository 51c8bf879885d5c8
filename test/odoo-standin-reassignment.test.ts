import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { kw } from './standin-rpc.js';

let odoo: OdooStandin;
let product: number;

beforeAll(async () => {
  odoo = await startOdooStandin({ now: new Date('2026-12-04T10:00:00Z') });
  const found = (await kw(odoo, 'product.product', 'search', [
    [['name', '=', 'Support Hour']],
  ])) as number[];
  product = found[0] ?? 0;
});

afterAll(async () => {
  await odoo.close();
});

async function batch(partner: number, hours: number): Promise<number> {
  const order = await kw(odoo, 'sale.order', 'create', [
    { partner_id: partner, order_line: [[0, 0, { product_id: product, product_uom_qty: hours }]] },
  ]);
  await kw(odoo, 'sale.order', 'action_confirm', [[order]]);
  const [row] = (await kw(odoo, 'sale.order', 'read', [[order]], {
    fields: ['order_line'],
  })) as Array<{
    order_line: number[];
  }>;
  return row?.order_line[0] ?? 0;
}

async function delivered(...lines: number[]): Promise<number[]> {
  const rows = (await kw(odoo, 'sale.order.line', 'read', [lines], {
    fields: ['qty_delivered'],
  })) as Array<{ id: number; qty_delivered: number }>;
  return lines.map((id) => rows.find((row) => row.id === id)?.qty_delivered ?? Number.NaN);
}

async function soLines(timesheets: number[]): Promise<Array<number | false>> {
  const rows = (await kw(odoo, 'account.analytic.line', 'read', [timesheets], {
    fields: ['so_line'],
  })) as Array<{ id: number; so_line: [number, string] | false }>;
  return timesheets.map((id) => {
    const line = rows.find((row) => row.id === id)?.so_line;
    return line ? line[0] : false;
  });
}

/** Two 8 h batches; 4 + 4 + 2 h on a task and 1 h on the project without a task. */
async function setUp(name: string) {
  const partner = (await kw(odoo, 'res.partner', 'create', [{ name, is_company: true }])) as number;
  const oldLine = await batch(partner, 8);
  const project = (await kw(odoo, 'project.project', 'create', [
    { name, partner_id: partner, allow_billable: true, sale_line_id: oldLine },
  ])) as number;
  const task = (await kw(odoo, 'project.task', 'create', [
    { name: 'Ticket', project_id: project },
  ])) as number;
  const timesheets: number[] = [];
  for (const hours of [4, 4, 2]) {
    timesheets.push(
      (await kw(odoo, 'account.analytic.line', 'create', [
        {
          project_id: project,
          task_id: task,
          unit_amount: hours,
          employee_id: 1,
          date: '2026-11-02',
        },
      ])) as number,
    );
  }
  const projectLevel = (await kw(odoo, 'account.analytic.line', 'create', [
    { project_id: project, unit_amount: 1, employee_id: 1, date: '2026-11-05' },
  ])) as number;
  timesheets.push(projectLevel);
  const newLine = await batch(partner, 8);
  return { project, task, oldLine, newLine, timesheets, projectLevel };
}

describe('moving a support project to a new batch, as sale_timesheet recomputes so_line', () => {
  it('moves unlocked history to the new batch, task-less entries at the switch', async () => {
    const s = await setUp('Unguarded Co');
    const before = await delivered(s.oldLine);

    await kw(odoo, 'project.project', 'write', [[s.project], { sale_line_id: s.newLine }]);
    const afterProject = await delivered(s.oldLine, s.newLine);
    const projectLevelLine = (await soLines([s.projectLevel]))[0];
    await kw(odoo, 'project.task', 'write', [[s.task], { sale_line_id: s.newLine }]);
    const afterTask = await delivered(s.oldLine, s.newLine);
    const [old] = (await kw(odoo, 'sale.order.line', 'read', [[s.oldLine]], {
      fields: ['remaining_hours'],
    })) as Array<{ remaining_hours: number }>;

    expect(before).toEqual([11]);
    expect(afterProject).toEqual([10, 1]);
    expect(projectLevelLine).toBe(s.newLine);
    expect(afterTask).toEqual([0, 11]);
    expect(old?.remaining_hours).toBe(8);
  });

  it('keeps locked history on the old batch while new entries land on the new one', async () => {
    const s = await setUp('Guarded Co');
    await kw(odoo, 'account.analytic.line', 'write', [s.timesheets, { is_so_line_edited: true }]);

    await kw(odoo, 'project.project', 'write', [[s.project], { sale_line_id: s.newLine }]);
    const afterProject = await delivered(s.oldLine, s.newLine);
    await kw(odoo, 'project.task', 'write', [[s.task], { sale_line_id: s.newLine }]);
    const afterTask = await delivered(s.oldLine, s.newLine);
    const entry = (await kw(odoo, 'account.analytic.line', 'create', [
      { project_id: s.project, task_id: s.task, unit_amount: 0.5, employee_id: 1 },
    ])) as number;

    expect(afterProject).toEqual([11, 0]);
    expect(afterTask).toEqual([11, 0]);
    expect(await soLines(s.timesheets)).toEqual([s.oldLine, s.oldLine, s.oldLine, s.oldLine]);
    expect(await soLines([entry])).toEqual([s.newLine]);
    expect(await delivered(s.oldLine, s.newLine)).toEqual([11, 0.5]);
  });

  it('keeps a new task on the project batch it was created under', async () => {
    const s = await setUp('Inherit Co');

    const [task] = (await kw(odoo, 'project.task', 'read', [[s.task]], {
      fields: ['sale_line_id'],
    })) as Array<{ sale_line_id: [number, string] }>;
    await kw(odoo, 'project.project', 'write', [[s.project], { sale_line_id: s.newLine }]);
    const [after] = (await kw(odoo, 'project.task', 'read', [[s.task]], {
      fields: ['sale_line_id'],
    })) as Array<{ sale_line_id: [number, string] }>;

    expect(task?.sale_line_id[0]).toBe(s.oldLine);
    expect(after?.sale_line_id[0]).toBe(s.oldLine);
  });

  it('unlinks history from any batch when the project stops being billable', async () => {
    const s = await setUp('Unbillable Co');

    await kw(odoo, 'project.project', 'write', [[s.project], { allow_billable: false }]);

    expect(await soLines(s.timesheets)).toEqual([false, false, false, false]);
    expect(await delivered(s.oldLine)).toEqual([0]);
  });
});

describe('with the strictbase_task_sol_lock server module installed', () => {
  it('keeps task history on the old batch but still moves the task-less entry', async () => {
    const locked = await startOdooStandin({ lockModule: true });
    const previous = odoo;
    odoo = locked;
    try {
      const s = await setUp('Locked Co');
      const modules = await kw(
        odoo,
        'ir.module.module',
        'search_read',
        [[['name', '=', 'strictbase_task_sol_lock']]],
        { fields: ['state'] },
      );

      await kw(odoo, 'project.project', 'write', [[s.project], { sale_line_id: s.newLine }]);
      await kw(odoo, 'project.task', 'write', [[s.task], { sale_line_id: s.newLine }]);

      expect(modules).toMatchObject([{ state: 'installed' }]);
      expect(await delivered(s.oldLine, s.newLine)).toEqual([10, 1]);
      expect(await soLines(s.timesheets)).toEqual([s.oldLine, s.oldLine, s.oldLine, s.newLine]);
    } finally {
      odoo = previous;
      await locked.close();
    }
  });
});
