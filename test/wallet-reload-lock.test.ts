import { afterEach, describe, expect, it } from 'vitest';
import {
  type Protocol,
  protocols,
  Seeder,
  startWorld,
  type WalletWorld,
} from './support/wallet-world.js';

let world: WalletWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function projectWithTasklessTime(protocol: Protocol, lockModule: boolean) {
  world = await startWorld({ protocol, lockModule });
  const seed = new Seeder(world.odoo);
  const customer = await seed.customer('Hooli');
  const oldLine = await seed.batch(customer, 12);
  const newLine = await seed.batch(customer, 12);
  const project = await seed.project('Hooli - Support', customer, oldLine);
  const task = await seed.task(project, 'Ticket');
  const onTask = await seed.timesheet(project, task, 3);
  const onProject = await seed.timesheet(project, false, 2);
  return { world, seed, oldLine, newLine, project, task, onTask, onProject };
}

describe.each(protocols)('timesheets logged on the project without a task over %s', (protocol) => {
  it('move to the new batch when the project is switched without the lock', async () => {
    const { world, seed, oldLine, newLine, project, onTask, onProject } =
      await projectWithTasklessTime(protocol, false);

    await world.odoo.write('project.project', [project], { sale_line_id: newLine });

    expect(await seed.linesOf(onTask, onProject)).toEqual([oldLine, newLine]);
    expect(await seed.delivered(oldLine, newLine)).toEqual([3, 2]);
  });

  it('keep their batch through a guarded reload', async () => {
    const { world, seed, oldLine, newLine, project, onTask, onProject } =
      await projectWithTasklessTime(protocol, false);

    const plan = await world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'x',
    });
    await world.service.executeReload(plan);

    expect(plan.timesheetIdsToLock).toContain(onProject);
    expect(await seed.linesOf(onTask, onProject)).toEqual([oldLine, oldLine]);
    expect(await seed.locked(onTask, onProject)).toEqual([true, true]);
    expect(await seed.delivered(oldLine, newLine)).toEqual([5, 0]);
  });

  it('are locked by the reload even where the server lock module is installed', async () => {
    const { world, seed, oldLine, newLine, project, onProject } = await projectWithTasklessTime(
      protocol,
      true,
    );

    const plan = await world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'x',
    });
    await world.service.executeReload(plan);

    expect(plan.serverLockModule).toBe(true);
    expect(await seed.linesOf(onProject)).toEqual([oldLine]);
    expect(await seed.delivered(oldLine, newLine)).toEqual([5, 0]);
  });

  it("skip a live invoice's timesheet but lock one whose invoice was cancelled", async () => {
    const { world, seed, newLine, project, task } = await projectWithTasklessTime(protocol, false);
    const invoiced = await seed.timesheet(project, task, 1);
    const cancelled = await seed.timesheet(project, task, 1);
    const invoice = (state: string) =>
      seed.create('account.move', { move_type: 'out_invoice', state, date: '2026-03-05' });
    await world.odoo.write('account.analytic.line', [invoiced], {
      timesheet_invoice_id: await invoice('posted'),
    });
    await world.odoo.write('account.analytic.line', [cancelled], {
      timesheet_invoice_id: await invoice('cancel'),
    });

    const plan = await world.service.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'x',
    });

    expect(plan.timesheetIdsToLock).not.toContain(invoiced);
    expect(plan.timesheetIdsToLock).toContain(cancelled);
  });
});
