import { afterEach, describe, expect, it } from 'vitest';
import { dateIn } from '../src/slack/dates.js';
import { ActionId, BlockId, CallbackId } from '../src/slack/ids.js';
import { buildBlockSuggestion, buildViewSubmission } from '../src/slack-standin/index.js';
import { createFakeWallet, makeBalance, makeBatch } from './support/slack-fake-wallet.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness | null = null;

afterEach(async () => {
  await harness?.close();
  harness = null;
});

function wallet() {
  return createFakeWallet([
    makeBalance(42, 'Acme Support', 'Acme Corp', makeBatch(11, 20, 15)),
    makeBalance(57, 'Globex Helpdesk', 'Globex', makeBatch(12, 20, 2)),
  ]);
}

async function openLogModal(h: Harness, text = 'log') {
  await h.command(text);
  const [open] = await h.waitFor('views.open');
  return { open, view: () => h.modal() };
}

const acme = { text: 'Acme Support · Acme Corp', value: 'project:42' };

function entry(values: Record<string, unknown> = {}) {
  return {
    [BlockId.logProject]: acme,
    [BlockId.logDuration]: '1:30',
    [BlockId.logDescription]: 'Fixed the <b>invoice</b> export',
    ...values,
  };
}

describe('log time modal', () => {
  it('opens from the trigger before Odoo answers, dated the user’s own today', async () => {
    const fake = wallet();
    fake.gate.searchProjects = new Promise(() => {});
    harness = await startHarness({ wallet: fake });

    const { open } = await openLogModal(harness, 'log acme');

    const view = open?.args.view as { callback_id: string; blocks: unknown[] };
    expect(open?.response.ok).toBe(true);
    expect(open?.args.trigger_id).toMatch(/^\d+\.\d+\.[0-9a-f]{32}$/);
    expect(view.callback_id).toBe(CallbackId.logTime);
    expect(JSON.stringify(view)).toContain(dateIn('Europe/Amsterdam', new Date()));
  });

  it('preselects the client the command named', async () => {
    harness = await startHarness({ wallet: wallet() });

    await harness.command('log globex');
    const [update] = await harness.waitFor('views.update');

    expect(update?.response.ok).toBe(true);
    expect(JSON.stringify(update?.args.view)).toContain('"initial_option"');
    expect(JSON.stringify(update?.args.view)).toContain('project:57');
  });

  it('serves projects as you type, and tickets of the chosen project only', async () => {
    harness = await startHarness({ wallet: wallet() });
    const { view } = await openLogModal(harness);

    const projects = await harness.interaction(
      buildBlockSuggestion({
        user: 'U0AGENT',
        view: view(),
        actionId: ActionId.projectSelect,
        value: 'acm',
      }),
    );
    const tasks = await harness.interaction(
      buildBlockSuggestion({
        user: 'U0AGENT',
        view: view(),
        actionId: ActionId.taskSelect,
        value: '',
        stateValues: { [BlockId.logProject]: acme },
      }),
    );

    expect(JSON.parse(projects.text)).toEqual({
      options: [
        { text: { type: 'plain_text', text: 'Acme Support · Acme Corp' }, value: 'project:42' },
      ],
    });
    const taskOptions = JSON.parse(tasks.text).options as {
      value: string;
      text: { text: string };
    }[];
    expect(taskOptions.map((option) => option.value)).toEqual(['task:421:42', 'task:422:42']);
    expect(taskOptions.every((option) => option.text.text.length <= 75)).toBe(true);
  });

  it('logs as the matched Odoo user and confirms privately with the balance', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake });
    const { view } = await openLogModal(harness);

    const answer = await harness.interaction(buildViewSubmission(view(), entry(), 'U0AGENT'));
    const [confirmation] = await harness.waitFor('chat.postEphemeral');

    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    expect(fake.timesheets).toEqual([
      expect.objectContaining({
        userEmail: 'alice@example.com',
        projectId: 42,
        duration: '1:30',
        date: dateIn('Europe/Amsterdam', new Date()),
        timeZone: 'Europe/Amsterdam',
      }),
    ]);
    expect(confirmation?.response.ok).toBe(true);
    expect(confirmation?.args).toMatchObject({ channel: 'C0SUPPORT', user: 'U0AGENT' });
    const text = JSON.stringify(confirmation?.args.blocks);
    expect(text).toContain('1.5 h (1:30)');
    expect(text).toContain('3.5 h (3:30)');
    expect(text).toContain('&lt;b&gt;invoice&lt;/b&gt;');
    expect(text).toContain('running low');
  });

  it('keeps the modal open with the error under the duration for `abc`', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake });
    const { view } = await openLogModal(harness);

    const answer = await harness.interaction(
      buildViewSubmission(view(), entry({ [BlockId.logDuration]: 'abc' }), 'U0AGENT'),
    );

    const body = JSON.parse(answer.text);
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([BlockId.logDuration]);
    expect(body.errors[BlockId.logDuration]).toContain('abc');
    expect(fake.timesheets).toEqual([]);
  });

  it('logs the corrected entry submitted from the same modal after an inline error', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake });
    const { view } = await openLogModal(harness);
    await harness.interaction(
      buildViewSubmission(view(), entry({ [BlockId.logDuration]: 'abc' }), 'U0AGENT'),
    );

    const answer = await harness.interaction(buildViewSubmission(view(), entry(), 'U0AGENT'));

    expect(answer.text).toBe('');
    expect(fake.timesheets).toHaveLength(1);
  });

  it('asks for a project before calling Odoo when none is picked', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake });
    const { view } = await openLogModal(harness);

    const answer = await harness.interaction(
      buildViewSubmission(view(), entry({ [BlockId.logProject]: null }), 'U0AGENT'),
    );

    expect(JSON.parse(answer.text)).toEqual({
      response_action: 'errors',
      errors: { [BlockId.logProject]: 'Pick a project.' },
    });
    expect(fake.calls).not.toContain('logTime');
  });

  it('creates one timesheet when the same submission arrives twice', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake });
    const { view } = await openLogModal(harness);
    const submission = buildViewSubmission(view(), entry(), 'U0AGENT');

    const answers = await Promise.all([
      harness.interaction(submission),
      harness.interaction(submission),
    ]);
    await harness.interaction(submission);
    await harness.waitFor('chat.postEphemeral');

    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(fake.timesheets).toHaveLength(1);
    expect(harness.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
  });

  it('says which e-mail was tried when the Slack user has no Odoo account', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake });
    await harness.command('log', { userId: 'U0CLIENT' });

    const [update] = await harness.waitFor('views.update');

    const text = JSON.stringify(update?.args.view);
    expect(text).toContain('carl@client.example.net');
    expect(text).toContain('Ask an Odoo admin');
  });

  it('closes the modal and answers by message when Odoo is slower than Slack waits', async () => {
    const fake = wallet();
    let release = () => {};
    fake.gate.logTime = new Promise((resolve) => {
      release = resolve;
    });
    harness = await startHarness({ wallet: fake, submitWaitMs: 50 });
    const { view } = await openLogModal(harness);

    const answer = await harness.interaction(buildViewSubmission(view(), entry(), 'U0AGENT'));
    release();
    const [confirmation] = await harness.waitFor('chat.postEphemeral');

    expect(answer.text).toBe('');
    expect(confirmation?.seq).toBeGreaterThan(answer.seq);
    expect(fake.timesheets).toHaveLength(1);
  });
});
