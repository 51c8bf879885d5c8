import { describe, expect, it } from 'vitest';
import { buildHomeView } from '../src/slack/blocks/home.js';
import { buildBalanceMessage } from '../src/slack/blocks/overview.js';
import { planText } from '../src/slack/blocks/reload-plan.js';
import { formatBoth, formatClock, formatHours } from '../src/slack/hours.js';
import { nearestWord } from '../src/slack/suggest.js';
import { escapeMrkdwn, mrkdwnLink } from '../src/slack/text.js';
import { validateBlocks, validateView } from '../src/slack-standin/index.js';
import { makeBalance, makeBatch } from './support/slack-fake-wallet.js';

function manyBalances(count: number) {
  return Array.from({ length: count }, (_, index) =>
    makeBalance(
      index + 1,
      `Project number ${index + 1} with a fairly long descriptive name`,
      `Customer ${index + 1} International Holdings`,
      makeBatch(index + 1, 40, index % 45),
    ),
  );
}

describe('hours', () => {
  it('shows hours as decimals and as a clock, negatives included', () => {
    expect(formatHours(6.5)).toBe('6.5 h');
    expect(formatClock(6.5)).toBe('6:30');
    expect(formatHours(-2)).toBe('-2 h');
    expect(formatClock(-2)).toBe('-2:00');
    expect(formatBoth(0.25)).toBe('0.25 h (0:15)');
    expect(formatBoth(1 / 3)).toBe('0.33 h (0:20)');
    expect(formatBoth(-0.001)).toBe('0 h (0:00)');
  });
});

describe('mrkdwn escaping', () => {
  it('escapes the three markup characters so a client cannot ping a channel', () => {
    expect(escapeMrkdwn('<!channel> & Co')).toBe('&lt;!channel&gt; &amp; Co');
    expect(mrkdwnLink('http://odoo/1', '<b>')).toBe('<http://odoo/1|&lt;b&gt;>');
    expect(mrkdwnLink('http://odoo/a|b', 'x')).toBe('x');
  });

  it('shows a client named <!channel> & Co escaped in the overview', () => {
    const balance = makeBalance(1, 'Support <!here>', '<!channel> & Co', makeBatch(1, 10, 2));

    const message = buildBalanceMessage([balance], 'Support wallets', 'none');

    const json = JSON.stringify(message.blocks);
    expect(json).toContain('&lt;!channel&gt; &amp; Co');
    expect(json).toContain('Support &lt;!here&gt;');
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<!here>');
  });
});

describe('overview layout', () => {
  it('keeps 300 projects within a valid message and points to the export', () => {
    const message = buildBalanceMessage(manyBalances(300), 'Support wallets', 'none');

    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const json = JSON.stringify(message.blocks);
    expect(json).toMatch(/and \d+ more\. `\/wallet export`/);
    expect(json).toContain('Project number 1 with');
  });

  it('gives each project its own row when they fit', () => {
    const message = buildBalanceMessage(manyBalances(10), 'Support wallets', 'none');

    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
    expect(message.blocks.filter((block) => block.type === 'section')).toHaveLength(10);
    expect(JSON.stringify(message.blocks)).not.toContain('more.');
  });

  it('keeps the Home tab within 100 blocks at 300 projects', () => {
    const view = buildHomeView({
      balances: manyBalances(300),
      myHours: { hours: 12.5, from: '2026-01-05', to: '2026-01-11' },
      updatedAt: '2026-01-07 10:00',
    });

    expect(validateView(view)).toEqual([]);
    expect(JSON.stringify(view)).toContain('12.5 h (12:30)');
  });
});

describe('nearest subcommand', () => {
  const words = ['help', 'balance', 'low', 'log', 'ticket', 'reload', 'export', 'digest'];

  it('finds the subcommand a typo was meant to be', () => {
    expect(nearestWord('blance', words)).toBe('balance');
    expect(nearestWord('tikcet', words)).toBe('ticket');
    expect(nearestWord('relaod', words)).toBe('reload');
    expect(nearestWord('bal', words)).toBe('balance');
  });

  it('suggests nothing for a word unlike any subcommand', () => {
    expect(nearestWord('zzzzzz', words)).toBeNull();
  });
});

describe('reload plan text', () => {
  const plan = {
    projectId: 1,
    projectName: 'Acme <Support>',
    customer: { id: 2, name: 'Acme' },
    oldBatch: makeBatch(1, 20, 22),
    newBatch: makeBatch(2, 10, 0),
    carryOver: 2,
    newStartingBalance: 8,
    taskIdsToMigrate: [5],
    timesheetIdsToLock: [6, 7, 8],
    serverLockModule: true,
    requestedBy: 'Lee',
    resuming: false,
    carryOverTimesheetId: null,
  };

  it('states every figure of the plan, escaped', () => {
    const text = planText(plan);

    expect(text).toContain('Plan for Acme &lt;Support&gt;');
    expect(text).toContain('*S00001*: 20 h ordered, 22 h delivered, *-2 h (-2:00)* left');
    expect(text).toContain('starts at *8 h (8:00)*');
    expect(text).toContain('1 open task moves');
    expect(text).toContain('3 timesheets stay locked');
    expect(text).toContain('server lock module is installed');
  });

  it('says when the run finishes an interrupted reload', () => {
    expect(planText({ ...plan, resuming: true })).toContain('was interrupted');
    expect(planText(plan)).not.toContain('interrupted');
  });
});
