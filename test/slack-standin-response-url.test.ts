import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackStandin, startSlackStandin } from '../src/slack-standin/index.js';

let standin: SlackStandin;
let now: number;

beforeEach(async () => {
  now = Date.UTC(2026, 0, 15, 9, 0, 0);
  standin = await startSlackStandin({ clock: () => now });
});

afterEach(async () => {
  await standin.close();
});

/** Posts as Bolt's respond() does: JSON to the response_url. */
function respond(url: string, message: Record<string, unknown>) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(message),
  });
}

describe('response_url', () => {
  it('posts an ephemeral message to the user by default', async () => {
    const url = standin.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' });

    const response = await respond(url, { text: 'Acme: 3.5 h left' });

    expect(response.status).toBe(200);
    expect(standin.messagesIn('C0SUPPORT')).toMatchObject([
      { text: 'Acme: 3.5 h left', ephemeralTo: 'U0AGENT', via: 'response_url' },
    ]);
  });

  it('posts a visible message for response_type in_channel', async () => {
    const url = standin.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' });

    await respond(url, { text: 'Reload done', response_type: 'in_channel' });

    expect(standin.messagesIn('C0SUPPORT')[0]).not.toHaveProperty('ephemeralTo');
  });

  it('replaces the message the interaction came from', async () => {
    const first = standin.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' });
    await respond(first, { text: 'Preview', response_type: 'in_channel' });
    const [preview] = standin.messagesIn('C0SUPPORT');
    const url = standin.issueResponseUrl({
      channel: 'C0SUPPORT',
      user: 'U0AGENT',
      messageTs: preview?.ts,
    });

    await respond(url, { text: 'Confirmed', replace_original: true });

    expect(standin.messagesIn('C0SUPPORT')).toMatchObject([{ ts: preview?.ts, text: 'Confirmed' }]);
  });

  it('deletes the original message on delete_original', async () => {
    const url = standin.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' });
    await respond(url, { text: 'Working…' });

    await respond(url, { delete_original: true });

    expect(standin.messagesIn('C0SUPPORT')).toEqual([]);
  });

  it('refuses a sixth use', async () => {
    const url = standin.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' });
    for (let use = 1; use <= 5; use += 1) await respond(url, { text: `use ${use}` });

    const sixth = await respond(url, { text: 'one too many' });

    expect(sixth.status).toBe(404);
    expect(await sixth.json()).toMatchObject({ ok: false, error: 'used_url' });
    expect(standin.messagesIn('C0SUPPORT')).toHaveLength(5);
  });

  it('refuses a use after thirty minutes', async () => {
    const url = standin.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' });
    now += 30 * 60 * 1000 + 1;

    const late = await respond(url, { text: 'too late' });

    expect(late.status).toBe(404);
    expect(await late.json()).toMatchObject({ error: 'expired_url' });
  });

  it('refuses blocks Slack would refuse, so respond() throws', async () => {
    const url = standin.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' });

    const response = await respond(url, {
      blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'x' } }],
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_blocks' });
  });

  it('records each post as a response_url call', async () => {
    const url = standin.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' });

    await respond(url, { text: 'hi' });

    expect(standin.callsTo('response_url')).toMatchObject([
      { args: { body: { text: 'hi' } }, status: 200 },
    ]);
  });
});
