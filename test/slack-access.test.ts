import { afterEach, describe, expect, it } from 'vitest';
import { decideAccess } from '../src/slack/access.js';
import type { SlackUser } from '../src/slack/users.js';
import { buildAppHomeOpened, eventBody, slashCommandBody } from '../src/slack-standin/index.js';
import { type EndToEnd, startEndToEnd } from './support/slack-e2e.js';
import { createFakeWallet } from './support/slack-fake-wallet.js';
import { bodyOf, type Harness, startHarness } from './support/slack-harness.js';

let chain: EndToEnd | null = null;
let harness: Harness | null = null;

afterEach(async () => {
  await chain?.close();
  await harness?.close();
  chain = null;
  harness = null;
});

/** `/wallet <text>` as a user whose team the payload names. */
function commandFrom(h: Harness, text: string, userId: string, teamId: string) {
  const body = slashCommandBody({
    command: '/wallet',
    text,
    userId,
    teamId,
    channelId: 'C0SUPPORT',
    triggerId: h.slack.issueTriggerId(userId),
    responseUrl: h.slack.issueResponseUrl({ channel: 'C0SUPPORT', user: userId }),
  });
  return h.send(body);
}

const member: SlackUser = {
  id: 'U1',
  name: 'Member',
  email: 'member@example.com',
  timeZone: 'UTC',
  teamId: 'T0001',
  stranger: false,
  guest: false,
};

describe('who may see the wallets', () => {
  it('refuses balances, low, Home, tickets and log time to a user without an Odoo user', async () => {
    chain = await startEndToEnd();
    const h = chain.harness;

    await h.command('balance', { userId: 'U0CLIENT' });
    await h.command('low', { userId: 'U0CLIENT' });
    await h.command('help', { userId: 'U0CLIENT' });
    const replies = await h.waitFor('response_url', 3, 10_000);
    await h.send(eventBody(buildAppHomeOpened({ user: 'U0CLIENT', eventId: 'Ev0CARL001' })));
    const [home] = await h.waitFor('views.publish', 1, 10_000);
    await h.command('ticket', { userId: 'U0CLIENT' });
    await h.command('log', { userId: 'U0CLIENT' });
    const notices = await h.waitFor('views.update', 2, 10_000);

    const texts = replies.map((reply) => String(bodyOf(reply).text));
    const refusal = 'Support Wallet is for the support team';
    expect(texts.filter((text) => text.includes(refusal))).toHaveLength(2);
    expect(texts.some((text) => text.includes('Initech'))).toBe(false);
    expect(JSON.stringify(bodyOf(replies.at(-1) ?? replies[0]))).toContain('/wallet balance');
    expect(JSON.stringify(home?.args.view)).toContain(refusal);
    expect(JSON.stringify(home?.args.view)).not.toContain('Initech');
    for (const notice of notices) expect(JSON.stringify(notice.args.view)).toContain(refusal);
  });

  it('refuses a user from another workspace (Slack Connect) but keeps help open', async () => {
    chain = await startEndToEnd();
    const h = chain.harness;

    await commandFrom(h, 'balance', 'U0AGENT', 'T0OTHERORG');
    await commandFrom(h, 'help', 'U0AGENT', 'T0OTHERORG');
    const [refused, help] = await h.waitFor('response_url', 2, 10_000);

    expect(String(bodyOf(refused).text)).toContain('another organisation (Slack Connect)');
    expect(JSON.stringify(bodyOf(help))).toContain('/wallet balance');
  });

  it('keeps the decision: a second request asks neither Slack nor Odoo again', async () => {
    const wallet = createFakeWallet();
    harness = await startHarness({ wallet });

    await harness.command('balance', { userId: 'U0CLIENT' });
    await harness.waitFor('response_url', 1);
    await harness.command('low', { userId: 'U0CLIENT' });
    await harness.waitFor('response_url', 2);

    expect(wallet.calls.filter((call) => call === 'findUserByEmail')).toHaveLength(1);
    expect(harness.slack.callsTo('users.info')).toHaveLength(1);
    expect(wallet.calls).not.toContain('balances');
  });

  it('refuses guests and strangers before asking Odoo', async () => {
    let asked = 0;
    const match = async () => {
      asked += 1;
      return { slack: member, odoo: null };
    };

    const guest = await decideAccess({
      slack: { ...member, guest: true },
      match,
      appTeamId: 'T0001',
    });
    const stranger = await decideAccess({
      slack: { ...member, stranger: true },
      match,
      appTeamId: 'T0001',
    });
    const elsewhere = await decideAccess({
      slack: { ...member, teamId: 'T0OTHER' },
      match,
      appTeamId: 'T0001',
    });

    expect([guest, stranger, elsewhere].map((a) => (a.allowed ? 'allowed' : a.why))).toEqual([
      'guest',
      'external',
      'external',
    ]);
    expect(asked).toBe(0);
  });
});
