import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../src/errors.js';
import type { LogTimeInput } from '../src/wallet/types.js';
import { protocols, Seeder, startWorld, type WalletWorld } from './support/wallet-world.js';

let world: WalletWorld;
let seed: Seeder;

/** A 10 h batch with 5 h used; Alice has an employee, Nora has none. */
async function arrange() {
  const customer = await seed.customer('Globex');
  const line = await seed.batch(customer, 10);
  const project = await seed.project('Globex - Support', customer, line);
  const task = await seed.task(project, 'Export to CSV');
  await seed.timesheet(project, task, 5);
  const alice = await seed.create('res.users', {
    name: 'Alice Agent',
    login: 'alice@example.com',
    email: 'alice@example.com',
  });
  const employee = await seed.create('hr.employee', { name: 'Alice Agent', user_id: alice });
  await seed.create('res.users', {
    name: 'Nora',
    login: 'nora@example.com',
    email: 'nora@example.com',
  });
  return { customer, line, project, task, alice, employee };
}

function entry(input: Partial<LogTimeInput> & Pick<LogTimeInput, 'duration'>): LogTimeInput {
  return { userEmail: 'Alice@Example.com', description: 'Call with the client', ...input };
}

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a refusal');
}

const timesheetFields = z.object({
  id: z.number(),
  unit_amount: z.number(),
  date: z.string(),
  name: z.string(),
  employee_id: z.tuple([z.number(), z.string()]),
  task_id: z.union([z.tuple([z.number(), z.string()]), z.literal(false)]),
});

describe.each(protocols)('logging time over %s', (protocol) => {
  beforeEach(async () => {
    world = await startWorld({ protocol });
    seed = new Seeder(world.odoo);
  });

  afterEach(async () => {
    await world.close();
  });

  it("logs on the task with the user's employee, rounded up to a quarter", async () => {
    const { task, employee, project } = await arrange();

    const result = await world.service.logTime(entry({ taskId: task, duration: '1h10' }));

    const [row] = await world.odoo.read(
      'account.analytic.line',
      [result.timesheetId],
      timesheetFields,
    );
    expect(row).toMatchObject({
      unit_amount: 1.25,
      date: '2026-03-10',
      name: 'Call with the client',
    });
    expect(row?.employee_id[0]).toBe(employee);
    expect(row?.task_id).toEqual([task, 'Export to CSV']);
    expect(result).toMatchObject({ hours: 1.25, taskId: task, projectId: project, crossed: 'low' });
    expect(result.balanceBefore.remaining).toBe(5);
    expect(result.balanceAfter.remaining).toBe(3.75);
  });

  it('says when the entry took the wallet into low, then into debt', async () => {
    const { task } = await arrange();

    const low = await world.service.logTime(entry({ taskId: task, duration: '1:30' }));
    const debt = await world.service.logTime(entry({ taskId: task, duration: '4h' }));
    const deeper = await world.service.logTime(entry({ taskId: task, duration: '15m' }));

    expect([low.crossed, debt.crossed, deeper.crossed]).toEqual(['low', 'debt', null]);
    expect(debt.balanceAfter.status).toBe('debt');
  });

  it('logs on the project when no task is given', async () => {
    const { project } = await arrange();

    const result = await world.service.logTime(entry({ projectId: project, duration: '0.5' }));

    expect(result.taskId).toBeNull();
    expect(result.balanceAfter.remaining).toBe(4.5);
  });

  it('takes the date in the user time zone and refuses the future there', async () => {
    const { task } = await arrange();
    world.setNow(new Date('2026-03-10T23:30:00Z'));

    const tokyo = await world.service.logTime(
      entry({ taskId: task, duration: '1', timeZone: 'Asia/Tokyo', date: '2026-03-11' }),
    );
    const utc = await refusal(
      world.service.logTime(entry({ taskId: task, duration: '1', date: '2026-03-11' })),
    );

    expect(tokyo.date).toBe('2026-03-11');
    expect(utc.field).toBe('date');
  });

  it("falls back on the time zone in the user's Odoo preferences", async () => {
    const { task, alice } = await arrange();
    await world.odoo.write('res.users', [alice], { tz: 'Pacific/Auckland' });
    world.setNow(new Date('2026-03-10T20:00:00Z'));

    const result = await world.service.logTime(entry({ taskId: task, duration: '1' }));

    expect(result.date).toBe('2026-03-11');
  });

  it('refuses a date older than the window', async () => {
    const { task } = await arrange();

    const error = await refusal(
      world.service.logTime(entry({ taskId: task, duration: '1', date: '2026-01-01' })),
    );

    expect(error.field).toBe('date');
    expect(error.message).toMatch(/more than 60 days ago/);
  });

  it('refuses a duration it cannot read, showing an accepted form', async () => {
    const { task } = await arrange();

    const error = await refusal(
      world.service.logTime(entry({ taskId: task, duration: 'a while' })),
    );

    expect(error.field).toBe('duration');
    expect(error.message).toMatch(/1:30/);
    expect(world.standin.calls.count('account.analytic.line', 'create')).toBe(1);
  });

  it('refuses a closed task', async () => {
    const { project } = await arrange();
    const done = await seed.task(project, 'Shipped', { state: '1_done' });
    const cancelled = await seed.task(project, 'Dropped', { state: '1_canceled' });

    const errors = [
      await refusal(world.service.logTime(entry({ taskId: done, duration: '1' }))),
      await refusal(world.service.logTime(entry({ taskId: cancelled, duration: '1' }))),
    ];

    expect(errors.map((e) => [e.field, /is closed/.test(e.message)])).toEqual([
      ['task', true],
      ['task', true],
    ]);
  });

  it('refuses a project without a batch', async () => {
    await arrange();
    const stark = await seed.project('Stark - Support', await seed.customer('Stark'), false);

    const error = await refusal(world.service.logTime(entry({ projectId: stark, duration: '1' })));

    expect(error.message).toMatch(/has no batch/);
  });

  it('refuses a user without an employee, and an unknown e-mail', async () => {
    const { task } = await arrange();

    const noEmployee = await refusal(
      world.service.logTime(entry({ taskId: task, duration: '1', userEmail: 'nora@example.com' })),
    );
    const unknown = await refusal(
      world.service.logTime(entry({ taskId: task, duration: '1', userEmail: 'who@example.com' })),
    );

    expect(noEmployee.field).toBe('user');
    expect(noEmployee.message).toMatch(/no employee/);
    expect(unknown.message).toMatch(/No Odoo user has the e-mail who@example.com/);
  });

  it('answers a repeated idempotency key with the first entry, not a second', async () => {
    const { task } = await arrange();
    const input = entry({ taskId: task, duration: '1', idempotencyKey: 'slack-retry-1' });

    const [first, concurrent] = await Promise.all([
      world.service.logTime(input),
      world.service.logTime(input),
    ]);
    const later = await world.service.logTime(input);

    expect(concurrent.timesheetId).toBe(first.timesheetId);
    expect(later.timesheetId).toBe(first.timesheetId);
    expect(
      await world.odoo.searchCount('account.analytic.line', [
        ['name', '=', 'Call with the client'],
      ]),
    ).toBe(1);
  });

  it('reports the hours a user logged over a period', async () => {
    const { task } = await arrange();
    await world.service.logTime(entry({ taskId: task, duration: '1:30', date: '2026-03-09' }));
    await world.service.logTime(entry({ taskId: task, duration: '45m', date: '2026-03-02' }));

    const week = await world.service.hoursLogged('alice@example.com', '2026-03-09', '2026-03-15');
    const month = await world.service.hoursLogged('alice@example.com', '2026-03-01', '2026-03-31');

    expect([week, month]).toEqual([1.5, 2.25]);
  });
});
