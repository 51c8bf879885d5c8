import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { connectOdoo } from '../src/odoo/index.js';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { createDigestJob } from '../src/slack/digest/job.js';
import type { DigestSource } from '../src/slack/digest/publish.js';
import {
  createStandinClient,
  type SlackStandin,
  startSlackStandin,
  workspace,
} from '../src/slack-standin/index.js';
import { createWalletService } from '../src/wallet/index.js';

const zone = 'Europe/Amsterdam';
const channel = workspace.supportChannel;
const mondayNine = new Date('2025-03-31T07:00:00Z');

describe('the weekly digest job against the Slack and Odoo stand-ins', () => {
  let odoo: OdooStandin;
  let source: DigestSource;
  let slack: SlackStandin;
  let now: Date;

  beforeAll(async () => {
    odoo = await startOdooStandin({ port: 0, data: 'demo', now: mondayNine });
    const connection = await connectOdoo(odoo.settings, silentLogger);
    const wallet = createWalletService({
      odoo: connection.client,
      capabilities: connection.capabilities,
      odooUrl: odoo.url,
      clock: () => now,
      logger: silentLogger,
    });
    source = {
      digest: async (asOf) => {
        const data = await wallet.digest?.({ asOf, timeZone: zone });
        if (!data) throw new Error('the wallet service builds no digest');
        return data;
      },
      writeWorkbook: async (out) => wallet.exportWorkbook?.(out),
    };
  });

  afterAll(async () => {
    await odoo.close();
  });

  beforeEach(async () => {
    now = mondayNine;
    slack = await startSlackStandin({ clock: () => now.getTime() });
  });

  afterEach(async () => {
    await slack.close();
  });

  const job = () =>
    createDigestJob({
      client: createStandinClient(slack),
      channel,
      cron: '0 9 * * 1',
      timeZone: zone,
      clock: () => now,
      logger: silentLogger,
      source,
    });

  const digests = () => slack.messagesIn(channel).filter((m) => m.metadata !== undefined);

  it('posts the digest with its week marker and the workbook in its thread', async () => {
    const outcome = await job().run('cron');

    const [message] = digests();
    const file = [...slack.files.values()][0];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from([file?.bytes ?? Buffer.alloc(0)]));

    expect(outcome.decision).toMatchObject({ action: 'post', week: '2025-W14' });
    expect(message?.metadata).toEqual({
      event_type: 'wallet_digest',
      event_payload: { week: '2025-W14' },
    });
    expect(file).toMatchObject({
      filename: 'support-wallets-2025-W14.xlsx',
      channels: [channel],
      threadTs: message?.ts,
    });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Overview',
      'Tickets',
      'Work log',
    ]);
  });

  it('skips a second post in the same week, even from a restarted process', async () => {
    await job().run('cron');
    now = new Date('2025-04-02T12:00:00Z');

    const second = await job().run('start');

    expect(second.decision).toMatchObject({ action: 'skip', reason: 'already_posted' });
    expect(digests()).toHaveLength(1);
  });

  it('posts once when two triggers fire together', async () => {
    const digestJob = job();

    const outcomes = await Promise.all([digestJob.run('cron'), digestJob.run('check')]);

    expect(outcomes[0]).toBe(outcomes[1]);
    expect(digests()).toHaveLength(1);
  });

  it('asks Slack nothing before the scheduled time', async () => {
    now = new Date('2025-03-31T06:59:00Z');

    const outcome = await job().run('check');

    expect(outcome.decision).toMatchObject({ action: 'skip', reason: 'not_due_yet' });
    expect(slack.calls).toHaveLength(0);
  });
});
