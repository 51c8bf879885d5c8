import { afterEach, describe, expect, it } from 'vitest';
import { weekIn } from '../src/slack/dates.js';
import { ActionId, CallbackId } from '../src/slack/ids.js';
import {
  buildAppHomeOpened,
  buildBlockActions,
  eventBody,
  validateView,
} from '../src/slack-standin/index.js';
import { createFakeWallet, makeBalance, makeBatch } from './support/slack-fake-wallet.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness | null = null;

afterEach(async () => {
  await harness?.close();
  harness = null;
});

function manyProjects(count: number) {
  return Array.from({ length: count }, (_, index) =>
    makeBalance(
      index + 1,
      `Project ${index + 1}`,
      `Customer ${index + 1}`,
      makeBatch(index + 1, 20, index % 25),
    ),
  );
}

describe('App Home', () => {
  it('publishes the overview and the user’s own hours this week in their zone', async () => {
    const fake = createFakeWallet(manyProjects(300));
    harness = await startHarness({ wallet: fake });

    await harness.send(eventBody(buildAppHomeOpened({ user: 'U0AGENT', eventId: 'Ev0HOME1' })));
    const [publish] = await harness.waitFor('views.publish');

    expect(publish?.response.ok).toBe(true);
    expect(publish?.args.user_id).toBe('U0AGENT');
    expect(validateView(publish?.args.view)).toEqual([]);
    const week = weekIn('Europe/Amsterdam', new Date());
    expect(fake.calls).toContain(`hoursLogged:alice@example.com:${week.from}:${week.to}`);
    const text = JSON.stringify(publish?.args.view);
    expect(text).toContain('6.5 h (6:30)');
    expect(text).toContain(ActionId.homeLogTime);
    expect(text).toContain(ActionId.homeNewTicket);
    expect(text).toContain('Project 300');
    expect(text).toContain('(Europe/Amsterdam time)');
    expect(text).not.toContain(ActionId.homeReload);
  });

  it('gives a lead a Reload a batch button that opens the reload modal', async () => {
    harness = await startHarness({
      wallet: createFakeWallet(manyProjects(3)),
      reloadUsers: ['U0LEAD'],
    });
    await harness.send(eventBody(buildAppHomeOpened({ user: 'U0LEAD', eventId: 'Ev0HOME9' })));
    const [publish] = await harness.waitFor('views.publish');

    await harness.interaction(
      buildBlockActions({
        user: 'U0LEAD',
        view: publish?.response.view as Record<string, unknown>,
        actionId: ActionId.homeReload,
        triggerId: harness.slack.issueTriggerId('U0LEAD'),
      }),
    );
    const [open] = await harness.waitFor('views.open');

    expect(JSON.stringify(publish?.args.view)).toContain('Reload a batch');
    expect(JSON.stringify(open?.args.view)).toContain(`"callback_id":"${CallbackId.reload}"`);
  });

  it('tells a user without an Odoo account why their hours are missing', async () => {
    harness = await startHarness({ wallet: createFakeWallet(manyProjects(3)) });

    await harness.send(eventBody(buildAppHomeOpened({ user: 'U0CLIENT', eventId: 'Ev0HOME2' })));
    const [publish] = await harness.waitFor('views.publish');

    expect(JSON.stringify(publish?.args.view)).toContain('carl@client.example.net');
  });

  it('opens the same modals from the Home buttons', async () => {
    harness = await startHarness({ wallet: createFakeWallet(manyProjects(3)) });
    await harness.send(eventBody(buildAppHomeOpened({ user: 'U0AGENT', eventId: 'Ev0HOME3' })));
    const [publish] = await harness.waitFor('views.publish');
    const home = publish?.response.view as Record<string, unknown>;

    for (const actionId of [ActionId.homeLogTime, ActionId.homeNewTicket]) {
      await harness.interaction(
        buildBlockActions({
          user: 'U0AGENT',
          view: home,
          actionId,
          triggerId: harness.slack.issueTriggerId('U0AGENT'),
        }),
      );
    }
    const opened = await harness.waitFor('views.open', 2);

    const callbacks = opened.map((call) => (call.args.view as { callback_id: string }).callback_id);
    expect(callbacks.sort()).toEqual([CallbackId.logTime, CallbackId.ticket].sort());
    expect(opened.every((call) => call.response.ok === true)).toBe(true);
  });
});
