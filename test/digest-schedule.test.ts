import { createTask } from 'node-cron';
import { describe, expect, it } from 'vitest';
import { decideDigest, digestWeek, firesMoreThanWeekly } from '../src/wallet/digest-schedule.js';
import { instantOf, isoWeekOf } from '../src/wallet/digest-time.js';

const zone = 'Europe/Amsterdam';

interface Post {
  week: string;
  at: string;
}

// Asks for a decision every minute from `from` to `to`, as a scheduler ticking that often
// would, and remembers each post the way the runner does.
function simulate(cron: string, from: string, to: string, alreadyPosted: string[]): Post[] {
  const posted = new Set(alreadyPosted);
  const posts: Post[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += 60_000) {
    const decision = decideDigest({ now: new Date(t), timeZone: zone, cron, postedWeeks: posted });
    if (decision.action === 'post') {
      posted.add(decision.week);
      posts.push({ week: decision.week, at: new Date(t).toISOString() });
    }
  }
  return posts;
}

describe('ISO weeks', () => {
  it('numbers weeks the ISO way across a year boundary', () => {
    expect(isoWeekOf('2020-12-31')).toBe('2020-W53');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2021-01-04')).toBe('2021-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('reads the week in the digest time zone, not in UTC', () => {
    const mondayHalfPastMidnightInAmsterdam = new Date('2025-03-30T22:30:00Z');

    const week = digestWeek(mondayHalfPastMidnightInAmsterdam, zone);

    expect(week).toBe('2025-W14');
    expect(digestWeek(mondayHalfPastMidnightInAmsterdam, 'UTC')).toBe('2025-W13');
  });
});

describe('wall-clock times across DST changes', () => {
  it('moves a time skipped by the spring jump past the jump', () => {
    const skipped = { year: 2025, month: 3, day: 30, hour: 2, minute: 30, second: 0 };

    const instant = instantOf(skipped, zone);

    expect(instant.toISOString()).toBe('2025-03-30T01:30:00.000Z');
  });

  it('takes the first of a time that happens twice in autumn', () => {
    const twice = { year: 2025, month: 10, day: 26, hour: 2, minute: 30, second: 0 };

    const instant = instantOf(twice, zone);

    expect(instant.toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });
});

describe('deciding the weekly digest', () => {
  it('posts exactly once in the week of the spring change and once in the week after', () => {
    const posts = simulate('0 9 * * 1', '2025-03-23T00:00:00Z', '2025-04-07T00:00:00Z', [
      '2025-W12',
    ]);

    expect(posts).toEqual([
      { week: '2025-W13', at: '2025-03-24T08:00:00.000Z' },
      { week: '2025-W14', at: '2025-03-31T07:00:00.000Z' },
    ]);
  });

  it('posts exactly once in the week of the autumn change and once in the week after', () => {
    const posts = simulate('0 9 * * 1', '2025-10-19T00:00:00Z', '2025-11-03T00:00:00Z', [
      '2025-W42',
    ]);

    expect(posts).toEqual([
      { week: '2025-W43', at: '2025-10-20T07:00:00.000Z' },
      { week: '2025-W44', at: '2025-10-27T08:00:00.000Z' },
    ]);
  });

  it('still posts when the scheduled time falls in the hour skipped in spring', () => {
    const posts = simulate('30 2 * * 0', '2025-03-29T00:00:00Z', '2025-03-31T00:00:00Z', []);

    expect(posts).toEqual([{ week: '2025-W13', at: '2025-03-30T01:30:00.000Z' }]);
  });

  it('posts once when the scheduled time happens twice in autumn', () => {
    const posts = simulate('30 2 * * 0', '2025-10-25T00:00:00Z', '2025-10-27T00:00:00Z', []);

    expect(posts).toEqual([{ week: '2025-W43', at: '2025-10-26T00:30:00.000Z' }]);
  });

  it('catches up a post missed while the process was down', () => {
    const backUpAt = new Date('2025-03-31T09:00:00Z');

    const decision = decideDigest({
      now: backUpAt,
      timeZone: zone,
      cron: '0 9 * * 1',
      postedWeeks: new Set(),
    });

    expect(decision).toMatchObject({ action: 'post', week: '2025-W14', lateByMs: 2 * 3_600_000 });
  });

  it('skips a second post in a week whose digest is already in the channel', () => {
    const now = new Date('2025-03-31T07:00:00Z');

    const decision = decideDigest({
      now,
      timeZone: zone,
      cron: '0 9 * * 1',
      postedWeeks: new Set(['2025-W14']),
    });

    expect(decision).toMatchObject({ action: 'skip', reason: 'already_posted' });
  });

  it('waits until the scheduled time of the week', () => {
    const decision = decideDigest({
      now: new Date('2025-03-31T06:59:00Z'),
      timeZone: zone,
      cron: '0 9 * * 1',
      postedWeeks: new Set(),
    });

    expect(decision).toMatchObject({ action: 'skip', reason: 'not_due_yet', week: '2025-W14' });
    expect(decision.dueAt?.toISOString()).toBe('2025-03-31T07:00:00.000Z');
  });

  it('posts nothing in a week the expression does not name', () => {
    const monthly = '0 9 1 * *';

    const decision = decideDigest({
      now: new Date('2025-03-12T12:00:00Z'),
      timeZone: zone,
      cron: monthly,
      postedWeeks: new Set(),
    });

    expect(decision).toMatchObject({ action: 'skip', reason: 'no_time_this_week' });
  });

  it('tells an expression that fires more than weekly from a weekly one', () => {
    const now = new Date('2025-03-12T12:00:00Z');

    expect(firesMoreThanWeekly(now, zone, '0 9 * * 1-5')).toBe(true);
    expect(firesMoreThanWeekly(now, zone, '0 9 * * 1')).toBe(false);
  });
});

describe('node-cron on its own', () => {
  it('skips a run whose time falls in the hour skipped in spring, which the tick makes up', () => {
    const task = createTask('30 2 * * 0', () => {}, { timezone: zone });

    const sunday = task.match(new Date('2025-03-30T01:30:00Z'));
    const nextSunday = task.match(new Date('2025-04-06T00:30:00Z'));
    task.destroy();

    expect(sunday).toBe(false);
    expect(nextSunday).toBe(true);
  });
});
