import { afterEach, describe, expect, it } from 'vitest';
import { ActionId, BlockId } from '../src/slack/ids.js';
import { buildBlockActions, buildViewSubmission } from '../src/slack-standin/index.js';
import { type EndToEnd, startEndToEnd } from './support/slack-e2e.js';

let chain: EndToEnd | null = null;

afterEach(async () => {
  await chain?.close();
  chain = null;
});

const initech = { text: 'Initech - Support · Initech', value: 'project:3' };

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
});
