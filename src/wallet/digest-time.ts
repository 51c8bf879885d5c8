/** A calendar date and wall-clock time as read in some time zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock `instant` shows in `timeZone`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function wallClockMs(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Minutes `timeZone` is ahead of UTC at `instantMs`. */
function offsetMinutes(instantMs: number, timeZone: string): number {
  const wall = wallClockAt(new Date(instantMs), timeZone);
  return Math.round((wallClockMs(wall) - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time happens in `timeZone`. A time that happens twice (clocks going
 * back) resolves to the first; a time skipped by clocks going forward resolves to the same
 * distance past the jump (02:30 in a 02:00 -> 03:00 jump is 03:30), as most schedulers do.
 */
export function instantOf(wall: WallClock, timeZone: string): Date {
  const naive = wallClockMs(wall);
  const day = 86_400_000;
  const before = naive - offsetMinutes(naive - day, timeZone) * 60_000;
  const after = naive - offsetMinutes(naive + day, timeZone) * 60_000;
  const valid = [before, after]
    .filter((candidate) => wallClockMs(wallClockAt(new Date(candidate), timeZone)) === naive)
    .sort((a, b) => a - b);
  return new Date(valid[0] ?? before);
}

/** The instant a calendar date (`YYYY-MM-DD`) starts in `timeZone`. */
export function startOfDay(date: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return instantOf({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}

/** `YYYY-MM-DD` of a wall clock. */
export function isoDate(wall: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The calendar date `days` after (or before, when negative) `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

/** The ISO week (`YYYY-Www`, weeks start on Monday) a calendar date belongs to. */
export function isoWeekOf(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  const weekday = utc.getUTCDay() || 7;

  // The week belongs to the year its Thursday falls in.
  utc.setUTCDate(utc.getUTCDate() + 4 - weekday);
  const weekYear = utc.getUTCFullYear();
  const firstDay = Date.UTC(weekYear, 0, 1);
  const week = Math.ceil(((utc.getTime() - firstDay) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (`YYYY-MM-DD`) of the ISO week a calendar date belongs to. */
export function mondayOf(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}
