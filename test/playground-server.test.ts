import { createServer, request, type Server } from 'node:http';
import type { ModalView } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { type Playground, startPlayground } from '../src/playground/server.js';
import {
  createStandinClient,
  type SlackStandin,
  slackSignature,
  startSlackStandin,
} from '../src/slack-standin/index.js';

const secret = 'playground-test-secret';

interface Received {
  contentType: string | undefined;
  signed: boolean;
  body: string;
  payload: Record<string, unknown>;
}

let app: Server;
let standin: SlackStandin;
let playground: Playground;
let received: Received[];
let answer: (request: Received) => { status?: number; body?: string };

function parse(contentType: string | undefined, body: string): Record<string, unknown> {
  if (contentType === 'application/json') return JSON.parse(body);
  const form = new URLSearchParams(body);
  const payload = form.get('payload');
  return payload ? JSON.parse(payload) : Object.fromEntries(form);
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

beforeEach(async () => {
  received = [];
  answer = () => ({});
  app = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const timestamp = Number(request.headers['x-slack-request-timestamp']);
    const contentType = request.headers['content-type'];
    const entry = {
      contentType,
      signed: request.headers['x-slack-signature'] === slackSignature(secret, body, timestamp),
      body,
      payload: parse(contentType, body),
    };
    received.push(entry);
    const reply = answer(entry);
    response.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json' });
    response.end(reply.body ?? '');
  });
  const appPort = await listen(app);

  standin = await startSlackStandin();
  playground = await startPlayground({
    port: 0,
    app: {
      url: `http://127.0.0.1:${appPort}/slack/events`,
      signingSecret: secret,
      clock: () => new Date(),
    },
    standin,
    users: [
      { id: 'U0AGENT', name: 'agent', realName: 'Alice Agent' },
      { id: 'U0LEAD', name: 'lead', realName: 'Lee Lead' },
    ],
    reloadUsers: ['U0LEAD'],
    channels: [{ id: 'C0SUPPORT', name: '# support' }],
    shortcuts: [{ name: 'Create support ticket', callbackId: 'ticket_from_message' }],
    logger: silentLogger,
  });
});

afterEach(async () => {
  await playground.close();
  await standin.close();
  await new Promise((resolve) => app.close(resolve));
});

async function call(path: string, body: Record<string, unknown>) {
  const response = await fetch(new URL(path, playground.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: 'U0AGENT', ...body }),
  });
  return response.json();
}

async function screen(user = 'U0AGENT') {
  const response = await fetch(
    new URL(`/api/screen?user=${user}&channel=C0SUPPORT`, playground.url),
  );
  return response.json();
}

async function openModal(view: ModalView): Promise<string> {
  const client = createStandinClient(standin);
  const opened = await client.views.open({ trigger_id: standin.issueTriggerId('U0AGENT'), view });
  return opened.view?.id ?? '';
}

const logModal: ModalView = {
  type: 'modal',
  callback_id: 'log_time',
  title: { type: 'plain_text', text: 'Log time' },
  submit: { type: 'plain_text', text: 'Log' },
  blocks: [
    {
      type: 'input',
      block_id: 'project',
      label: { type: 'plain_text', text: 'Project' },
      element: { type: 'external_select', action_id: 'project_select', min_query_length: 0 },
    },
    {
      type: 'input',
      block_id: 'date',
      label: { type: 'plain_text', text: 'Date' },
      element: { type: 'datepicker', action_id: 'date_pick', initial_date: '2026-01-05' },
    },
    {
      type: 'input',
      block_id: 'duration',
      label: { type: 'plain_text', text: 'Duration' },
      element: { type: 'plain_text_input', action_id: 'duration_input' },
    },
    {
      type: 'input',
      block_id: 'notes',
      optional: true,
      label: { type: 'plain_text', text: 'Notes' },
      element: { type: 'plain_text_input', action_id: 'notes_input', multiline: true },
    },
  ],
};

describe('playground server', () => {
  it('refuses requests another web page could forge', async () => {
    const command = JSON.stringify({ user: 'U0LEAD', channel: 'C0SUPPORT', text: '/wallet' });
    const url = new URL('/api/message', playground.url);

    const plainText = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: command,
    });
    const foreign = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
      body: command,
    });
    // fetch cannot set Host; a rebound DNS name reaches the server with a foreign one.
    const rebound = await new Promise<number>((resolve, reject) => {
      const headers = { 'Content-Type': 'application/json', Host: 'evil.example' };
      const sent = request(url, { method: 'POST', headers }, (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      });
      sent.on('error', reject);
      sent.end(command);
    });

    expect([plainText.status, foreign.status, rebound]).toEqual([403, 403, 403]);
    expect(standin.calls).toHaveLength(0);
  });

  it('sends a typed command as a signed slash-command form and shows the ack', async () => {
    answer = () => ({ body: JSON.stringify({ text: 'Loading *balances*' }) });

    const outcome = await call('/api/message', {
      channel: 'C0SUPPORT',
      text: '/wallet balance acme',
    });

    expect(outcome).toEqual({ ok: true });
    const [request] = received;
    expect(request?.contentType).toBe('application/x-www-form-urlencoded');
    expect(request?.signed).toBe(true);
    expect(request?.payload).toMatchObject({
      command: '/wallet',
      text: 'balance acme',
      user_id: 'U0AGENT',
      channel_id: 'C0SUPPORT',
      trigger_id: expect.stringMatching(/^\d+\.\d+\.[0-9a-f]{32}$/),
    });
    expect((await screen()).messages).toContain('Loading <strong>balances</strong>');
    expect((await screen()).messages).toContain('Only visible to you');
    expect((await screen('U0LEAD')).messages).not.toContain('balances');
  });

  it('submits state values shaped like Slack and keeps the form open with errors', async () => {
    const viewId = await openModal(logModal);
    const project = {
      text: { type: 'plain_text', text: 'Acme Support', emoji: true },
      value: '42',
    };
    answer = () => ({
      body: JSON.stringify({ response_action: 'errors', errors: { duration: 'Not a duration' } }),
    });

    const outcome = await call('/api/submit', {
      viewId,
      values: {
        'project.project_select': project,
        'date.date_pick': '2026-01-05',
        'duration.duration_input': 'abc',
        'notes.notes_input': null,
      },
    });

    expect(outcome).toEqual({ ok: true, errors: { duration: 'Not a duration' } });
    const payload = received[0]?.payload;
    expect(payload?.type).toBe('view_submission');
    expect(payload?.view).toMatchObject({
      id: viewId,
      callback_id: 'log_time',
      state: {
        values: {
          project: { project_select: { type: 'external_select', selected_option: project } },
          date: { date_pick: { type: 'datepicker', selected_date: '2026-01-05' } },
          duration: { duration_input: { type: 'plain_text_input', value: 'abc' } },
          notes: { notes_input: { type: 'plain_text_input', value: null } },
        },
      },
    });
    expect((await screen()).modal?.id).toBe(viewId);
  });

  it('replaces the modal on an update ack and closes it on an empty ack', async () => {
    const viewId = await openModal(logModal);
    const done = { type: 'modal', title: { type: 'plain_text', text: 'Logged' }, blocks: [] };
    answer = () => ({ body: JSON.stringify({ response_action: 'update', view: done }) });

    await call('/api/submit', { viewId, values: {} });
    const updated = (await screen()).modal;
    answer = () => ({});
    await call('/api/submit', { viewId, values: {} });

    expect(updated?.html).toContain('Logged');
    expect((await screen()).modal).toBeNull();
  });

  it('asks for type-ahead options with a block_suggestion carrying what was typed', async () => {
    const viewId = await openModal(logModal);
    const options = [{ text: { type: 'plain_text', text: 'Acme Support' }, value: '42' }];
    answer = () => ({ body: JSON.stringify({ options }) });

    const outcome = await call('/api/suggest', {
      viewId,
      actionId: 'project_select',
      value: 'acm',
      values: { 'duration.duration_input': '1:30' },
    });

    expect(outcome).toEqual({ ok: true, options: { options } });
    expect(received[0]?.payload).toMatchObject({
      type: 'block_suggestion',
      action_id: 'project_select',
      block_id: 'project',
      value: 'acm',
      view: { state: { values: { duration: { duration_input: { value: '1:30' } } } } },
    });
  });

  it('sends a button click on a message with the message and a response_url', async () => {
    const posted = await createStandinClient(standin).chat.postMessage({
      channel: 'C0SUPPORT',
      text: 'Acme',
      blocks: [
        {
          type: 'actions',
          block_id: 'row',
          elements: [
            {
              type: 'button',
              action_id: 'log_here',
              value: '42',
              text: { type: 'plain_text', text: 'Log time' },
            },
          ],
        },
      ],
    });
    const ts = posted.ts ?? '';

    await call('/api/action', {
      surface: { kind: 'message', channel: 'C0SUPPORT', ts },
      actionId: 'log_here',
      blockId: 'row',
      value: null,
      values: {},
    });

    expect(received[0]?.payload).toMatchObject({
      type: 'block_actions',
      container: { type: 'message', message_ts: ts },
      channel: { id: 'C0SUPPORT' },
      response_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/response\//),
      actions: [{ action_id: 'log_here', value: '42', type: 'button' }],
    });
  });

  it('sends app_home_opened as a signed JSON event when the Home tab is opened', async () => {
    await call('/api/home', {});

    expect(received[0]?.contentType).toBe('application/json');
    expect(received[0]?.signed).toBe(true);
    expect(received[0]?.payload).toMatchObject({
      type: 'event_callback',
      event: { type: 'app_home_opened', user: 'U0AGENT', tab: 'home' },
    });
  });

  it('runs a message shortcut on a message someone typed', async () => {
    await call('/api/message', { channel: 'C0SUPPORT', text: 'Export fails at page 2' });
    const ts = playground.screen.messages('U0AGENT', 'C0SUPPORT')[0]?.ts;

    await call('/api/shortcut', { callbackId: 'ticket_from_message', channel: 'C0SUPPORT', ts });

    expect(received[0]?.payload).toMatchObject({
      type: 'message_action',
      callback_id: 'ticket_from_message',
      message: { text: 'Export fails at page 2', user: 'U0AGENT', ts },
    });
  });

  it('tells the page what Slack would say when the app does not acknowledge', async () => {
    answer = () => ({ status: 404 });

    const outcome = await call('/api/message', { channel: 'C0SUPPORT', text: '/wallet' });

    expect(outcome).toEqual({
      ok: false,
      error: '/wallet failed with the error "operation_timeout"',
    });
  });

  it('serves files the app uploaded as downloads and refuses malformed requests', async () => {
    await createStandinClient(standin).filesUploadV2({
      channel_id: 'C0SUPPORT',
      filename: 'w.xlsx',
      file: Buffer.from('PK'),
    });
    const [id] = standin.files.keys();

    const file = await fetch(new URL(`/files/${id}`, playground.url));
    const malformed = await call('/api/message', { user: 'nobody', channel: '', text: '' });

    expect(file.headers.get('content-disposition')).toBe('attachment; filename="w.xlsx"');
    expect(await file.text()).toBe('PK');
    expect(malformed).toEqual({ ok: false, error: 'Malformed request' });
  });
});
