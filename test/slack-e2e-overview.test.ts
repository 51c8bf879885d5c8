import { afterEach, describe, expect, it } from 'vitest';
import { seedScale } from '../src/odoo-standin/index.js';
import { weekIn } from '../src/slack/dates.js';
import {
  buildAppHomeOpened,
  eventBody,
  validateBlocks,
  validateView,
} from '../src/slack-standin/index.js';
import { createRecord, type EndToEnd, startEndToEnd, writeRecord } from './support/slack-e2e.js';
import { bodyOf } from './support/slack-harness.js';

let chain: EndToEnd | null = null;

afterEach(async () => {
  await chain?.close();
  chain = null;
});

describe('overview against the Odoo and Slack stand-ins', () => {
  it('answers a signed /wallet balance with a valid ephemeral overview, lowest first', async () => {
    chain = await startEndToEnd();

    const answer = await chain.harness.command('balance');
    const [reply] = await chain.harness.waitFor('response_url');

    const body = bodyOf(reply);
    expect(answer.status).toBe(200);
    expect(reply?.response.ok).toBe(true);
    expect(body.response_type).toBe('ephemeral');
    expect(validateBlocks(body.blocks, 'message')).toEqual([]);
    const text = JSON.stringify(body.blocks);
    expect(text.indexOf('Initech - Support')).toBeLessThan(text.indexOf('Acme Corp - Support'));
    expect(text).toContain('-2.5 h (-2:30)');
    expect(chain.harness.slack.messagesIn('C0SUPPORT').at(-1)?.ephemeralTo).toBe('U0AGENT');
  });

  it('shows a client named <!channel> & Co escaped', async () => {
    chain = await startEndToEnd({
      prepare: (odoo) => {
        const [partner] = odoo.engine.searchIds('res.partner', [['name', '=', 'Globex']]);
        writeRecord(odoo, 'res.partner', partner ?? 0, { name: '<!channel> & Co' });
      },
    });

    await chain.harness.command('balance');
    const [reply] = await chain.harness.waitFor('response_url');

    const text = JSON.stringify(bodyOf(reply).blocks);
    expect(text).toContain('&lt;!channel&gt; &amp; Co');
    expect(text).not.toContain('<!channel>');
  });

  it('keeps 300 projects in one valid message that points to the export', async () => {
    chain = await startEndToEnd({
      prepare: (odoo) => {
        seedScale(odoo.engine, { projects: 300, timesheetsPerProject: 2, openTasksPerProject: 1 });
      },
    });

    await chain.harness.command('balance');
    const [reply] = await chain.harness.waitFor('response_url', 1, 15_000);

    const body = bodyOf(reply);
    expect(reply?.response.ok).toBe(true);
    expect(validateBlocks(body.blocks, 'message')).toEqual([]);
    expect(JSON.stringify(body.blocks)).toMatch(/and \d+ more\. `\/wallet export`/);
  });

  it('acknowledges the command before a slow Odoo (5 s) answers', async () => {
    chain = await startEndToEnd();
    const order: string[] = [];
    let slowed = false;
    chain.odoo.onCall(async () => {
      if (slowed) return;
      slowed = true;
      await new Promise((resolve) => setTimeout(resolve, 5000));
      order.push('odoo answered');
    });

    const answer = await chain.harness.command('balance');
    order.push('command acknowledged');
    const [reply] = await chain.harness.waitFor('response_url', 1, 15_000);

    expect(answer.status).toBe(200);
    expect(order).toEqual(['command acknowledged', 'odoo answered']);
    expect(reply?.response.ok).toBe(true);
  });

  it('publishes the Home tab with Alice’s hours of her week', async () => {
    chain = await startEndToEnd();
    const week = weekIn('Europe/Amsterdam', new Date());
    createRecord(chain.odoo, 'account.analytic.line', {
      project_id: 1,
      employee_id: 2,
      unit_amount: 1.75,
      name: 'Home tab check',
      date: week.from,
    });

    await chain.harness.send(eventBody(buildAppHomeOpened({ user: 'U0AGENT', eventId: 'Ev0E2E' })));
    const [publish] = await chain.harness.waitFor('views.publish');

    expect(publish?.response.ok).toBe(true);
    expect(validateView(publish?.args.view)).toEqual([]);
    const text = JSON.stringify(publish?.args.view);
    expect(text).toContain(`(${week.from} to ${week.to})`);
    expect(text).toContain('Initech - Support');
  });
});
