import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../src/odoo-standin/index.js';
import type { WalletService } from '../src/wallet/service.js';
import type { ReloadStep } from '../src/wallet/types.js';
import { protocols, Seeder, startWorld, type WalletWorld } from './support/wallet-world.js';

let world: WalletWorld;
let seed: Seeder;

/** Old batch 8 h with 10 h delivered (one hour of it without a task); new batch 8 h. */
async function arrange() {
  const customer = await seed.customer('Initech');
  const oldLine = await seed.batch(customer, 8);
  const newLine = await seed.batch(customer, 8);
  const project = await seed.project('Initech - Support', customer, oldLine);
  const open = await seed.task(project, 'Open ticket');
  const closed = await seed.task(project, 'Closed ticket', { state: '1_done' });
  const history = [
    await seed.timesheet(project, open, 4),
    await seed.timesheet(project, closed, 5),
    await seed.timesheet(project, false, 1),
  ];
  return { oldLine, newLine, project, open, history };
}

const request = (projectId: number, newLineId: number) => ({
  projectId,
  newLineId,
  requestedBy: 'Lena Lead',
});

async function reload(service: WalletService, projectId: number, newLineId: number) {
  const plan = await service.planReload(request(projectId, newLineId));
  return service.executeReload(plan);
}

/** What an uninterrupted run leaves, and that time logged afterwards lands on the new line. */
async function expectFinished(fixture: Awaited<ReturnType<typeof arrange>>) {
  const { oldLine, newLine, open, history } = fixture;
  expect(await seed.delivered(oldLine, newLine)).toEqual([10, 2]);
  expect(await seed.linesOf(...history)).toEqual([oldLine, oldLine, oldLine]);

  const later = await seed.timesheet(fixture.project, open, 0.5, '2026-03-10');
  expect(await seed.linesOf(later)).toEqual([newLine]);
  expect(await seed.delivered(oldLine, newLine)).toEqual([10, 2.5]);

  const carryOvers = await world.odoo.search('account.analytic.line', [
    ['so_line', '=', newLine],
    ['name', 'ilike', 'carry-over'],
  ]);
  expect(carryOvers).toHaveLength(1);
}

/** Neither line may ever show anything but its before or after figure. */
async function expectNoCorruption(oldLine: number, newLine: number) {
  const [oldDelivered, newDelivered] = await seed.delivered(oldLine, newLine);
  expect(oldDelivered).toBe(10);
  expect([0, 2]).toContain(newDelivered);
}

const isWrite = (call: CallRecord) =>
  call.model !== null && ['create', 'write', 'message_post'].includes(call.method);

describe.each(protocols)('reload interrupted at a step boundary over %s', (protocol) => {
  beforeEach(async () => {
    world = await startWorld({ protocol });
    seed = new Seeder(world.odoo);
  });

  afterEach(async () => {
    await world.close();
  });

  it('an uninterrupted run makes seven writes', async () => {
    const fixture = await arrange();
    world.standin.calls.reset();

    await reload(world.service, fixture.project, fixture.newLine);

    // start note, lock, adjustment task, carry-over, project, tasks, record note
    expect(world.standin.calls.list.filter(isWrite)).toHaveLength(7);
    await expectFinished(fixture);
  });

  it.each([1, 2, 3, 4, 5, 6, 7])(
    'finishes with the same figures when Odoo fails write %i of 7',
    async (failing) => {
      const fixture = await arrange();
      let writes = 0;
      const remove = world.standin.onCall((call) => {
        if (isWrite(call) && ++writes === failing) throw new Error('injected failure');
      });

      await expect(reload(world.service, fixture.project, fixture.newLine)).rejects.toThrow();
      remove();
      await expectNoCorruption(fixture.oldLine, fixture.newLine);

      await reload(world.service, fixture.project, fixture.newLine);
      await expectFinished(fixture);
    },
  );

  it('finishes when Odoo fails the verification read', async () => {
    const fixture = await arrange();
    let writes = 0;
    const remove = world.standin.onCall((call) => {
      if (isWrite(call)) writes++;
      if (writes === 6 && call.model === 'sale.order.line' && call.method === 'read') {
        throw new Error('injected failure');
      }
    });

    await expect(reload(world.service, fixture.project, fixture.newLine)).rejects.toThrow();
    remove();
    await expectNoCorruption(fixture.oldLine, fixture.newLine);

    await reload(world.service, fixture.project, fixture.newLine);
    await expectFinished(fixture);
  });

  it.each<ReloadStep>(['lock', 'carry_over', 'project', 'tasks', 'verify'])(
    'a fresh process finishes the work when the first one stopped after %s',
    async (stopAfter) => {
      const fixture = await arrange();
      const first = await world.freshService();
      const plan = await first.planReload(request(fixture.project, fixture.newLine));

      const stopped = first.executeReload(plan, (progress) => {
        if (progress.step === stopAfter && progress.state !== 'started') {
          throw new Error('process stopped');
        }
      });
      await expect(stopped).rejects.toThrow('process stopped');
      await expectNoCorruption(fixture.oldLine, fixture.newLine);

      const second = await world.freshService();
      const resumed = await second.planReload(request(fixture.project, fixture.newLine));
      const result = await second.executeReload(resumed);

      expect(result.oldDelivered).toBe(10);
      expect(result.newDelivered).toBe(2);
      await expectFinished(fixture);
    },
  );

  it('resumes when the project already points at the new line', async () => {
    const fixture = await arrange();
    const first = await world.freshService();
    const plan = await first.planReload(request(fixture.project, fixture.newLine));
    await expect(
      first.executeReload(plan, (progress) => {
        if (progress.step === 'project' && progress.state === 'done') throw new Error('stop');
      }),
    ).rejects.toThrow('stop');

    const resumed = await (await world.freshService()).planReload(
      request(fixture.project, fixture.newLine),
    );

    expect(resumed.resuming).toBe(true);
    expect(resumed.oldBatch.lineId).toBe(fixture.oldLine);
    expect(resumed.carryOver).toBe(2);
    expect(resumed.carryOverTimesheetId).not.toBeNull();
    expect(resumed.taskIdsToMigrate).toEqual([fixture.open]);
  });

  it('refuses to start another reload while an interrupted one is unfinished', async () => {
    const fixture = await arrange();
    const plan = await world.service.planReload(request(fixture.project, fixture.newLine));
    await expect(
      world.service.executeReload(plan, (progress) => {
        if (progress.step === 'lock' && progress.state === 'done') throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    const customer = plan.customer?.id ?? 0;
    const third = await seed.batch(customer, 20);

    const refusal = world.service.planReload(request(fixture.project, third));

    await expect(refusal).rejects.toThrow(/was interrupted; run that reload again/);
  });

  it('says the batch is current once a reload finished', async () => {
    const fixture = await arrange();
    await reload(world.service, fixture.project, fixture.newLine);

    const again = reload(await world.freshService(), fixture.project, fixture.newLine);

    await expect(again).rejects.toThrow(/already uses this batch/);
  });
});
