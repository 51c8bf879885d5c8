import { afterEach, describe, expect, it } from 'vitest';
import { BlockId, CallbackId } from '../src/slack/ids.js';
import { buildMessageShortcut, buildViewSubmission } from '../src/slack-standin/index.js';
import { createFakeWallet, makeBalance, makeBatch } from './support/slack-fake-wallet.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness | null = null;

afterEach(async () => {
  await harness?.close();
  harness = null;
});

function wallet() {
  return createFakeWallet([makeBalance(42, 'Acme Support', 'Acme Corp', makeBatch(11, 20, 5))]);
}

const acme = { text: 'Acme Support · Acme Corp', value: 'project:42' };

describe('ticket modal', () => {
  it('opens from /wallet ticket at once, then adds the tags when Odoo answers', async () => {
    const fake = wallet();
    let release = () => {};
    fake.gate.listTags = new Promise((resolve) => {
      release = resolve;
    });
    harness = await startHarness({ wallet: fake });

    await harness.command('ticket');
    const [open] = await harness.waitFor('views.open');
    release();
    const [update] = await harness.waitFor('views.update');

    expect(open?.response.ok).toBe(true);
    expect(JSON.stringify(open?.args.view)).toContain(`"callback_id":"${CallbackId.ticket}"`);
    expect(JSON.stringify(open?.args.view)).not.toContain('tag:');
    expect(update?.response.ok).toBe(true);
    expect(JSON.stringify(update?.args.view)).toContain('tag:Feature Request');
  });

  it('creates the task with the assignee matched by e-mail and posts its link', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake });
    await harness.command('ticket');
    await harness.waitFor('views.open');
    const view = harness.modal();

    const values = {
      [BlockId.ticketProject]: acme,
      [BlockId.ticketTitle]: 'Invoice export fails',
      [BlockId.ticketDescription]: 'Stops at page 2',
      [BlockId.ticketAssignee]: 'U0AGENT',
      [BlockId.ticketTags]: ['tag:Bug'],
    };
    const answer = await harness.interaction(buildViewSubmission(view, values, 'U0LEAD'));
    const [reply] = await harness.waitFor('chat.postEphemeral');

    expect(answer.text).toBe('');
    expect(fake.tickets).toEqual([
      expect.objectContaining({
        projectId: 42,
        title: 'Invoice export fails',
        description: 'Stops at page 2',
        assigneeEmails: ['alice@example.com'],
        tags: ['Bug'],
      }),
    ]);
    expect(reply?.args).toMatchObject({ channel: 'C0SUPPORT', user: 'U0LEAD' });
    expect(JSON.stringify(reply?.args.blocks)).toContain(
      'http://127.0.0.1:8069/odoo/project.task/901',
    );
  });

  it('refuses an assignee with no Odoo user under the assignee input', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake });
    await harness.command('ticket');
    await harness.waitFor('views.open');
    const view = harness.modal();

    const values = {
      [BlockId.ticketProject]: acme,
      [BlockId.ticketTitle]: 'Invoice export fails',
      [BlockId.ticketAssignee]: 'U0CLIENT',
    };
    const answer = await harness.interaction(buildViewSubmission(view, values, 'U0LEAD'));

    const body = JSON.parse(answer.text);
    expect(body.response_action).toBe('errors');
    expect(body.errors[BlockId.ticketAssignee]).toContain('carl@client.example.net');
    expect(fake.tickets).toEqual([]);
  });

  it('prefills the description from the message shortcut, with a permalink', async () => {
    harness = await startHarness({ wallet: wallet() });
    const text = 'Invoice export fails at page 2';
    const ts = await harness.postMessage('C0SUPPORT', text);

    const answer = await harness.interaction(
      buildMessageShortcut({
        callbackId: CallbackId.createTicketShortcut,
        user: 'U0AGENT',
        channel: 'C0SUPPORT',
        message: { ts, user: 'U0CLIENT', text },
        triggerId: harness.slack.issueTriggerId('U0AGENT'),
        responseUrl: harness.slack.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' }),
      }),
    );
    const [open] = await harness.waitFor('views.open');

    expect(answer.status).toBe(200);
    expect(open?.response.ok).toBe(true);
    const description = JSON.stringify(open?.args.view);
    expect(description).toContain('Invoice export fails at page 2');
    expect(description).toContain(`/archives/C0SUPPORT/p${ts.replace('.', '')}`);
  });
});
