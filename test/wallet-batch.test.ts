import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../src/errors.js';
import { protocols, Seeder, startWorld, type WalletWorld } from './support/wallet-world.js';

let world: WalletWorld;
let seed: Seeder;

const lineFields = z.object({
  id: z.number(),
  price_unit: z.number(),
  product_uom_qty: z.number(),
});

describe.each(protocols)('batches over %s', (protocol) => {
  beforeEach(async () => {
    world = await startWorld({ protocol });
    seed = new Seeder(world.odoo);
  });

  afterEach(async () => {
    await world.close();
  });

  it("sells the project's customer N support hours, confirmed on request", async () => {
    const customer = await seed.customer('Acme');
    await seed.supportProduct();
    const project = await seed.project('Acme - Support', customer, false);

    const batch = await world.service.createBatch({
      projectId: project,
      hours: 10,
      unitPrice: 95,
      confirm: true,
    });

    const [line] = await world.odoo.read('sale.order.line', [batch.lineId], lineFields);
    expect(line).toMatchObject({ price_unit: 95, product_uom_qty: 10 });
    expect(batch).toMatchObject({
      customer: { id: customer, name: 'Acme' },
      ordered: 10,
      delivered: 0,
      remaining: 10,
      state: 'sale',
      prepaid: true,
    });
    expect(batch.orderName).toMatch(/^S\d+$/);
    expect(batch.confirmedAt).toBe('2026-03-10 15:00:00');
  });

  it('makes a zero-price draft batch for a migration when not asked to confirm', async () => {
    const customer = await seed.customer('Acme');
    await seed.supportProduct();
    const project = await seed.project('Acme - Support', customer, false);

    const batch = await world.service.createBatch({
      projectId: project,
      hours: 6.5,
      unitPrice: 0,
      confirm: false,
    });

    expect(batch).toMatchObject({ ordered: 6.5, state: 'draft', confirmedAt: null });
  });

  it('refuses zero hours and a negative price', async () => {
    const customer = await seed.customer('Acme');
    const project = await seed.project('Acme - Support', customer, false);

    const hours = world.service.createBatch({
      projectId: project,
      hours: 0,
      unitPrice: 95,
      confirm: true,
    });
    const price = world.service.createBatch({
      projectId: project,
      hours: 5,
      unitPrice: -1,
      confirm: true,
    });

    await expect(hours).rejects.toThrow(ValidationError);
    await expect(price).rejects.toThrow(/price per hour/);
  });

  it('offers confirmed prepaid lines of the same customer, except the current one', async () => {
    const customer = await seed.customer('Acme');
    const current = await seed.batch(customer, 10);
    const next = await seed.batch(customer, 20);
    await seed.batch(customer, 30, { confirm: false });
    await seed.batch(await seed.customer('Globex'), 40);
    const project = await seed.project('Acme - Support', customer, current);

    const candidates = await world.service.candidateBatches(project);

    expect(candidates.map((b) => b.lineId)).toEqual([next]);
  });
});
