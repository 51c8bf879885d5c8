import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../src/odoo-standin/index.js';
import { protocols, Seeder, startWorld, type WalletWorld } from './support/wallet-world.js';

describe.each(protocols)('balances on the demo Odoo over %s', (protocol) => {
  let world: WalletWorld;

  beforeAll(async () => {
    world = await startWorld({ protocol, data: 'demo' });
  });

  afterAll(async () => {
    await world.close();
  });

  it('lists every support project, lowest first, with its batch and status', async () => {
    const balances = await world.service.balances();

    expect(balances.map((b) => [b.projectName, b.status, b.remaining])).toEqual([
      ['Initech - Support', 'debt', -2.5],
      ['Stark Industries - Support', 'no_batch', 0],
      ['Globex - Support', 'low', 2.5],
      ['Hooli - Support', 'low', 3.25],
      ['Acme Corp - Support', 'ok', 12],
      ['Umbrella Health - Support', 'ok', 17.75],
      ['Wayne Enterprises - Support', 'ok', 25],
    ]);
    const initech = balances[0];
    expect(initech?.customer?.name).toBe('Initech');
    expect(initech?.batch).toMatchObject({
      ordered: 10,
      delivered: 12.5,
      prepaid: true,
      state: 'sale',
    });
    expect(initech?.batch?.orderName).toMatch(/^S\d+$/);
    expect(initech?.url).toBe(
      `${world.standin.url}/web#id=${initech?.projectId}&model=project.project&view_type=form`,
    );
  });

  it('leaves out templates and internal projects', async () => {
    const names = (await world.service.balances()).map((b) => b.projectName);

    expect(names).not.toContain('Support Template');
    expect(names.some((name) => /internal/i.test(name))).toBe(false);
  });

  it('filters on project or customer name, ignoring case', async () => {
    const byCustomer = await world.service.balances({ client: 'GLOBEX' });
    const byProject = await world.service.balances({ client: 'wayne enterprises - sup' });

    expect(byCustomer.map((b) => b.projectName)).toEqual(['Globex - Support']);
    expect(byProject.map((b) => b.projectName)).toEqual(['Wayne Enterprises - Support']);
  });

  it('keeps only low and indebted wallets, or only those needing a reload', async () => {
    const low = await world.service.balances({ onlyLow: true });
    const reload = await world.service.balances({ onlyNeedsReload: true });

    expect(low.map((b) => b.status)).toEqual(['debt', 'low', 'low']);
    expect(reload.map((b) => b.status)).toEqual(['debt', 'no_batch']);
  });
});

describe.each(protocols)('balance rules over %s', (protocol) => {
  let world: WalletWorld | undefined;

  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('is low below the threshold and in debt at exactly zero', async () => {
    world = await startWorld({ protocol, lowHours: 4 });
    const seed = new Seeder(world.odoo);
    const a = await seed.customer('A');
    const b = await seed.customer('B');
    const c = await seed.customer('C');
    const zero = await seed.project('A - Support', a, await seed.batch(a, 5));
    await seed.timesheet(zero, false, 5);
    const four = await seed.project('B - Support', b, await seed.batch(b, 8));
    await seed.timesheet(four, false, 4);
    const under = await seed.project('C - Support', c, await seed.batch(c, 8));
    await seed.timesheet(under, false, 4.25);

    const balances = await world.service.balances();

    expect(balances.map((x) => [x.projectName, x.status])).toEqual([
      ['A - Support', 'debt'],
      ['C - Support', 'low'],
      ['B - Support', 'ok'],
    ]);
  });

  it('lists a batch of a product that is not prepaid hours as not_prepaid', async () => {
    world = await startWorld({ protocol });
    const seed = new Seeder(world.odoo);
    const partner = await seed.customer('Dunder');
    const product = await seed.create('product.product', {
      name: 'Consultancy',
      type: 'service',
      invoice_policy: 'delivery',
      service_type: 'timesheet',
      uom_id: 4,
    });
    await seed.project('Dunder - Support', partner, await seed.batch(partner, 10, { product }));
    await seed.project('No customer - Support', false, false);

    const balances = await world.service.balances();

    expect(balances.map((x) => [x.projectName, x.status])).toEqual([
      ['Dunder - Support', 'not_prepaid'],
    ]);
  });

  it('makes the same number of Odoo calls for 1 project as for 50', async () => {
    const callsFor = async (projects: number) => {
      const scaled = await startWorld({ protocol });
      seedScale(scaled.standin.engine, {
        projects,
        timesheetsPerProject: 4,
        openTasksPerProject: 2,
      });
      scaled.standin.calls.reset();

      const balances = await scaled.service.balances();
      const calls = scaled.standin.calls.list.map((call) => `${call.model}.${call.method}`);
      await scaled.close();
      return { rows: balances.length, calls };
    };

    const one = await callsFor(1);
    const fifty = await callsFor(50);

    expect(one.rows).toBe(1);
    expect(fifty.rows).toBe(50);
    expect(fifty.calls).toEqual(one.calls);
    expect(one.calls.length).toBeLessThanOrEqual(4);
  });
});
