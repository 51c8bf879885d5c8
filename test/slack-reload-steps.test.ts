import { afterEach, describe, expect, it } from 'vitest';
import { ActionId, BlockId, NEW_BATCH_VALUE } from '../src/slack/ids.js';
import {
  buildBlockActions,
  buildViewClosed,
  buildViewSubmission,
} from '../src/slack-standin/index.js';
import { type EndToEnd, startEndToEnd } from './support/slack-e2e.js';

let chain: EndToEnd | null = null;

afterEach(async () => {
  await chain?.close();
  chain = null;
});

const initech = { text: 'Initech - Support · Initech', value: 'project:3' };
const globex = { text: 'Globex - Support · Globex', value: 'project:2' };

type View = Record<string, unknown>;

/** Opens the reload of Globex (2.5 h left, no debt) and sells 20 h at 95. */
async function sellGlobexBatch(e2e: EndToEnd): Promise<{ form: View; plan: View }> {
  const { harness } = e2e;
  await harness.command('reload globex', { userId: 'U0LEAD' });
  const form = await newBatchStep(e2e);
  const sale = {
    [BlockId.reloadProject]: globex,
    [BlockId.reloadBatch]: NEW_BATCH_VALUE,
    [BlockId.reloadHours]: '20',
    [BlockId.reloadPrice]: '95',
  };
  const answer = await harness.interaction(buildViewSubmission(form, sale, 'U0LEAD'));
  harness.slack.applyViewAck(String(form.id), JSON.parse(answer.text));
  for (let count = 1; count < 20; count += 1) {
    await harness.waitFor('views.update', count, 10_000);
    const modal = harness.modal('U0LEAD');
    if (JSON.stringify(modal.blocks).includes('Plan for')) return { form, plan: modal };
  }
  throw new Error('the plan never showed');
}

/** Waits until the modal on top shows the new batch's fields, and returns it. */
async function newBatchStep(e2e: EndToEnd): Promise<Record<string, unknown>> {
  for (let count = 1; count < 10; count += 1) {
    await e2e.harness.waitFor('views.update', count, 10_000);
    const modal = e2e.harness.modal('U0LEAD');
    if (JSON.stringify(modal.blocks).includes(BlockId.reloadHours)) return modal;
  }
  throw new Error('the new batch step never showed');
}

describe('reload modal steps', () => {
  it('moves on to the batch step, without errors, when Next is pressed on the project', async () => {
    chain = await startEndToEnd({ reloadUsers: ['U0LEAD'] });
    const { harness } = chain;
    await harness.command('reload', { userId: 'U0LEAD' });
    await harness.waitFor('views.open');
    const first = harness.modal('U0LEAD');

    const next = buildViewSubmission(first, { [BlockId.reloadProject]: initech }, 'U0LEAD');
    const answer = JSON.parse((await harness.interaction(next)).text);
    harness.slack.applyViewAck(String(first.id), answer);
    const step = await newBatchStep(chain);

    expect(answer.response_action).toBe('update');
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(step.blocks)).toContain('Hours sold');
  });

  it('shows no error on a batch step submitted before the user could type in it', async () => {
    chain = await startEndToEnd({ reloadUsers: ['U0LEAD'] });
    const { harness } = chain;
    await harness.command('reload', { userId: 'U0LEAD' });
    await harness.waitFor('views.open');
    await harness.interaction(
      buildBlockActions({
        user: 'U0LEAD',
        view: harness.modal('U0LEAD'),
        actionId: ActionId.reloadProjectSelect,
        value: initech,
        stateValues: { [BlockId.reloadProject]: initech },
      }),
    );
    const step = await newBatchStep(chain);

    const early = buildViewSubmission(step, { [BlockId.reloadProject]: initech }, 'U0LEAD');
    const earlyAnswer = JSON.parse((await harness.interaction(early)).text);
    const typed = { [BlockId.reloadProject]: initech, [BlockId.reloadPrice]: '95' };
    const halfFilled = buildViewSubmission(step, typed, 'U0LEAD');
    const halfAnswer = JSON.parse((await harness.interaction(halfFilled)).text);

    expect(earlyAnswer.response_action).toBe('update');
    expect(earlyAnswer.errors).toBeUndefined();
    expect(halfAnswer).toEqual({
      response_action: 'errors',
      errors: { [BlockId.reloadHours]: 'Enter the hours sold, e.g. 20.' },
    });
  });

  it('prices the sold batch and says the hours left stay on the old batch', async () => {
    chain = await startEndToEnd({ reloadUsers: ['U0LEAD'] });
    const { harness } = chain;
    const { form, plan } = await sellGlobexBatch(chain);
    await harness.interaction(buildViewSubmission(plan, {}, 'U0LEAD'));
    const done = await harness.slack.waitForCall(
      'chat.update',
      (call) => JSON.stringify(call.args).includes('Reload done'),
      10_000,
    );

    const planText = JSON.stringify(plan.blocks);
    const doneText = JSON.stringify(done.args.blocks);
    expect(JSON.stringify(form.blocks)).toContain('*2.5 h (2:30)* left on *S0');
    expect(planText).toContain('20 h (20:00) at 95.00 per hour, 1,900.00 in total');
    expect(planText).toContain('can still be used and are invoiced there');
    expect(planText).not.toContain('Carry-over: none');
    expect(doneText).toContain('20 h (20:00) at 95.00 per hour, 1,900.00 in total');
    expect(doneText).toContain('*2.5 h (2:30)* left on');
  });

  it('tells the lead a sold batch stays confirmed when the modal is closed', async () => {
    chain = await startEndToEnd({ reloadUsers: ['U0LEAD'] });
    const { harness } = chain;
    const { plan } = await sellGlobexBatch(chain);

    await harness.interaction(buildViewClosed(plan, 'U0LEAD'));
    const [notice] = await harness.waitFor('chat.postEphemeral');

    expect(plan.notify_on_close).toBe(true);
    expect(String(notice?.args.text)).toContain('stays confirmed in Odoo');
    expect(String(notice?.args.text)).toContain('will be offered as the new batch');
  });
});
