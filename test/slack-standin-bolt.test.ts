import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSlackRequestKit,
  quietSlackLogger,
  type SlackRequestKit,
  type SlackStandin,
  startSlackStandin,
} from '../src/slack-standin/index.js';

const fixtures = new URL('./fixtures/slack-reference/', import.meta.url).href;
const signingSecret = '00112233445566778899aabbccddeeff';
const plain = (text: string) => ({ type: 'plain_text' as const, text });

let standin: SlackStandin;
let kit: SlackRequestKit;
let app: App;
let appUrl: string;
const submitted: unknown[] = [];

function buildApp(): App {
  const bolt = new App({
    token: standin.botToken,
    signingSecret,
    logger: quietSlackLogger,
    clientOptions: { slackApiUrl: standin.apiUrl, retryConfig: { retries: 0 } },
  });

  bolt.command('/wallet', async ({ ack, body, client, respond }) => {
    await ack();
    await client.views.open({
      trigger_id: body.trigger_id,
      view: {
        type: 'modal',
        callback_id: 'log_time',
        title: plain('Log time'),
        submit: plain('Log'),
        blocks: [
          {
            type: 'input',
            block_id: 'project',
            label: plain('Project'),
            element: { type: 'external_select', action_id: 'project_select', min_query_length: 0 },
          },
          {
            type: 'input',
            block_id: 'duration',
            label: plain('Duration'),
            element: { type: 'plain_text_input', action_id: 'duration_input' },
          },
        ],
      },
    });
    await respond(`Opening the log for ${body.user_name}`);
  });

  bolt.options('project_select', async ({ ack, payload }) => {
    await ack({ options: [{ text: plain(`Acme (${payload.value})`), value: 'project:42' }] });
  });

  bolt.view('log_time', async ({ ack, view }) => {
    submitted.push(view.state.values);
    await ack({ response_action: 'errors', errors: { duration: 'Use quarter hours' } });
  });

  bolt.shortcut('ticket_from_message', async ({ ack, shortcut, client, respond }) => {
    await ack();
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: { type: 'modal', title: plain('New ticket'), blocks: [{ type: 'divider' }] },
    });
    await respond({ text: 'Creating a ticket', response_type: 'ephemeral' });
  });

  bolt.event('app_home_opened', async ({ event, client }) => {
    await client.views.publish({
      user_id: event.user,
      view: { type: 'home', blocks: [{ type: 'header', text: plain('Wallets') }] },
    });
  });
  return bolt;
}

beforeEach(async () => {
  standin = await startSlackStandin();
  kit = createSlackRequestKit({ standin, signingSecret });
  app = buildApp();
  const server = await app.start(0);
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  submitted.length = 0;
});

afterEach(async () => {
  await app.stop();
  await standin.close();
});

describe('a Bolt app against the stand-in', () => {
  it('opens a modal from a signed slash command and answers through respond()', async () => {
    const request = kit.slashCommand({ command: '/wallet', text: 'log' });

    const response = await kit.send(appUrl, request);
    await standin.waitForCall('response_url');

    expect(response.status).toBe(200);
    expect(standin.callsTo('views.open')).toMatchObject([{ response: { ok: true } }]);
    expect(standin.views.modals.get('U0AGENT')?.[0]?.callback_id).toBe('log_time');
    expect(standin.messagesIn('C0SUPPORT')).toMatchObject([
      { text: 'Opening the log for agent', ephemeralTo: 'U0AGENT' },
    ]);
  });

  it('serves type-ahead and a submission of the open modal', async () => {
    await kit.send(appUrl, kit.slashCommand({ command: '/wallet' }));
    await standin.waitForCall('views.open');

    const options = await kit.send(
      appUrl,
      kit.blockSuggestion({ actionId: 'project_select', value: 'acm' }),
    );
    const submission = await kit.send(
      appUrl,
      kit.viewSubmission({
        values: { project: { text: 'Acme', value: 'project:42' }, duration: '1.3' },
      }),
    );

    expect(await options.json()).toMatchObject({ options: [{ text: { text: 'Acme (acm)' } }] });
    expect(submitted).toEqual([
      {
        project: {
          project_select: {
            type: 'external_select',
            selected_option: { text: { ...plain('Acme'), emoji: true }, value: 'project:42' },
          },
        },
        duration: { duration_input: { type: 'plain_text_input', value: '1.3' } },
      },
    ]);
    const viewId = standin.views.modals.get('U0AGENT')?.[0]?.id ?? '';
    expect(standin.applyViewAck(viewId, await submission.json())).toEqual({
      errors: { duration: 'Use quarter hours' },
    });
  });

  it('publishes the Home tab when the user opens it', async () => {
    const response = await kit.send(appUrl, kit.appHomeOpened());

    const call = await standin.waitForCall('views.publish');

    expect(response.status).toBe(200);
    expect(call.response).toMatchObject({ ok: true });
    expect(standin.views.homes.get('U0AGENT')?.blocks).toMatchObject([{ type: 'header' }]);
  });

  it('replays a recorded fixture with the stand-in trigger id and response_url', async () => {
    const fixture = JSON.parse(readFileSync(new URL(`${fixtures}message-action.json`), 'utf8'));

    const request = kit.interaction(fixture);
    const response = await kit.send(appUrl, request);
    await standin.waitForCall('response_url');

    expect(response.status).toBe(200);
    expect(request.responseUrl).toMatch(new RegExp(`^${standin.url}response/`));
    expect(standin.callsTo('views.open')).toMatchObject([{ response: { ok: true } }]);
    expect(standin.messagesIn('C0SUPPORT')).toMatchObject([
      { text: 'Creating a ticket', ephemeralTo: 'U0AGENT' },
    ]);
  });

  it('is refused by Bolt when signed with another secret', async () => {
    const other = createSlackRequestKit({ standin, signingSecret: 'not-the-secret' });

    const response = await other.send(appUrl, other.slashCommand({ command: '/wallet' }));

    expect(response.status).toBe(401);
  });
});
