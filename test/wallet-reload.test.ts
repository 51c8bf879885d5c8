import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ConflictError, ValidationError } from '../src/errors.js';
import type { ReloadProgress } from '../src/wallet/types.js';
import { protocols, Seeder, startWorld, type WalletWorld } from './support/wallet-world.js';

const many2one = z.union([z.tuple([z.number(), z.string()]), z.literal(false)]);
const taskLine = z.object({ id: z.number(), sale_line_id: many2one });
const carryFields = z.object({
  id: z.number(),
  name: z.string(),
  unit_amount: z.number(),
  is_so_line_edited: z.boolean(),
  task_id: many2one,
});
const noteFields = z.object({ id: z.number(), body: z.union([z.string(), z.literal(false)]) });

let world: WalletWorld;
let seed: Seeder;

/** Old batch of 8 h with 10 h delivered on one task; a new confirmed batch of 8 h. */
async function indebtedProject() {
  const customer = await seed.customer('Initech');
  const oldLine = await seed.batch(customer, 8);
  const newLine = await seed.batch(customer, 8);
  const project = await seed.project('Initech - Support', customer, oldLine);
  const task = await seed.task(project, 'Printer on fire');
  const history = [
    await seed.timesheet(project, task, 4, '2026-03-02'),
    await seed.timesheet(project, task, 4, '2026-03-03'),
    await seed.timesheet(project, task, 2, '2026-03-04'),
  ];
  return { customer, oldLine, newLine, project, task, history };
}

describe.each(protocols)('guarded batch reload over %s', (protocol) => {
  beforeEach(async () => {
    world = await startWorld({ protocol });
    seed = new Seeder(world.odoo);
  });

  afterEach(async () => {
    await world.close();
  });

  it('keeps history on the old batch and starts the new one with the debt', async () => {
    const { oldLine, newLine, project, task, history } = await indebtedProject();
    expect(await seed.delivered(oldLine, newLine)).toEqual([10, 0]);

    const plan = await world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'Lena Lead',
    });
    const result = await world.service.executeReload(plan);

    expect(plan.carryOver).toBe(2);
    expect(plan.newStartingBalance).toBe(6);
    expect(result.oldDelivered).toBe(10);
    expect(result.newDelivered).toBe(2);
    expect(await seed.delivered(oldLine, newLine)).toEqual([10, 2]);
    expect(await seed.linesOf(...history)).toEqual([oldLine, oldLine, oldLine]);

    const later = await world.service.logTime({
      userEmail: 'admin@example.com',
      taskId: task,
      duration: '1:30',
      description: 'after the reload',
    });
    expect(await seed.linesOf(later.timesheetId)).toEqual([newLine]);
    expect(await seed.delivered(oldLine, newLine)).toEqual([10, 3.5]);
    expect(later.balanceAfter.remaining).toBe(4.5);
  });

  it('shows the plan without writing anything', async () => {
    const { oldLine, newLine, project, task, history } = await indebtedProject();
    world.standin.calls.reset();

    const plan = await world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'Lena Lead',
    });

    const writes = world.standin.calls.list.filter((c) =>
      ['create', 'write', 'unlink', 'message_post', 'action_confirm'].includes(c.method),
    );
    expect(writes).toEqual([]);
    expect(plan.oldBatch).toMatchObject({
      lineId: oldLine,
      ordered: 8,
      delivered: 10,
      remaining: -2,
    });
    expect(plan.newBatch).toMatchObject({ lineId: newLine, ordered: 8, delivered: 0 });
    expect(plan.taskIdsToMigrate).toEqual([task]);
    expect([...plan.timesheetIdsToLock].sort()).toEqual([...history].sort());
    expect(plan.serverLockModule).toBe(false);
    expect(plan.resuming).toBe(false);
  });

  it('reports each step, migrates open tasks only and leaves closed ones', async () => {
    const { newLine, oldLine, project, task } = await indebtedProject();
    const closed = await seed.task(project, 'Old closed ticket', { state: '1_done' });
    const steps: ReloadProgress[] = [];

    const plan = await world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'x',
    });
    await world.service.executeReload(plan, (progress) => steps.push(progress));

    expect(steps.filter((s) => s.state !== 'started').map((s) => [s.step, s.state])).toEqual([
      ['lock', 'done'],
      ['carry_over', 'done'],
      ['project', 'done'],
      ['tasks', 'done'],
      ['verify', 'done'],
      ['record', 'done'],
    ]);
    const tasks = await world.odoo.read('project.task', [task, closed], taskLine);
    expect(tasks.map((t) => t.sale_line_id)).toEqual([
      expect.arrayContaining([newLine]),
      expect.arrayContaining([oldLine]),
    ]);
  });

  it('puts the debt on an adjustment task naming the old batch, and notes it', async () => {
    const { newLine, project } = await indebtedProject();

    const plan = await world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'Lena Lead',
    });
    const result = await world.service.executeReload(plan);

    const [carry] = await world.odoo.read(
      'account.analytic.line',
      [result.carryOverTimesheetId ?? 0],
      carryFields,
    );
    expect(carry).toMatchObject({ unit_amount: 2, is_so_line_edited: true });
    expect(carry?.name).toContain(plan.oldBatch.orderName);
    expect(carry?.task_id).toEqual([expect.any(Number), '[Adjustment] Balance carry-over']);
    const notes = await world.odoo.searchRead(
      'mail.message',
      [
        ['model', '=', 'project.project'],
        ['res_id', '=', project],
      ],
      noteFields,
      { order: 'id asc' },
    );
    const record = notes.at(-1)?.body ?? '';
    expect(record).toContain('Lena Lead');
    expect(record).toContain(`${plan.oldBatch.orderName} (line ${plan.oldBatch.lineId})`);
    expect(record).toContain('10.00 h delivered');
  });

  it('adds no carry-over when the old batch is not in debt', async () => {
    const customer = await seed.customer('Globex');
    const oldLine = await seed.batch(customer, 10);
    const newLine = await seed.batch(customer, 10);
    const project = await seed.project('Globex - Support', customer, oldLine);
    await seed.timesheet(project, await seed.task(project, 'T'), 7.5);

    const plan = await world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'x',
    });
    const result = await world.service.executeReload(plan);

    expect(plan.carryOver).toBe(0);
    expect(result.carryOverTimesheetId).toBeNull();
    expect(await seed.delivered(oldLine, newLine)).toEqual([7.5, 0]);
  });

  it('refuses the line the project already uses', async () => {
    const { oldLine, project } = await indebtedProject();

    const refusal = world.service.planReload({
      projectId: project,
      newLineId: oldLine,
      requestedBy: 'x',
    });

    await expect(refusal).rejects.toThrow(ValidationError);
    await expect(refusal).rejects.toThrow(/already uses this batch/);
  });

  it("refuses another customer's line", async () => {
    const { project } = await indebtedProject();
    const other = await seed.batch(await seed.customer('Globex'), 10);

    const refusal = world.service.planReload({
      projectId: project,
      newLineId: other,
      requestedBy: 'x',
    });

    await expect(refusal).rejects.toThrow(/sold to Globex, not to this customer/);
  });

  it('refuses a line whose order is not confirmed', async () => {
    const { customer, project } = await indebtedProject();
    const draft = await seed.batch(customer, 10, { confirm: false });

    const refusal = world.service.planReload({
      projectId: project,
      newLineId: draft,
      requestedBy: 'x',
    });

    await expect(refusal).rejects.toThrow(/not confirmed/);
  });

  it('refuses a line that is not a prepaid time product', async () => {
    const { customer, project } = await indebtedProject();
    const consultancy = await seed.create('product.product', {
      name: 'Consultancy',
      type: 'service',
      invoice_policy: 'delivery',
      service_type: 'timesheet',
      uom_id: 4,
    });
    const line = await seed.batch(customer, 10, { product: consultancy });

    const refusal = world.service.planReload({
      projectId: project,
      newLineId: line,
      requestedBy: 'x',
    });

    await expect(refusal).rejects.toThrow(/not a prepaid time product/);
  });

  it('refuses a second reload of the same project while one runs', async () => {
    const { newLine, project } = await indebtedProject();
    const plan = await world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'x',
    });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const remove = world.standin.onCall(async (call) => {
      if (call.model === 'account.analytic.line' && call.method === 'write') await gate;
    });

    const first = world.service.executeReload(plan);
    await vi.waitFor(() =>
      expect(world.standin.calls.count('account.analytic.line', 'write')).toBe(1),
    );
    const second = world.service.executeReload(plan);
    const replan = world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'y',
    });

    await expect(second).rejects.toThrow(ConflictError);
    await expect(replan).rejects.toThrow(/already running/);
    release();
    remove();
    await expect(first).resolves.toMatchObject({ newDelivered: 2 });
  });

  it('refuses a project without a batch', async () => {
    const customer = await seed.customer('Stark');
    const line = await seed.batch(customer, 10);
    const project = await seed.project('Stark - Support', customer, false);

    const refusal = world.service.planReload({
      projectId: project,
      newLineId: line,
      requestedBy: 'x',
    });

    await expect(refusal).rejects.toThrow(/has no batch yet/);
  });
});
