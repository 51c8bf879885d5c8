import { afterEach, describe, expect, it } from 'vitest';
import type { OdooStandin } from '../src/odoo-standin/index.js';
import { ActionId, BlockId, NEW_BATCH_VALUE } from '../src/slack/ids.js';
import { buildBlockSuggestion, buildViewSubmission } from '../src/slack-standin/index.js';
import { type EndToEnd, startEndToEnd } from './support/slack-e2e.js';

let chain: EndToEnd | null = null;

afterEach(async () => {
  await chain?.close();
  chain = null;
});

const acme = { text: 'Acme Corp - Support · Acme Corp', value: 'project:1' };

function timesheetsNamed(odoo: OdooStandin, name: string): number[] {
  return odoo.engine.searchIds('account.analytic.line', [['name', '=', name]]);
}

async function lastUpdatedView(e2e: EndToEnd, count: number): Promise<Record<string, unknown>> {
  const updates = await e2e.harness.waitFor('views.update', count, 10_000);
  const view = updates.at(-1)?.response.view;
  if (typeof view !== 'object' || view === null) throw new Error('no view answered');
  return { ...view };
}

describe('modals against the Odoo and Slack stand-ins', () => {
  it('logs time once from the modal, with type-ahead, inline errors and a repeat', async () => {
    chain = await startEndToEnd();
    const { harness, odoo } = chain;
    await harness.command('log');
    await harness.waitFor('views.open');
    const view = harness.modal();

    const projects = await harness.interaction(
      buildBlockSuggestion({
        user: 'U0AGENT',
        view,
        actionId: ActionId.projectSelect,
        value: 'acm',
      }),
    );
    const tasks = await harness.interaction(
      buildBlockSuggestion({
        user: 'U0AGENT',
        view,
        actionId: ActionId.taskSelect,
        value: 'csv',
        stateValues: { [BlockId.logProject]: acme },
      }),
    );
    const entry = {
      [BlockId.logProject]: acme,
      [BlockId.logTask]: { text: 'Export to CSV', value: 'task:2:1' },
      [BlockId.logDuration]: '1h30',
      [BlockId.logDescription]: 'Reviewed the CSV export',
    };
    const refused = await harness.interaction(
      buildViewSubmission(view, { ...entry, [BlockId.logDuration]: 'abc' }, 'U0AGENT'),
    );
    const submission = buildViewSubmission(view, entry, 'U0AGENT');
    const answers = await Promise.all([
      harness.interaction(submission),
      harness.interaction(submission),
    ]);
    const [confirmation] = await harness.waitFor('chat.postEphemeral');

    expect(JSON.parse(projects.text).options).toEqual([
      { text: { type: 'plain_text', text: acme.text }, value: acme.value },
    ]);
    expect(JSON.parse(tasks.text).options).toEqual([
      { text: { type: 'plain_text', text: 'Export to CSV' }, value: 'task:2:1' },
    ]);
    expect(JSON.parse(refused.text).errors[BlockId.logDuration]).toContain(
      '"abc" is not a duration',
    );
    expect(answers.map((answer) => answer.text)).toEqual(['', '']);
    expect(timesheetsNamed(odoo, 'Reviewed the CSV export')).toHaveLength(1);
    expect(confirmation?.response.ok).toBe(true);
    expect(JSON.stringify(confirmation?.args.blocks)).toContain('1.5 h (1:30)');
  });

  it('creates a ticket from the message shortcut with tags and posts its link', async () => {
    chain = await startEndToEnd();
    const { harness, odoo } = chain;
    const ts = await harness.postMessage('C0SUPPORT', 'The login page times out again');
    await harness.interaction({
      type: 'message_action',
      callback_id: 'create_ticket',
      trigger_id: harness.slack.issueTriggerId('U0AGENT'),
      message_ts: ts,
      message: { type: 'message', user: 'U0CLIENT', ts, text: 'The login page times out again' },
      user: { id: 'U0AGENT', name: 'agent', team_id: 'T0001' },
      channel: { id: 'C0SUPPORT', name: 'support' },
      team: { id: 'T0001', domain: 'example-support' },
      token: 'verificationtoken0000000',
      action_ts: ts,
      response_url: harness.slack.issueResponseUrl({ channel: 'C0SUPPORT', user: 'U0AGENT' }),
    });
    await harness.waitFor('views.open');

    const values = {
      [BlockId.ticketProject]: acme,
      [BlockId.ticketTitle]: 'Login times out (again)',
      [BlockId.ticketAssignee]: 'U0LEAD',
      [BlockId.ticketTags]: ['tag:Bug'],
    };
    await harness.interaction(buildViewSubmission(harness.modal(), values, 'U0AGENT'));
    const [reply] = await harness.waitFor('chat.postEphemeral');

    const [taskId] = odoo.engine.searchIds('project.task', [
      ['name', '=', 'Login times out (again)'],
    ]);
    const task = odoo.engine.row('project.task', taskId ?? 0);
    expect(task?.project_id).toBe(1);
    expect(String(task?.description)).toContain('/archives/C0SUPPORT/p');
    expect(reply?.response.ok).toBe(true);
    expect(JSON.stringify(reply?.args.blocks)).toContain(`${taskId}`);
  });

  it('sells a batch, shows the plan, then reloads with a verified report', async () => {
    chain = await startEndToEnd({ reloadUsers: ['U0LEAD'] });
    const { harness } = chain;
    await harness.command('reload initech', { userId: 'U0LEAD' });
    const planless = await lastUpdatedView(chain, 1);
    const choice = {
      [BlockId.reloadProject]: { text: 'Initech - Support · Initech', value: 'project:3' },
      [BlockId.reloadBatch]: NEW_BATCH_VALUE,
    };

    await harness.interaction(
      buildViewSubmission(
        planless,
        { ...choice, [BlockId.reloadHours]: '10', [BlockId.reloadPrice]: '95' },
        'U0LEAD',
      ),
    );
    const plan = await lastUpdatedView(chain, 2);
    await harness.interaction(buildViewSubmission(plan, {}, 'U0LEAD'));
    const final = await harness.slack.waitForCall(
      'chat.update',
      (call) =>
        JSON.stringify(call.args).includes('The reload') ||
        JSON.stringify(call.args).includes('Reload done'),
      10_000,
    );

    expect(JSON.stringify(plan.blocks)).toContain('Carry-over: *2.5 h (2:30)*');
    expect(JSON.stringify(plan.blocks)).toContain('starts at *7.5 h (7:30)*');
    expect(JSON.stringify(final.args.blocks)).toContain('Reload done and verified');
  });
});
