import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { protocols, Seeder, startWorld, type WalletWorld } from './support/wallet-world.js';

let world: WalletWorld;
let seed: Seeder;

async function reloadedProject() {
  const customer = await seed.customer('Umbrella');
  const oldLine = await seed.batch(customer, 10);
  const newLine = await seed.batch(customer, 10);
  const project = await seed.project('Umbrella - Support', customer, oldLine);
  const task = await seed.task(project, 'Ticket');
  await seed.timesheet(project, task, 4, '2026-03-10');
  const plan = await world.service.planReload({
    projectId: project,
    newLineId: newLine,
    requestedBy: 'x',
  });
  await world.service.executeReload(plan);
  return { customer, oldLine, newLine, project, task };
}

describe.each(protocols)('audit over %s', (protocol) => {
  beforeEach(async () => {
    world = await startWorld({ protocol });
    seed = new Seeder(world.odoo);
  });

  afterEach(async () => {
    await world.close();
  });

  it('finds nothing wrong after a guarded reload', async () => {
    const { project } = await reloadedProject();

    const report = await world.service.audit(project);

    expect(report).toEqual({ serverLockModule: false, findings: [] });
  });

  it('flags an open task still on the old batch', async () => {
    const { project, oldLine } = await reloadedProject();
    const stale = await seed.task(project, 'Forgotten', { sale_line_id: oldLine });

    const report = await world.service.audit(project);

    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'open_task_on_old_batch',
        projectId: project,
        recordIds: [stale],
      }),
    ]);
  });

  it('flags timesheets on a batch the project never pointed at', async () => {
    const { project, customer, task } = await reloadedProject();
    const stray = await seed.batch(customer, 5);
    const wrong = await seed.timesheet(project, task, 1, '2026-03-10');
    await world.odoo.write('account.analytic.line', [wrong], {
      so_line: stray,
      is_so_line_edited: true,
    });

    const report = await world.service.audit(project);

    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'timesheet_on_foreign_batch', recordIds: [wrong] }),
    );
  });

  it('flags timesheets dated before their batch was confirmed', async () => {
    const customer = await seed.customer('Hooli');
    const line = await seed.batch(customer, 10);
    const project = await seed.project('Hooli - Support', customer, line);
    const early = await seed.timesheet(project, false, 1, '2026-03-01');
    await seed.timesheet(project, false, 1, '2026-03-10');

    const report = await world.service.audit();

    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'timesheet_before_batch',
        projectId: project,
        recordIds: [early],
      }),
    ]);
  });

  it('flags a batch whose delivered hours exceed its own timesheets', async () => {
    const customer = await seed.customer('Globex');
    const product = await seed.create('product.product', {
      name: 'Support Hour (manual)',
      type: 'service',
      invoice_policy: 'order',
      service_type: 'manual',
      uom_id: 4,
    });
    const line = await seed.batch(customer, 10, { product });
    // Delivered hours typed by hand, as on a manually delivered line; not writable over RPC.
    const table = world.standin.engine.table('sale.order.line');
    const row = world.standin.engine.row('sale.order.line', line);
    if (row) table.set(row, 'qty_delivered', 6);
    const project = await seed.project('Globex - Support', customer, line);
    await seed.timesheet(project, false, 2, '2026-03-10');

    const report = await world.service.audit(project);

    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'batch_over_delivered', recordIds: [line] }),
    );
  });

  it('says whether the server lock module is installed', async () => {
    await world.close();
    world = await startWorld({ protocol, lockModule: true });

    const report = await world.service.audit();

    expect(report.serverLockModule).toBe(true);
  });
});
