import { createServer, type Server } from 'node:http';
import type { ModalView } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { type Playground, startPlayground } from '../../src/playground/server.js';
import {
  createStandinClient,
  type SlackStandin,
  startSlackStandin,
} from '../../src/slack-standin/index.js';
import { type Browser, browserTestTimeoutMs, launchChromium, screenshot } from './chromium.js';

// The page against a scripted app: proves the page's own behaviour (typing, type-ahead,
// field errors that keep input, modal closing) without the wallet or Odoo behind it.

const logModal: ModalView = {
  type: 'modal',
  callback_id: 'log_time',
  title: { type: 'plain_text', text: 'Log time' },
  submit: { type: 'plain_text', text: 'Log' },
  close: { type: 'plain_text', text: 'Cancel' },
  blocks: [
    {
      type: 'input',
      block_id: 'project',
      label: { type: 'plain_text', text: 'Project' },
      element: { type: 'external_select', action_id: 'project_select', min_query_length: 1 },
    },
    {
      type: 'input',
      block_id: 'duration',
      label: { type: 'plain_text', text: 'Duration' },
      element: { type: 'plain_text_input', action_id: 'duration_input' },
    },
  ],
};

type Payload = Record<string, unknown>;

/** Reads a nested property of a parsed payload. */
function at(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined),
    value,
  );
}

let app: Server;
let standin: SlackStandin;
let playground: Playground;
let browser: Browser;
const submissions: Payload[] = [];

async function respond(payload: Payload): Promise<unknown> {
  const client = createStandinClient(standin);
  if (payload.command === '/wallet') {
    await client.views.open({ trigger_id: String(payload.trigger_id), view: logModal });
    return '';
  }
  if (payload.type === 'block_suggestion') {
    const option = { text: { type: 'plain_text', text: 'Acme Support' }, value: '42' };
    return { options: String(payload.value).startsWith('ac') ? [option] : [] };
  }
  if (payload.type === 'view_submission') {
    submissions.push(payload);
    if (at(payload, 'view', 'state', 'values', 'duration', 'duration_input', 'value') === 'abc') {
      return { response_action: 'errors', errors: { duration: 'Type a duration such as 1:30' } };
    }
    const user = String(at(payload, 'user', 'id'));
    await client.chat.postEphemeral({ channel: 'C0SUPPORT', user, text: 'Logged *1.50 h*' });
  }
  return '';
}

beforeAll(async () => {
  app = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const form = new URLSearchParams(body);
    const payload = JSON.parse(form.get('payload') ?? JSON.stringify(Object.fromEntries(form)));
    const answer = await respond(payload);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(typeof answer === 'string' ? answer : JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const address = app.address();
  const appPort = typeof address === 'object' && address ? address.port : 0;

  standin = await startSlackStandin();
  playground = await startPlayground({
    port: 0,
    app: {
      url: `http://127.0.0.1:${appPort}/slack/events`,
      signingSecret: 'page-test',
      clock: () => new Date(),
    },
    standin,
    users: [{ id: 'U0AGENT', name: 'agent', realName: 'Alice Agent' }],
    reloadUsers: [],
    channels: [{ id: 'C0SUPPORT', name: '# support' }],
    shortcuts: [],
    logger: silentLogger,
  });
  browser = await launchChromium();
}, browserTestTimeoutMs);

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  await standin?.close();
  await new Promise((resolve) => app?.close(resolve));
});

describe('playground page', { timeout: browserTestTimeoutMs }, () => {
  it('keeps typed input under a field error and closes the modal once accepted', async () => {
    const page = browser.page;
    await page.goto(playground.url);

    await page.fill('#message-box', '/wallet log');
    await page.press('#message-box', 'Enter');
    const modal = page.locator('.modal');
    await modal.locator('.bk-external-input').fill('ac');
    await modal.getByRole('button', { name: 'Acme Support' }).click();
    await modal.locator('[data-action-id="duration_input"]').fill('abc');
    await modal.getByRole('button', { name: 'Log' }).click();
    const error = modal.locator('[data-error-for="duration"]');
    await expect.poll(() => error.textContent()).toBe('Type a duration such as 1:30');
    await screenshot(page, 'playground-page-error');

    expect(await modal.locator('.bk-external-input').inputValue()).toBe('Acme Support');
    await modal.locator('[data-action-id="duration_input"]').fill('1:30');
    await modal.getByRole('button', { name: 'Log' }).click();
    await page.locator('#messages').getByText('1.50 h').waitFor();
    await screenshot(page, 'playground-page-logged');

    expect(await page.locator('.modal').count()).toBe(0);
    expect(browser.problems).toEqual([]);
    const values = at(submissions.at(-1), 'view', 'state', 'values');
    expect(at(values, 'project', 'project_select', 'selected_option')).toEqual({
      text: { type: 'plain_text', text: 'Acme Support' },
      value: '42',
    });
  });
});
