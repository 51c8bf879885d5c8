import { afterEach, describe, expect, it } from 'vitest';
import { createFakeWallet, makeBalance, makeBatch } from './support/slack-fake-wallet.js';
import { bodyOf, type Harness, startHarness } from './support/slack-harness.js';

function sampleBalances() {
  return [
    makeBalance(1, 'Acme Support', 'Acme Corp', makeBatch(11, 20, 22)),
    makeBalance(2, 'Globex Helpdesk', 'Globex', makeBatch(12, 20, 17.5)),
    makeBalance(3, 'Initech Care', 'Initech', makeBatch(13, 40, 10)),
    makeBalance(4, 'Umbrella Desk', 'Umbrella', null),
  ];
}

function textOf(call: { args: Record<string, unknown> }): string {
  return JSON.stringify(call.args);
}

let harness: Harness | null = null;

afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('/wallet command', () => {
  it('shows the overview and a hint for /wallet, the commands for /wallet help', async () => {
    harness = await startHarness({ wallet: createFakeWallet() });

    const empty = await harness.command('');
    await harness.waitFor('response_url', 1);
    const help = await harness.command('help');
    const [overview, list] = await harness.waitFor('response_url', 2);

    expect(empty.status).toBe(200);
    expect(help.status).toBe(200);
    expect(textOf(overview ?? { args: {} })).toContain('Support wallets');
    expect(textOf(overview ?? { args: {} })).toContain('Type `/wallet help` for everything else');
    expect(bodyOf(list).response_type).toBe('ephemeral');
    for (const word of ['balance', 'low', 'log', 'ticket', 'reload', 'export', 'digest']) {
      expect(textOf(list ?? { args: {} })).toContain(`/wallet ${word}`);
    }
  });

  it('suggests the nearest subcommand for a typo', async () => {
    harness = await startHarness({ wallet: createFakeWallet() });

    await harness.command('blance acme');
    const [reply] = await harness.waitFor('response_url');

    expect(textOf(reply ?? { args: {} })).toContain('Did you mean `/wallet balance`?');
  });

  it('answers /wallet balance with an ephemeral overview in both hour forms', async () => {
    harness = await startHarness({ wallet: createFakeWallet(sampleBalances()) });

    const answer = await harness.command('balance');
    const [reply] = await harness.waitFor('response_url');

    expect(answer.status).toBe(200);
    expect(reply?.response.ok).toBe(true);
    expect(bodyOf(reply).response_type).toBe('ephemeral');
    const text = textOf(reply ?? { args: {} });
    expect(text).toContain(':red_circle:');
    expect(text).toContain('-2 h (-2:00)');
    expect(text).toContain(':large_yellow_circle:');
    expect(text).toContain('2.5 h (2:30)');
    expect(text).toContain(':large_green_circle:');
    expect(text).toContain(':white_circle:');
  });

  it('filters /wallet balance by client', async () => {
    const wallet = createFakeWallet(sampleBalances());
    harness = await startHarness({ wallet });

    await harness.command('balance globex');
    const [reply] = await harness.waitFor('response_url');

    const text = textOf(reply ?? { args: {} });
    expect(text).toContain('Globex Helpdesk');
    expect(text).not.toContain('Initech Care');
  });

  it('lists only wallets in debt or low for /wallet low', async () => {
    harness = await startHarness({ wallet: createFakeWallet(sampleBalances()) });

    await harness.command('low');
    const [reply] = await harness.waitFor('response_url');

    const text = textOf(reply ?? { args: {} });
    expect(text).toContain('Acme Support');
    expect(text).toContain('Globex Helpdesk');
    expect(text).not.toContain('Initech Care');
  });

  it('shows an Odoo failure as a sentence, not a stack trace', async () => {
    const wallet = createFakeWallet();
    wallet.balances = async () => {
      throw new Error('socket hang up');
    };
    harness = await startHarness({ wallet });

    await harness.command('balance');
    const [reply] = await harness.waitFor('response_url');

    expect(bodyOf(reply).text).toMatch(/^:warning: Odoo answered with an unexpected error/);
    expect(harness.logs.join('\n')).toContain('socket hang up');
  });
});
