import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAppHomeOpened, eventBody, slashCommandBody } from '../src/slack-standin/index.js';
import { createFakeWallet, makeBalance, makeBatch } from './support/slack-fake-wallet.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness | null = null;

afterEach(async () => {
  await harness?.close();
  harness = null;
});

function balanceCommandBody(h: Harness): string {
  return slashCommandBody({
    command: '/wallet',
    text: 'balance',
    triggerId: h.slack.issueTriggerId('U0AGENT'),
    responseUrl: h.slack.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' }),
  });
}

describe('requests into /slack/events', () => {
  it('refuses a request signed with another secret (401) and runs nothing', async () => {
    const wallet = createFakeWallet();
    harness = await startHarness({ wallet });

    const answer = await harness.send(balanceCommandBody(harness), { secret: 'not-the-secret' });

    expect(answer.status).toBe(401);
    expect(wallet.calls).toEqual([]);
  });

  it('refuses a correctly signed request older than five minutes (401)', async () => {
    const wallet = createFakeWallet();
    harness = await startHarness({ wallet });
    const stale = Math.floor(Date.now() / 1000) - 301;

    const answer = await harness.send(balanceCommandBody(harness), { timestamp: stale });

    expect(answer.status).toBe(401);
    expect(wallet.calls).toEqual([]);
  });

  it('acknowledges the slash command before a slow Odoo answers', async () => {
    const wallet = createFakeWallet([makeBalance(1, 'Acme Support', 'Acme', makeBatch(1, 20, 5))]);
    let release = () => {};
    wallet.gate.balances = new Promise((resolve) => {
      release = resolve;
    });
    harness = await startHarness({ wallet });

    const answer = await harness.command('balance');
    // The overview is still held back here: the answer came while Odoo had not replied.
    await vi.waitFor(() => expect(wallet.calls).toContain('balances'));
    release();
    const [reply] = await harness.waitFor('response_url');

    expect(answer.status).toBe(200);
    expect(reply?.seq).toBeGreaterThan(answer.seq);
  });

  it('handles a redelivered event (same event_id, X-Slack-Retry-Num) once', async () => {
    const wallet = createFakeWallet();
    harness = await startHarness({ wallet });
    const body = eventBody(buildAppHomeOpened({ user: 'U0AGENT', eventId: 'Ev0RETRY01' }));

    const first = await harness.send(body);
    await harness.waitFor('views.publish');
    const retry = await harness.send(body, { retryNum: 1 });
    await harness.waitForLog('event already handled');

    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(harness.slack.callsTo('views.publish')).toHaveLength(1);
    expect(wallet.calls.filter((call) => call === 'balances')).toHaveLength(1);
  });
});
