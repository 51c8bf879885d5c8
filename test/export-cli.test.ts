import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenWallet } from '../src/cli/command.js';
import { runCli } from '../src/cli/run.js';
import { silentLogger } from '../src/logger.js';
import { connectOdoo } from '../src/odoo/index.js';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { type SlackStandin, startSlackStandin, workspace } from '../src/slack-standin/index.js';
import { createWalletService } from '../src/wallet/index.js';

const NOW = new Date('2025-03-31T07:00:00Z');

describe('wallet export and wallet digest on the stand-ins', () => {
  let odoo: OdooStandin;
  let slack: SlackStandin;
  let dir: string;
  let openWallet: () => Promise<OpenWallet>;

  beforeAll(async () => {
    odoo = await startOdooStandin({ port: 0, data: 'demo', now: NOW });
    slack = await startSlackStandin({ clock: () => NOW.getTime() });
    dir = await mkdtemp(join(tmpdir(), 'wallet-cli-'));
    const connection = await connectOdoo(odoo.settings, silentLogger);
    const service = createWalletService({
      odoo: connection.client,
      capabilities: connection.capabilities,
      odooUrl: odoo.url,
      clock: () => NOW,
      logger: silentLogger,
    });
    openWallet = async () => ({ service, close: async () => {} });
  });

  afterAll(async () => {
    await Promise.all([odoo.close(), slack.close(), rm(dir, { recursive: true, force: true })]);
  });

  async function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const env = {
      ODOO_URL: odoo.url,
      ODOO_LOGIN: 'admin',
      ODOO_API_KEY: odoo.apiKey,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: slack.apiUrl,
      DIGEST_CHANNEL: workspace.supportChannel,
      DIGEST_TZ: 'Europe/Amsterdam',
    };
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    const code = await runCli(argv, env, io, { openWallet, clock: () => NOW });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  it('writes the workbook to the file named by --out', async () => {
    const file = join(dir, 'wallet.xlsx');

    const result = await run(['export', '--out', file]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*wallet\.xlsx: 7 projects, \d+ tickets, \d+ work-log/);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Overview',
      'Tickets',
      'Work log',
    ]);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('leaves no file behind when the client matches nothing', async () => {
    const file = join(dir, 'nobody.xlsx');

    const result = await run(['export', '--out', file, '--client', 'Nobody Inc']);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No support project or customer matches "Nobody Inc"/);
    expect(existsSync(file) || existsSync(`${file}.partial`)).toBe(false);
  });

  it('prints the digest as text', async () => {
    const result = await run(['digest']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Support wallets 2025-W14/);
    expect(result.stdout).toMatch(/Needs reload \(1\)\nProject +Customer[^\n]*\nInitech - Support/);
  });

  it('posts the digest once, and refuses a second post in the same week', async () => {
    const first = await run(['digest', '--post']);
    const second = await run(['digest', '--post']);

    const posted = slack
      .messagesIn(workspace.supportChannel)
      .filter((message) => message.metadata?.event_type === 'wallet_digest');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Posted the 2025-W14 digest/);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/already in C0SUPPORT/);
    expect(posted).toHaveLength(1);
  });
});
