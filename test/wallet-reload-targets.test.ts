import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors.js';
import { protocols, Seeder, startWorld, type WalletWorld } from './support/wallet-world.js';

let world: WalletWorld;
let seed: Seeder;

const request = (projectId: number, newLineId: number) => ({
  projectId,
  newLineId,
  requestedBy: 'Lena Lead',
});

describe.each(protocols)('reload targets over %s', (protocol) => {
  beforeEach(async () => {
    world = await startWorld({ protocol });
    seed = new Seeder(world.odoo);
  });

  afterEach(async () => {
    await world.close();
  });

  it('leaves out spent batches and refuses them as a target', async () => {
    const customer = await seed.customer('Initech');
    const current = await seed.batch(customer, 10);
    const spent = await seed.batch(customer, 2);
    const fresh = await seed.batch(customer, 20);
    const other = await seed.project('Initech - Hosting', customer, spent);
    await seed.timesheet(other, false, 2);
    const project = await seed.project('Initech - Support', customer, current);

    const candidates = await world.service.candidateBatches(project);
    const refusal = await world.service.planReload(request(project, spent)).catch((e) => e);

    expect(candidates.map((b) => b.lineId)).toEqual([fresh]);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal.message).toMatch(/no hours left/);
  });

  it('leaves out the batch a reload left and refuses to go back to it', async () => {
    const customer = await seed.customer('Initech');
    const first = await seed.batch(customer, 8);
    const second = await seed.batch(customer, 8);
    const third = await seed.batch(customer, 8);
    const project = await seed.project('Initech - Support', customer, first);
    await seed.timesheet(project, false, 3);
    await world.service.executeReload(await world.service.planReload(request(project, second)));

    const candidates = await world.service.candidateBatches(project);
    const back = world.service.planReload(request(project, first));

    expect(candidates.map((b) => b.lineId)).toEqual([third]);
    await expect(back).rejects.toThrow(/billed to it before/);
  });

  it('still offers the batch an interrupted reload was moving to', async () => {
    const customer = await seed.customer('Initech');
    const first = await seed.batch(customer, 8);
    const second = await seed.batch(customer, 8);
    const project = await seed.project('Initech - Support', customer, first);
    await seed.timesheet(project, false, 10);
    const plan = await world.service.planReload(request(project, second));
    const remove = world.standin.onCall((call) => {
      if (call.model === 'project.project' && call.method === 'write') throw new Error('down');
    });
    await expect(world.service.executeReload(plan)).rejects.toThrow();
    remove();

    const candidates = await world.service.candidateBatches(project);

    expect(candidates.map((b) => b.lineId)).toEqual([second]);
  });
});
