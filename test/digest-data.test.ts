import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { connectOdoo, type OdooConnection } from '../src/odoo/index.js';
import { type OdooStandin, seedScale, startOdooStandin } from '../src/odoo-standin/index.js';
import { buildDigestMessage } from '../src/slack/digest/message.js';
import { validateBlocks } from '../src/slack-standin/index.js';
import { buildDigestData } from '../src/wallet/digest.js';
import type { ProjectBalance } from '../src/wallet/types.js';
import { protocols } from './support/wallet-world.js';

const NOW = new Date('2025-03-31T07:00:00Z');

const names = (projects: ProjectBalance[] | null) => (projects ?? []).map((p) => p.projectName);

// Hours the stand-in holds on support projects between two dates, summed by the stand-in's
// own search rather than by the code under test.
function loggedBetween(odoo: OdooStandin, from: string, to: string, customer?: string): number {
  const domain: unknown[] = [
    ['project_id.tag_ids.name', '=', 'Support Tickets'],
    ['date', '>=', from],
    ['date', '<=', to],
  ];
  if (customer) domain.push(['project_id.partner_id.name', '=', customer]);
  const ids = odoo.engine.searchIds('account.analytic.line', domain);
  const hours = ids.reduce(
    (sum, id) => sum + Number(odoo.engine.row('account.analytic.line', id)?.unit_amount ?? 0),
    0,
  );
  return Math.round(hours * 100) / 100;
}

describe.each(protocols)('the digest figures on the demo Odoo over %s', (protocol) => {
  let odoo: OdooStandin;
  let connection: OdooConnection;

  beforeAll(async () => {
    odoo = await startOdooStandin({ port: 0, data: 'demo', now: NOW });
    connection = await connectOdoo({ ...odoo.settings, protocol }, silentLogger);
  });

  afterAll(async () => {
    await odoo.close();
  });

  const digest = (includeHealthy = false) =>
    buildDigestData(connection.client, connection.capabilities, {
      asOf: NOW,
      lowHours: 4,
      timeZone: 'Europe/Amsterdam',
      odooUrl: odoo.url,
      includeHealthy,
    });

  it('groups the wallets into needs reload, low, healthy and without a batch', async () => {
    const data = await digest(true);

    expect(names(data.needsReload)).toEqual(['Initech - Support']);
    expect(names(data.low)).toEqual(['Globex - Support', 'Hooli - Support']);
    expect(data.healthy.count).toBe(3);
    expect(names(data.healthy.projects)).toEqual([
      'Acme Corp - Support',
      'Umbrella Health - Support',
      'Wayne Enterprises - Support',
    ]);
    expect(names(data.noBatch)).toEqual(['Stark Industries - Support']);
    expect(data.week).toBe('2025-W14');
  });

  it('lists healthy projects only when asked', async () => {
    const data = await digest(false);

    expect(data.healthy).toEqual({ count: 3, projects: null });
  });

  it('totals the hours of the last seven full days against the seven before', async () => {
    const data = await digest();

    expect(data.delivered).toMatchObject({
      from: '2025-03-24',
      to: '2025-03-30',
      previousFrom: '2025-03-17',
      previousTo: '2025-03-23',
      total: loggedBetween(odoo, '2025-03-24', '2025-03-30'),
      previousTotal: loggedBetween(odoo, '2025-03-17', '2025-03-23'),
    });
    expect(data.delivered.total).toBeGreaterThan(0);
    expect(data.delivered.change).toBeCloseTo(
      data.delivered.total - data.delivered.previousTotal,
      6,
    );
  });

  it('splits the hours per client, largest first', async () => {
    const data = await digest();

    const acme = data.delivered.byClient.find((client) => client.customer === 'Acme Corp');
    const hours = data.delivered.byClient.map((client) => client.hours);

    expect(acme?.hours).toBe(loggedBetween(odoo, '2025-03-24', '2025-03-30', 'Acme Corp'));
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
    expect(hours.reduce((a, b) => a + b, 0)).toBeCloseTo(data.delivered.total, 6);
  });

  it('renders as a message Slack accepts, linking projects to Odoo', async () => {
    const message = buildDigestMessage(await digest());

    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain(`<${odoo.url}/`);
  });
});

describe.each(protocols)('the number of Odoo calls of the digest over %s', (protocol) => {
  let odoo: OdooStandin;
  let connection: OdooConnection;

  beforeAll(async () => {
    odoo = await startOdooStandin({ port: 0, data: 'empty', now: NOW });
    connection = await connectOdoo({ ...odoo.settings, protocol }, silentLogger);
  });

  afterAll(async () => {
    await odoo.close();
  });

  async function callsForDigest(): Promise<number> {
    odoo.calls.reset();
    await buildDigestData(connection.client, connection.capabilities, {
      asOf: NOW,
      lowHours: 4,
      timeZone: 'UTC',
      odooUrl: odoo.url,
    });
    return odoo.calls.count();
  }

  it('stays the same from 5 projects to 55', async () => {
    seedScale(odoo.engine, { projects: 5, timesheetsPerProject: 4, openTasksPerProject: 1 });
    // The client asks the server's version once, for the grouped-sum method, then keeps it.
    await callsForDigest();
    const few = await callsForDigest();

    seedScale(odoo.engine, { projects: 50, timesheetsPerProject: 4, openTasksPerProject: 1 });
    const many = await callsForDigest();

    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(6);
  });
});
