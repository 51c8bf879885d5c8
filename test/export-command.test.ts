import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { connectOdoo } from '../src/odoo/index.js';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { validateBlocks } from '../src/slack-standin/index.js';
import { createWalletService } from '../src/wallet/index.js';
import type { WalletService } from '../src/wallet/service.js';
import { bodyOf, type Harness, startHarness } from './support/slack-harness.js';

const NOW = new Date('2025-03-31T07:00:00Z');

describe('/wallet export and /wallet digest', () => {
  let odoo: OdooStandin;
  let wallet: WalletService;
  let harness: Harness | null = null;

  beforeAll(async () => {
    odoo = await startOdooStandin({ port: 0, data: 'demo', now: NOW });
    const connection = await connectOdoo(odoo.settings, silentLogger);
    wallet = createWalletService({
      odoo: connection.client,
      capabilities: connection.capabilities,
      odooUrl: odoo.url,
      clock: () => NOW,
      logger: silentLogger,
    });
  });

  afterEach(async () => {
    await harness?.close();
    harness = null;
  });

  afterAll(async () => {
    await odoo.close();
  });

  it('acknowledges at once and sends the workbook to the user in a DM', async () => {
    harness = await startHarness({ wallet });

    const answer = await harness.command('export initech');
    const [complete] = await harness.waitFor('files.completeUploadExternal');

    const slack = harness.slack;
    const [opened] = slack.callsTo('conversations.open');
    const file = [...slack.files.values()][0];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from([file?.bytes ?? Buffer.alloc(0)]));
    const dm = slack.messagesIn(file?.channels[0] ?? '');
    expect(answer.status).toBe(200);
    expect(answer.seq).toBeLessThan(complete ? slack.calls.indexOf(complete) : -1);
    expect(opened?.args.users).toBe('U0AGENT');
    expect(file?.channels[0]).toMatch(/^D/);
    expect(file?.filename).toMatch(/^support-wallets-initech-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(dm.some((message) => message.fileIds?.includes(file?.id ?? ''))).toBe(true);
    expect(workbook.getWorksheet('Overview')?.getRow(2).getCell(1).value).toBe('Initech - Support');
  });

  it('says so privately when the client matches nothing, and sends no file', async () => {
    harness = await startHarness({ wallet });

    await harness.command('export nobody inc');
    const replies = await harness.waitFor('response_url', 2);

    expect(bodyOf(replies[1]).text).toMatch(/No support project or customer matches/);
    expect(harness.slack.files.size).toBe(0);
  });

  it('previews the digest privately, in blocks Slack accepts', async () => {
    harness = await startHarness({ wallet });

    await harness.command('digest');
    const [reply] = await harness.waitFor('response_url');

    const body = bodyOf(reply);
    expect(body.response_type).toBe('ephemeral');
    expect(validateBlocks(body.blocks, 'message')).toEqual([]);
    expect(JSON.stringify(body.blocks)).toContain('Initech - Support');
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
