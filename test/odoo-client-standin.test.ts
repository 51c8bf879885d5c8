import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AuthError,
  NotFoundError,
  ServerError,
  ValidationError,
  type WalletError,
} from '../src/errors.js';
import { silentLogger } from '../src/logger.js';
import { connectOdoo } from '../src/odoo/connect.js';
import { MissingModelError } from '../src/odoo/faults.js';
import { float, many2one, text } from '../src/odoo/schema.js';
import type { OdooClient } from '../src/odoo/types.js';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';

async function failure(promise: Promise<unknown>): Promise<WalletError> {
  try {
    await promise;
  } catch (error) {
    return error as WalletError;
  }
  throw new Error('expected the call to fail');
}

const taskSchema = z.object({ id: z.number(), name: text, project_id: many2one });
const timesheetSchema = z.object({ id: z.number(), unit_amount: float, task_id: many2one });

// Odoo 17 has no JSON-2: XML-RPC is the only way there.
const targets = [
  { version: '19.0', protocol: 'xmlrpc' },
  { version: '19.0', protocol: 'json2' },
  { version: '17.0', protocol: 'xmlrpc' },
] as const;

describe.each(targets)('the client over $protocol on the Odoo $version stand-in', (target) => {
  const { version, protocol } = target;
  let standin: OdooStandin;
  let client: OdooClient;
  let projectId: number;

  beforeAll(async () => {
    standin = await startOdooStandin({ version });
    const connection = await connectOdoo({ ...standin.settings, protocol }, silentLogger);
    client = connection.client;
    [projectId = 0] = await client.create('project.project', [{ name: 'Client test project' }]);
  });
  afterAll(() => standin.close());

  it('logs in and reports the version', async () => {
    const uid = await client.authenticate();
    const serverVersion = await client.version();

    expect(uid).toBeGreaterThan(0);
    expect(serverVersion.major).toBe(Number.parseInt(version, 10));
  });

  it('creates, reads, searches, counts and writes tasks', async () => {
    const ids = await client.create('project.task', [
      { name: 'First', project_id: projectId },
      { name: 'Second', project_id: projectId },
    ]);
    await client.write('project.task', ids, { name: 'Renamed' });

    const read = await client.read('project.task', ids, taskSchema);
    const found = await client.search('project.task', [['project_id', '=', projectId]]);
    const count = await client.searchCount('project.task', [['project_id', '=', projectId]]);
    const rows = await client.searchRead('project.task', [['id', 'in', ids]], taskSchema, {
      order: 'id desc',
    });

    expect(ids).toHaveLength(2);
    expect(read.map((task) => task.name)).toEqual(['Renamed', 'Renamed']);
    expect(read[0]?.project_id).toEqual({ id: projectId, name: 'Client test project' });
    expect(found.sort()).toEqual([...ids].sort());
    expect(count).toBe(2);
    expect(rows.map((task) => task.id)).toEqual([...ids].reverse());
  });

  it('leaves a missing id out of a read', async () => {
    const rows = await client.read('project.task', [999_999], taskSchema);

    expect(rows).toEqual([]);
  });

  it('sums timesheet hours per task with the grouping method the server has', async () => {
    const [taskId = 0] = await client.create('project.task', [
      { name: 'Summed', project_id: projectId },
    ]);
    await client.create('account.analytic.line', [
      { name: 'a', project_id: projectId, task_id: taskId, unit_amount: 1.5 },
      { name: 'b', project_id: projectId, task_id: taskId, unit_amount: 0.25 },
      { name: 'c', project_id: projectId, unit_amount: 2 },
    ]);

    const sums = await client.sumBy(
      'account.analytic.line',
      [['project_id', '=', projectId]],
      'task_id',
      'unit_amount',
    );
    const lines = await client.searchRead(
      'account.analytic.line',
      [['project_id', '=', projectId]],
      timesheetSchema,
    );

    expect(sums.get(taskId)).toBe(1.75);
    expect(sums.get(null)).toBe(2);
    expect(lines).toHaveLength(3);
  });

  it('reads field descriptions and calls any public method', async () => {
    const fields = await client.fieldsGet('project.task', ['sale_line_id', 'name']);
    const names = await client.call(
      {
        model: 'project.project',
        method: 'read',
        ids: [projectId],
        params: { fields: ['name'] },
        readOnly: true,
      },
      z.array(z.object({ id: z.number(), name: z.string() })),
    );

    expect(fields.sale_line_id).toMatchObject({ type: 'many2one', relation: 'sale.order.line' });
    expect(Object.keys(fields).sort()).toEqual(['name', 'sale_line_id']);
    expect(names).toEqual([{ id: projectId, name: 'Client test project' }]);
  });

  it('maps each fault class', async () => {
    const wrongKey = await failure(
      connectOdoo({ ...standin.settings, protocol, apiKey: 'not-the-key' }, silentLogger),
    );
    const unknownModel = await failure(client.search('no.such.model', []));
    const missingRecord = await failure(client.write('project.task', [999_999], { name: 'x' }));
    const badDomain = await failure(client.search('project.task', [['name', '~~', 'x']]));
    const invalid = await failure(client.create('sale.order', [{}]));

    expect(wrongKey).toBeInstanceOf(AuthError);
    expect(unknownModel).toBeInstanceOf(MissingModelError);
    expect(missingRecord).toBeInstanceOf(NotFoundError);
    expect(badDomain).toBeInstanceOf(ServerError);
    expect(badDomain.message).toMatch(/ValueError: Invalid (operator|leaf)/);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid.message).toMatch(/partner_id/);
  });
});
