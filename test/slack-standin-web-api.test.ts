import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStandinClient,
  type SlackStandin,
  startSlackStandin,
} from '../src/slack-standin/index.js';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

let standin: SlackStandin;
let now: number;

beforeEach(async () => {
  now = Date.UTC(2026, 0, 15, 9, 0, 0);
  standin = await startSlackStandin({ clock: () => now });
});

afterEach(async () => {
  await standin.close();
});

describe('authentication', () => {
  it('answers auth.test for the bot token', async () => {
    const client = createStandinClient(standin);

    const result = await client.auth.test();

    expect(result).toMatchObject({ ok: true, user_id: 'U0WALLETBOT', bot_id: 'B0WALLET' });
  });

  it('refuses a wrong token with invalid_auth', async () => {
    const client = createStandinClient(standin, 'xoxb-wrong');

    const call = client.chat.postMessage({ channel: 'C0SUPPORT', text: 'hi' });

    await expect(call).rejects.toMatchObject({ data: { ok: false, error: 'invalid_auth' } });
    expect(standin.messagesIn('C0SUPPORT')).toEqual([]);
  });

  it('refuses a call without a token with not_authed', async () => {
    const response = await fetch(`${standin.apiUrl}auth.test`, { method: 'POST' });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: false, error: 'not_authed' });
  });

  it('accepts the token as a form field and a JSON body with a Bearer header', async () => {
    const form = await fetch(`${standin.apiUrl}auth.test`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'token=xoxb-standin',
    });
    const json = await fetch(`${standin.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer xoxb-standin' },
      body: JSON.stringify({ channel: 'C0SUPPORT', blocks: [section('hello')] }),
    });

    expect(await form.json()).toMatchObject({ ok: true });
    expect(await json.json()).toMatchObject({ ok: true, channel: 'C0SUPPORT' });
  });

  it('answers unknown_method for a method Slack does not have', async () => {
    const client = createStandinClient(standin);

    const call = client.apiCall('files.upload', { channels: 'C0SUPPORT' });

    await expect(call).rejects.toMatchObject({ data: { error: 'unknown_method' } });
  });
});

describe('chat.postMessage', () => {
  it('stores the message and answers with its ts, channel and message', async () => {
    const client = createStandinClient(standin);

    const result = await client.chat.postMessage({
      channel: 'C0SUPPORT',
      text: 'Balance low',
      blocks: [section('*Acme* is low')],
    });

    expect(result).toMatchObject({
      ok: true,
      channel: 'C0SUPPORT',
      ts: expect.stringMatching(/^1768467600\.\d{6}$/),
      message: { text: 'Balance low', bot_id: 'B0WALLET', blocks: [{ block_id: 'blk0' }] },
    });
    expect(standin.messagesIn('C0SUPPORT')).toMatchObject([{ ts: result.ts, text: 'Balance low' }]);
    expect(standin.callsTo('chat.postMessage')[0]?.args.blocks).toEqual([section('*Acme* is low')]);
  });

  it('posts a reply into a thread', async () => {
    const client = createStandinClient(standin);
    const parent = await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'Digest' });

    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'Details', thread_ts: parent.ts });

    const replies = await client.conversations.replies({
      channel: 'C0SUPPORT',
      ts: parent.ts ?? '',
    });
    expect(replies.messages?.map((message) => message.text)).toEqual(['Digest', 'Details']);
  });

  it('refuses 51 blocks with invalid_blocks and the pointer', async () => {
    const client = createStandinClient(standin);
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));

    const call = client.chat.postMessage({ channel: 'C0SUPPORT', text: 'x', blocks });

    await expect(call).rejects.toMatchObject({
      data: {
        error: 'invalid_blocks',
        errors: ['no more than 50 items allowed [json-pointer:/blocks]'],
        response_metadata: {
          messages: ['[ERROR] no more than 50 items allowed [json-pointer:/blocks]'],
        },
      },
    });
  });

  it('refuses a message with neither text nor blocks', async () => {
    const client = createStandinClient(standin);

    const call = client.apiCall('chat.postMessage', { channel: 'C0SUPPORT' });

    await expect(call).rejects.toMatchObject({ data: { error: 'no_text' } });
  });

  it('posts to a user id in the DM the app has with that user', async () => {
    const client = createStandinClient(standin);

    const result = await client.chat.postMessage({ channel: 'U0AGENT', text: 'Logged 1.5 h' });

    expect(result.channel).toBe('D0WALLET');
  });
});

describe('chat.update, chat.postEphemeral and chat.getPermalink', () => {
  it('updates a posted message in place', async () => {
    const client = createStandinClient(standin);
    const posted = await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'Reloading' });

    await client.chat.update({ channel: 'C0SUPPORT', ts: posted.ts ?? '', text: 'Reloaded' });

    expect(standin.messagesIn('C0SUPPORT')).toMatchObject([{ text: 'Reloaded', editedAt: now }]);
  });

  it('answers message_not_found when updating a message that is not there', async () => {
    const client = createStandinClient(standin);

    const call = client.chat.update({ channel: 'C0SUPPORT', ts: '1.000001', text: 'x' });

    await expect(call).rejects.toMatchObject({ data: { error: 'message_not_found' } });
  });

  it('keeps an ephemeral message with the one user who sees it', async () => {
    const client = createStandinClient(standin);

    await client.chat.postEphemeral({ channel: 'C0SUPPORT', user: 'U0AGENT', text: 'Only you' });

    expect(standin.messagesIn('C0SUPPORT')).toMatchObject([{ ephemeralTo: 'U0AGENT' }]);
    const history = await client.conversations.history({ channel: 'C0SUPPORT' });
    expect(history.messages).toEqual([]);
  });

  it('gives a permalink for a posted message', async () => {
    const client = createStandinClient(standin);
    const posted = await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'Audit' });

    const link = await client.chat.getPermalink({
      channel: 'C0SUPPORT',
      message_ts: posted.ts ?? '',
    });

    expect(link.permalink).toBe(`${standin.url}archives/C0SUPPORT/p${posted.ts?.replace('.', '')}`);
  });
});

describe('conversations.history', () => {
  it('returns messages newest first with metadata only when asked for', async () => {
    const client = createStandinClient(standin);
    const metadata = { event_type: 'wallet_reload', event_payload: { project_id: 42 } };
    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'first' });
    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'second', metadata });

    const plain = await client.conversations.history({ channel: 'C0SUPPORT' });
    const withMetadata = await client.conversations.history({
      channel: 'C0SUPPORT',
      include_all_metadata: true,
    });

    expect(plain.messages?.map((message) => message.text)).toEqual(['second', 'first']);
    expect(plain.messages?.[0]).not.toHaveProperty('metadata');
    expect(withMetadata.messages?.[0]?.metadata).toEqual(metadata);
  });

  it('honours oldest, latest and limit', async () => {
    const client = createStandinClient(standin);
    const posted = [];
    for (const text of ['a', 'b', 'c', 'd']) {
      now += 1000;
      posted.push(await client.chat.postMessage({ channel: 'C0SUPPORT', text }));
    }

    const result = await client.conversations.history({
      channel: 'C0SUPPORT',
      oldest: posted[0]?.ts,
      latest: posted[3]?.ts,
      limit: 1,
    });

    expect(result.messages?.map((message) => message.text)).toEqual(['c']);
    expect(result.has_more).toBe(true);
  });
});

describe('users and conversations', () => {
  it('answers users.info with e-mail, time zone and the offset in force', async () => {
    const client = createStandinClient(standin);

    const result = await client.users.info({ user: 'U0AGENT' });

    expect(result.user).toMatchObject({
      real_name: 'Alice Agent',
      tz: 'Europe/Amsterdam',
      tz_offset: 3600,
      profile: { email: 'alice@example.com' },
    });
  });

  it('answers user_not_found for an unknown user', async () => {
    const client = createStandinClient(standin);

    const call = client.users.info({ user: 'U0NOBODY' });

    await expect(call).rejects.toMatchObject({ data: { error: 'user_not_found' } });
  });

  it('finds a user by e-mail and opens the DM with them', async () => {
    const client = createStandinClient(standin);

    const found = await client.users.lookupByEmail({ email: 'lead@example.com' });
    const dm = await client.conversations.open({ users: 'U0AGENT' });

    expect(found.user?.id).toBe('U0LEAD');
    expect(dm.channel?.id).toBe('D0WALLET');
  });

  it('describes a channel with conversations.info', async () => {
    const client = createStandinClient(standin);

    const result = await client.conversations.info({ channel: 'C0SUPPORT' });

    expect(result.channel).toMatchObject({ id: 'C0SUPPORT', name: 'support', is_channel: true });
  });
});

describe('events', () => {
  it('emits every recorded call to listeners', async () => {
    const client = createStandinClient(standin);
    const seen: string[] = [];
    standin.events.on('call', (call) => seen.push(call.method));

    await client.auth.test();
    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'hi' });

    expect(seen).toEqual(['auth.test', 'chat.postMessage']);
  });

  it('waits for a call that has not arrived yet', async () => {
    const client = createStandinClient(standin);
    const waiting = standin.waitForCall('chat.postMessage', (call) => call.args.text === 'later');

    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'sooner' });
    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'later' });

    await expect(waiting).resolves.toMatchObject({ args: { text: 'later' } });
  });

  it('gives up waiting with a reason naming the method', async () => {
    const waiting = standin.waitForCall('views.open', undefined, 20);

    await expect(waiting).rejects.toThrow('No views.open call arrived within 20 ms');
  });
});
