import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStandinClient,
  type SlackStandin,
  startSlackStandin,
} from '../src/slack-standin/index.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const modal = (title = 'Log time', extra: Record<string, unknown> = {}) => ({
  type: 'modal' as const,
  callback_id: 'log_time',
  title: plain(title),
  submit: plain('Log'),
  blocks: [
    {
      type: 'input',
      block_id: 'duration',
      label: plain('Duration'),
      element: { type: 'plain_text_input', action_id: 'duration_input' },
    },
  ],
  ...extra,
});

let standin: SlackStandin;
let now: number;

beforeEach(async () => {
  now = Date.UTC(2026, 0, 15, 9, 0, 0);
  standin = await startSlackStandin({ clock: () => now });
});

afterEach(async () => {
  await standin.close();
});

describe('views.open and trigger ids', () => {
  it('opens a modal with a fresh trigger and keeps it on the user stack', async () => {
    const client = createStandinClient(standin);
    const triggerId = standin.issueTriggerId('U0AGENT');

    const result = await client.views.open({ trigger_id: triggerId, view: modal() });

    expect(triggerId).toMatch(/^\d+\.\d+\.[0-9a-f]{32}$/);
    expect(result.view).toMatchObject({
      id: expect.stringMatching(/^V0/),
      callback_id: 'log_time',
      title: { type: 'plain_text', text: 'Log time', emoji: true },
      blocks: [{ block_id: 'duration', optional: false, dispatch_action: false }],
    });
    expect(standin.views.modals.get('U0AGENT')?.map((view) => view.id)).toEqual([result.view?.id]);
  });

  it('refuses a trigger used after three seconds with expired_trigger_id', async () => {
    const client = createStandinClient(standin);
    const triggerId = standin.issueTriggerId();
    now += 3001;

    const call = client.views.open({ trigger_id: triggerId, view: modal() });

    await expect(call).rejects.toMatchObject({ data: { error: 'expired_trigger_id' } });
  });

  it('accepts a trigger at exactly three seconds', async () => {
    const client = createStandinClient(standin);
    const triggerId = standin.issueTriggerId();
    now += 3000;

    const result = await client.views.open({ trigger_id: triggerId, view: modal() });

    expect(result.ok).toBe(true);
  });

  it('refuses a trigger used twice with exchanged_trigger_id', async () => {
    const client = createStandinClient(standin);
    const triggerId = standin.issueTriggerId();
    await client.views.open({ trigger_id: triggerId, view: modal() });

    const call = client.views.open({ trigger_id: triggerId, view: modal() });

    await expect(call).rejects.toMatchObject({ data: { error: 'exchanged_trigger_id' } });
  });

  it('refuses a trigger it never issued with invalid_trigger_id', async () => {
    const client = createStandinClient(standin);
    const triggerId = '1000000001.1000000001.0123456789abcdef0123456789abcdef';

    const call = client.views.open({ trigger_id: triggerId, view: modal() });

    await expect(call).rejects.toMatchObject({ data: { error: 'invalid_trigger_id' } });
  });

  it('refuses a bad view with invalid_arguments and the specific reason', async () => {
    const client = createStandinClient(standin);

    const call = client.views.open({
      trigger_id: standin.issueTriggerId(),
      view: modal('A title far too long for Slack'),
    });

    await expect(call).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: {
          messages: [
            '[ERROR] failed to match all allowed schemas [json-pointer:/view]',
            '[ERROR] must be less than 25 characters [json-pointer:/view/title/text]',
          ],
        },
      },
    });
  });
});

describe('views.update and views.push', () => {
  it('updates by view_id and refuses a stale hash with hash_conflict', async () => {
    const client = createStandinClient(standin);
    const opened = await client.views.open({ trigger_id: standin.issueTriggerId(), view: modal() });
    const viewId = opened.view?.id ?? '';
    const firstHash = opened.view?.hash ?? '';

    const updated = await client.views.update({
      view_id: viewId,
      hash: firstHash,
      view: modal('Saved'),
    });
    const stale = client.views.update({ view_id: viewId, hash: firstHash, view: modal('Again') });

    expect(updated.view).toMatchObject({ id: viewId, title: { text: 'Saved' } });
    expect(updated.view?.hash).not.toBe(firstHash);
    await expect(stale).rejects.toMatchObject({ data: { error: 'hash_conflict' } });
  });

  it('updates by external_id', async () => {
    const client = createStandinClient(standin);
    await client.views.open({
      trigger_id: standin.issueTriggerId(),
      view: modal('Loading', { external_id: 'reload-42' }),
    });

    const updated = await client.views.update({ external_id: 'reload-42', view: modal('Plan') });

    expect(updated.view).toMatchObject({ external_id: 'reload-42', title: { text: 'Plan' } });
  });

  it('answers not_found for a view it does not have', async () => {
    const client = createStandinClient(standin);

    const call = client.views.update({ view_id: 'V0NOPE', view: modal() });

    await expect(call).rejects.toMatchObject({ data: { error: 'not_found' } });
  });

  it('allows two pushed views and refuses a third with push_limit_reached', async () => {
    const client = createStandinClient(standin);
    await client.views.open({ trigger_id: standin.issueTriggerId(), view: modal('Root') });
    await client.views.push({ trigger_id: standin.issueTriggerId(), view: modal('Second') });
    await client.views.push({ trigger_id: standin.issueTriggerId(), view: modal('Third') });

    const call = client.views.push({ trigger_id: standin.issueTriggerId(), view: modal('Fourth') });

    await expect(call).rejects.toMatchObject({ data: { error: 'push_limit_reached' } });
    expect(standin.views.modals.get('U0AGENT')).toHaveLength(3);
  });
});

describe('views.publish', () => {
  it('publishes a Home tab and keeps its id across publishes', async () => {
    const client = createStandinClient(standin);
    const home = { type: 'home' as const, blocks: [{ type: 'header', text: plain('Wallets') }] };

    const first = await client.views.publish({ user_id: 'U0AGENT', view: home });
    const second = await client.views.publish({ user_id: 'U0AGENT', view: home });

    expect(second.view?.id).toBe(first.view?.id);
    expect(standin.views.homes.get('U0AGENT')?.blocks).toMatchObject([{ type: 'header' }]);
  });

  it('refuses a Home tab of 101 blocks', async () => {
    const client = createStandinClient(standin);
    const blocks = Array.from({ length: 101 }, () => ({ type: 'divider' }));

    const call = client.views.publish({ user_id: 'U0AGENT', view: { type: 'home', blocks } });

    await expect(call).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: {
          messages: expect.arrayContaining([
            '[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]',
          ]),
        },
      },
    });
  });
});

describe('applyViewAck', () => {
  it('closes the submitted view on an empty ack and pushes on response_action push', async () => {
    const client = createStandinClient(standin);
    const opened = await client.views.open({ trigger_id: standin.issueTriggerId(), view: modal() });
    const viewId = opened.view?.id ?? '';

    const pushed = standin.applyViewAck(viewId, {
      response_action: 'push',
      view: modal('Confirm'),
    });
    const closed = standin.applyViewAck(viewId, undefined);

    expect(pushed).toMatchObject({
      view: { title: { text: 'Confirm' }, previous_view_id: viewId },
    });
    expect(closed).toEqual({ closed: true });
    expect(standin.views.modals.get('U0AGENT')).toHaveLength(1);
  });

  it('keeps the view open with the errors of response_action errors', async () => {
    const client = createStandinClient(standin);
    const opened = await client.views.open({ trigger_id: standin.issueTriggerId(), view: modal() });

    const outcome = standin.applyViewAck(opened.view?.id ?? '', {
      response_action: 'errors',
      errors: { duration: 'Use quarter hours' },
    });

    expect(outcome).toEqual({ errors: { duration: 'Use quarter hours' } });
    expect(standin.views.modals.get('U0AGENT')).toHaveLength(1);
  });
});
