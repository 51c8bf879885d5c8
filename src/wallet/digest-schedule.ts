import { createTask, parse, type ScheduledTask } from 'node-cron';
import {
  addDays,
  instantOf,
  isoDate,
  isoWeekOf,
  mondayOf,
  startOfDay,
  wallClockAt,
} from './digest-time.js';

/** Where the weekly digest stands at one moment. */
export type DigestDecision =
  | { action: 'post'; week: string; dueAt: Date; lateByMs: number }
  | {
      action: 'skip';
      week: string;
      reason: 'not_due_yet' | 'already_posted' | 'no_time_this_week';
      dueAt: Date | null;
    };

export interface DigestDecisionInput {
  now: Date;
  /** IANA zone the cron expression and the week are read in. */
  timeZone: string;
  cron: string;
  /** Weeks (`YYYY-Www`) whose digest is known to be in the channel already. */
  postedWeeks: ReadonlySet<string>;
}

interface WallMatcher {
  fields: { second: number[]; minute: number[]; hour: number[] };
  task: ScheduledTask;
}

const wallMatchers = new Map<string, WallMatcher>();

// node-cron matches a date against the expression in a zone; reading the wall clock as if it
// were UTC lets us match wall-clock times, which keeps us on node-cron's own cron dialect (L,
// W, #, names) while deciding DST ourselves. The task is never started, so it runs nothing.
function wallMatcher(cron: string): WallMatcher {
  let matcher = wallMatchers.get(cron);
  if (!matcher) {
    const fields = parse(cron);
    const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
    matcher = {
      fields: {
        second: ascending(fields.second),
        minute: ascending(fields.minute),
        hour: ascending(fields.hour),
      },
      task: createTask(cron, () => {}, { timezone: 'UTC', name: `digest-matcher:${cron}` }),
    };
    wallMatchers.set(cron, matcher);
  }
  return matcher;
}

// Wall-clock times the expression names within the ISO week (in `timeZone`) of `now`, in order.
function* wallTimesInWeek(now: Date, timeZone: string, cron: string) {
  const { fields, task } = wallMatcher(cron);
  const monday = mondayOf(isoDate(wallClockAt(now, timeZone)));

  for (let offset = 0; offset < 7; offset++) {
    const [year = 0, month = 0, day = 0] = addDays(monday, offset).split('-').map(Number);
    for (const hour of fields.hour) {
      for (const minute of fields.minute) {
        for (const second of fields.second) {
          const asUtc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
          if (task.match(asUtc)) yield { year, month, day, hour, minute, second };
        }
      }
    }
  }
}

const dueTimes = new Map<string, Date | null>();

/**
 * The first time the cron expression names within the ISO week (in `timeZone`) that `now`
 * falls in, or null when it names none. A wall-clock time skipped by a DST jump still counts,
 * moved past the jump; one that happens twice counts once, at its first occurrence.
 */
export function digestDueAt(now: Date, timeZone: string, cron: string): Date | null {
  const key = `${timeZone}|${cron}|${mondayOf(isoDate(wallClockAt(now, timeZone)))}`;
  const known = dueTimes.get(key);
  if (known !== undefined) return known;

  let dueAt: Date | null = null;
  for (const wall of wallTimesInWeek(now, timeZone, cron)) {
    dueAt = instantOf(wall, timeZone);
    break;
  }

  // The answer for a week never changes; a small cache keeps a ticking scheduler cheap.
  if (dueTimes.size > 100) dueTimes.clear();
  dueTimes.set(key, dueAt);
  return dueAt;
}

/** Whether the expression names more than one time a week (only the first of them posts). */
export function firesMoreThanWeekly(now: Date, timeZone: string, cron: string): boolean {
  let count = 0;
  for (const _ of wallTimesInWeek(now, timeZone, cron)) {
    count++;
    if (count > 1) return true;
  }
  return false;
}

/** The ISO week (`YYYY-Www`) `now` falls in, read in `timeZone`. */
export function digestWeek(now: Date, timeZone: string): string {
  return isoWeekOf(isoDate(wallClockAt(now, timeZone)));
}

/** The instant the ISO week of `now` (in `timeZone`) starts: Monday 00:00 local time. */
export function digestWeekStart(now: Date, timeZone: string): Date {
  return startOfDay(mondayOf(isoDate(wallClockAt(now, timeZone))), timeZone);
}

/**
 * Whether the weekly digest should be posted now. The digest is weekly: the first time the
 * cron expression names in an ISO week is that week's due time, and from then until the week
 * ends a post is due unless the week's digest is already known to be posted. Checking at any
 * moment (a cron fire, a start-up, a periodic tick) is therefore safe: it never posts twice in
 * a week and catches up a post missed while the process was down.
 */
export function decideDigest(input: DigestDecisionInput): DigestDecision {
  const week = digestWeek(input.now, input.timeZone);
  const dueAt = digestDueAt(input.now, input.timeZone, input.cron);

  if (dueAt === null) return { action: 'skip', week, reason: 'no_time_this_week', dueAt };
  if (input.now.getTime() < dueAt.getTime()) {
    return { action: 'skip', week, reason: 'not_due_yet', dueAt };
  }
  if (input.postedWeeks.has(week)) return { action: 'skip', week, reason: 'already_posted', dueAt };
  return { action: 'post', week, dueAt, lateByMs: input.now.getTime() - dueAt.getTime() };
}
