import { afterEach, describe, expect, it } from 'vitest';
import { ActionId, BlockId, NEW_BATCH_VALUE } from '../src/slack/ids.js';
import { buildBlockActions, buildViewSubmission } from '../src/slack-standin/index.js';
import { createFakeWallet, makeBalance, makeBatch } from './support/slack-fake-wallet.js';
import { bodyOf, type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness | null = null;

afterEach(async () => {
  await harness?.close();
  harness = null;
});

function wallet() {
  return createFakeWallet([
    makeBalance(42, 'Acme Support', 'Acme Corp', makeBatch(11, 20, 22)),
    makeBalance(57, 'Globex Helpdesk', 'Globex', makeBatch(12, 20, 5)),
  ]);
}

const acme = { text: 'Acme Support · Acme Corp', value: 'project:42' };

/** Waits for the modal update that shows a plan and returns the view Slack now shows. */
async function shownPlan(h: Harness, updates = 2): Promise<Record<string, unknown>> {
  const calls = await h.waitFor('views.update', updates);
  const last = calls.at(-1);
  expect(last?.response.ok).toBe(true);
  const view = last?.response.view;
  if (typeof view !== 'object' || view === null) throw new Error('no view in the answer');
  return { ...view };
}

describe('reload modal', () => {
  it('refuses politely, without a modal, a user not in WALLET_RELOAD_USERS', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });

    await harness.command('reload acme', { userId: 'U0AGENT' });
    const [reply] = await harness.waitFor('response_url');

    expect(String(bodyOf(reply).text)).toContain('limited to the people');
    expect(harness.slack.callsTo('views.open')).toEqual([]);
    expect(fake.calls).toEqual([]);
  });

  it('shows the plan for the named project before anything is written', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });

    await harness.command('reload acme', { userId: 'U0LEAD' });
    const [open] = await harness.waitFor('views.open');
    const view = await shownPlan(harness, 1);

    expect(open?.response.ok).toBe(true);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Plan for Acme Support');
    expect(text).toContain('Carry-over: *2 h (2:00)*');
    expect(text).toContain('starts at *18 h (18:00)*');
    expect(text).toContain('3 open tasks move');
    expect(text).toContain('2 timesheets stay locked');
    expect(text).toContain('not installed');
    expect(fake.calls).not.toContain('executeReload');
  });

  it('shows the plan once a project is picked in the modal', async () => {
    harness = await startHarness({ wallet: wallet(), reloadUsers: ['U0LEAD'] });
    await harness.command('reload', { userId: 'U0LEAD' });
    await harness.waitFor('views.open');

    await harness.interaction(
      buildBlockActions({
        user: 'U0LEAD',
        view: harness.modal('U0LEAD'),
        actionId: ActionId.reloadProjectSelect,
        value: acme,
        stateValues: { [BlockId.reloadProject]: acme },
      }),
    );
    const view = await shownPlan(harness);

    expect(JSON.stringify(view.blocks)).toContain('Plan for Acme Support');
  });

  it('runs the reload on confirm and updates one message as each step runs', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });
    await harness.command('reload acme', { userId: 'U0LEAD' });
    const view = await shownPlan(harness, 1);

    const answer = await harness.interaction(buildViewSubmission(view, {}, 'U0LEAD'));
    const [posted] = await harness.waitFor('chat.postMessage');
    await harness.slack.waitForCall('chat.update', (call) =>
      JSON.stringify(call.args).includes('Reload done'),
    );

    expect(answer.text).toBe('');
    expect(fake.reloads).toHaveLength(1);
    expect(posted?.args.channel).toBe('C0SUPPORT');
    const updates = harness.slack.callsTo('chat.update');
    expect(updates.every((call) => call.response.ok === true)).toBe(true);
    expect(updates.every((call) => call.args.ts === posted?.response.ts)).toBe(true);
    const final = JSON.stringify(updates.at(-1)?.args.blocks);
    expect(final).toContain('Reload done and verified');
    expect(final).toContain('2 timesheets locked, 3 tasks moved');
  });

  it('checks the allow list again on submit', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });
    await harness.command('reload acme', { userId: 'U0LEAD' });
    const view = await shownPlan(harness, 1);

    const answer = await harness.interaction(buildViewSubmission(view, {}, 'U0AGENT'));

    expect(JSON.parse(answer.text).response_action).toBe('update');
    expect(answer.text).toContain('limited to the people');
    expect(fake.calls).not.toContain('executeReload');
  });

  it('refuses a second reload of the same project while one runs, saying why', async () => {
    const fake = wallet();
    let release = () => {};
    fake.gate.executeReload = new Promise((resolve) => {
      release = resolve;
    });
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });
    await harness.command('reload acme', { userId: 'U0LEAD' });
    const first = await shownPlan(harness, 1);
    await harness.command('reload acme', { userId: 'U0LEAD' });
    const second = await shownPlan(harness, 2);

    await harness.interaction(buildViewSubmission(first, {}, 'U0LEAD'));
    await harness.waitFor('chat.postMessage');
    await harness.interaction(buildViewSubmission(second, {}, 'U0LEAD'));
    const refused = await harness.slack.waitForCall('chat.update', (call) =>
      JSON.stringify(call.args).includes('already running'),
    );
    release();
    await harness.waitForLog('reload done');

    expect(JSON.stringify(refused.args)).toContain('The reload stopped.');
    expect(fake.reloads).toHaveLength(1);
  });

  it('runs one reload when the same confirmation arrives twice', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });
    await harness.command('reload acme', { userId: 'U0LEAD' });
    const view = await shownPlan(harness, 1);
    const submission = buildViewSubmission(view, {}, 'U0LEAD');

    await Promise.all([harness.interaction(submission), harness.interaction(submission)]);
    await harness.waitForLog('reload done');

    expect(fake.reloads).toHaveLength(1);
    expect(harness.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('sells a new batch first, then shows its plan for a second confirmation', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });
    await harness.command('reload acme', { userId: 'U0LEAD' });
    const plan = await shownPlan(harness, 1);
    const newBatch = { [BlockId.reloadBatch]: NEW_BATCH_VALUE, [BlockId.reloadProject]: acme };
    await harness.interaction(
      buildBlockActions({
        user: 'U0LEAD',
        view: plan,
        actionId: ActionId.reloadBatchSelect,
        value: NEW_BATCH_VALUE,
        stateValues: newBatch,
      }),
    );
    const form = await shownPlan(harness, 3);

    const bad = await harness.interaction(
      buildViewSubmission(form, { ...newBatch, [BlockId.reloadHours]: 'abc' }, 'U0LEAD'),
    );
    const good = await harness.interaction(
      buildViewSubmission(
        form,
        { ...newBatch, [BlockId.reloadHours]: '10', [BlockId.reloadPrice]: '95,50' },
        'U0LEAD',
      ),
    );
    const shown = await shownPlan(harness, 4);

    expect(JSON.parse(bad.text)).toMatchObject({
      response_action: 'errors',
      errors: { [BlockId.reloadHours]: expect.stringContaining('quarter hours from 0.25') },
    });
    expect(JSON.parse(good.text).response_action).toBe('update');
    expect(fake.calls).toContain('createBatch:10:95.5');
    expect(JSON.stringify(shown.blocks)).toContain('New batch *S00088*');
    expect(fake.calls).not.toContain('executeReload');
  });

  it('tells the user to set the first batch in Odoo when the project has none', async () => {
    const fake = createFakeWallet([makeBalance(60, 'Stark Support', 'Stark', null)]);
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });

    await harness.command('reload stark', { userId: 'U0LEAD' });
    const view = await shownPlan(harness, 1);

    const text = JSON.stringify(view.blocks);
    expect(text).toContain('has no batch yet');
    expect(text).toContain('first batch on the project in Odoo');
    expect(text).not.toContain('Sell a new batch');
    expect(fake.calls.filter((c) => c.startsWith('candidateBatches'))).toEqual([]);
  });

  it('sells nothing when the project lost its batch while the form was open', async () => {
    const fake = wallet();
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });
    await harness.command('reload acme', { userId: 'U0LEAD' });
    const plan = await shownPlan(harness, 1);
    const newBatch = { [BlockId.reloadBatch]: NEW_BATCH_VALUE, [BlockId.reloadProject]: acme };
    await harness.interaction(
      buildBlockActions({
        user: 'U0LEAD',
        view: plan,
        actionId: ActionId.reloadBatchSelect,
        value: NEW_BATCH_VALUE,
        stateValues: newBatch,
      }),
    );
    const form = await shownPlan(harness, 3);
    fake.balancesList = [makeBalance(42, 'Acme Support', 'Acme Corp', null)];

    await harness.interaction(
      buildViewSubmission(
        form,
        { ...newBatch, [BlockId.reloadHours]: '10', [BlockId.reloadPrice]: '95' },
        'U0LEAD',
      ),
    );
    const shown = await shownPlan(harness, 4);

    expect(JSON.stringify(shown.blocks)).toContain('has no batch yet');
    expect(fake.calls.filter((c) => c.startsWith('createBatch'))).toEqual([]);
  });
});
