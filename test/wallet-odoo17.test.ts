import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Seeder, startWorld, type WalletWorld } from './support/wallet-world.js';

describe('the wallet on Odoo 17 (no templates, no is_closed, only read_group)', () => {
  let world: WalletWorld;

  beforeAll(async () => {
    world = await startWorld({ data: 'demo', version: '17.0' });
  });

  afterAll(async () => {
    await world.close();
  });

  it('lists the same balances as on 19', async () => {
    const balances = await world.service.balances();

    expect(balances.map((b) => [b.projectName, b.status])).toEqual([
      ['Initech - Support', 'debt'],
      ['Stark Industries - Support', 'no_batch'],
      ['Globex - Support', 'low'],
      ['Hooli - Support', 'low'],
      ['Acme Corp - Support', 'ok'],
      ['Umbrella Health - Support', 'ok'],
      ['Wayne Enterprises - Support', 'ok'],
    ]);
  });

  it('refuses time on a closed task and reloads with the carry-over', async () => {
    const seed = new Seeder(world.odoo);
    const [initech] = await world.service.balances({ client: 'Initech' });
    const projectId = initech?.projectId ?? 0;
    const done = await seed.task(projectId, 'Closed on 17', { state: '1_done' });
    const customer = initech?.customer?.id ?? 0;
    const newLine = await seed.batch(customer, 10);

    const closed = await world.service
      .logTime({ userEmail: 'alice@example.com', taskId: done, duration: '1', description: 'x' })
      .catch((error: unknown) => error);
    const plan = await world.service.planReload({
      projectId,
      newLineId: newLine,
      requestedBy: 'x',
    });
    const result = await world.service.executeReload(plan);
    const report = await world.service.audit(projectId);

    expect(String(closed)).toMatch(/is closed/);
    expect([result.oldDelivered, result.newDelivered]).toEqual([12.5, 2.5]);
    expect(report.findings.filter((f) => f.kind !== 'timesheet_before_batch')).toEqual([]);
  });
});
