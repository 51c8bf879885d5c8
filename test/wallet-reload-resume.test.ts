import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { protocols, Seeder, startWorld, type WalletWorld } from './support/wallet-world.js';

let world: WalletWorld;
let seed: Seeder;

const request = (projectId: number, newLineId: number) => ({
  projectId,
  newLineId,
  requestedBy: 'Lena <Lead> & co',
});

/** Old batch 8 h with 10.5 h delivered (2.5 h owed); new batch 8 h. */
async function arrange() {
  const customer = await seed.customer('Initech');
  const oldLine = await seed.batch(customer, 8);
  const newLine = await seed.batch(customer, 8);
  const project = await seed.project('Initech - Support', customer, oldLine);
  const open = await seed.task(project, 'Open ticket');
  await seed.timesheet(project, open, 10.5);
  return { oldLine, newLine, project, open };
}

async function carryOvers(newLine: number) {
  const rows = await world.odoo.searchRead(
    'account.analytic.line',
    [
      ['so_line', '=', newLine],
      ['name', 'ilike', 'carry-over'],
    ],
    z.object({ id: z.number(), unit_amount: z.number(), name: z.string() }),
    { order: 'id asc' },
  );
  return rows.map((row) => ({ hours: row.unit_amount, topUp: row.name.endsWith('(top-up)') }));
}

async function notes(project: number) {
  const rows = await world.odoo.searchRead(
    'mail.message',
    [
      ['model', '=', 'project.project'],
      ['res_id', '=', project],
      ['body', 'ilike', 'wallet-reload:'],
    ],
    z.object({ id: z.number(), body: z.string() }),
    { order: 'id asc' },
  );
  return rows.map((row) => row.body);
}

describe.each(protocols)('resuming a reload over %s', (protocol) => {
  beforeEach(async () => {
    world = await startWorld({ protocol });
    seed = new Seeder(world.odoo);
  });

  afterEach(async () => {
    await world.close();
  });

  it('tops up the carry-over with debt logged after an interrupted run', async () => {
    const { oldLine, newLine, project, open } = await arrange();
    const first = await world.service.planReload(request(project, newLine));
    const remove = world.standin.onCall((call) => {
      if (call.model === 'project.project' && call.method === 'write') throw new Error('down');
    });
    await expect(world.service.executeReload(first)).rejects.toThrow();
    remove();
    await seed.timesheet(project, open, 1);

    const again = await world.service.planReload(request(project, newLine));
    const result = await world.service.executeReload(again);

    expect(again.carryOver).toBe(3.5);
    expect(again.newStartingBalance).toBe(4.5);
    expect(result.newDelivered).toBe(3.5);
    expect(await seed.delivered(oldLine, newLine)).toEqual([11.5, 3.5]);
    expect(await carryOvers(newLine)).toEqual([
      { hours: 2.5, topUp: false },
      { hours: 1, topUp: true },
    ]);
  });

  it('replaying a finished plan writes nothing and says it is already done', async () => {
    const { newLine, project } = await arrange();
    const plan = await world.service.planReload(request(project, newLine));
    await world.service.executeReload(plan);
    const before = await notes(project);

    const replay = await world.service.executeReload(plan);

    expect(replay.alreadyDone).toBe(true);
    expect(replay.newDelivered).toBe(2.5);
    expect(await notes(project)).toEqual(before);
    expect(await carryOvers(newLine)).toEqual([{ hours: 2.5, topUp: false }]);
  });

  it('posts the chatter notes as escaped HTML paragraphs', async () => {
    const { newLine, project } = await arrange();
    const plan = await world.service.planReload(request(project, newLine));

    await world.service.executeReload(plan);

    const [start, done] = await notes(project);
    expect(start).toMatch(/^<p>Batch reload started by Lena &lt;Lead&gt; &amp; co: .*<\/p>$/);
    expect(done).toContain('<br>Carried over: 2.50 h. S00002: 8.00 h ordered, 2.50 h delivered');
    expect(done).not.toContain('\n');
  });
});
