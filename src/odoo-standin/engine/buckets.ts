import { valueError } from './fault.js';

export type Granularity = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Bucket {
  /** Start as stored: a date, or a UTC datetime for datetime fields. */
  start: string;
  /** First value after the bucket, same form. */
  end: string;
  label: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');

export function granularityOf(spec: string | undefined): Granularity {
  const gran = spec ?? 'month';
  if (['hour', 'day', 'week', 'month', 'quarter', 'year'].includes(gran)) {
    return gran as Granularity;
  }
  throw valueError(`Invalid granularity '${gran}'`);
}

interface Parts {
  y: number;
  m: number;
  d: number;
  h: number;
}

function localParts(utc: Date, tz: string): Parts {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
  });
  const get = (type: string) =>
    Number(format.formatToParts(utc).find((part) => part.type === type)?.value ?? 0);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour') };
}

/** The UTC instant of a wall-clock time in a zone. */
function zonedToUtc(parts: Parts, tz: string): Date {
  const wall = Date.UTC(parts.y, parts.m - 1, parts.d, parts.h);
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const seen = localParts(new Date(guess), tz);
    const seenWall = Date.UTC(seen.y, seen.m - 1, seen.d, seen.h);
    guess += wall - seenWall;
  }
  return new Date(guess);
}

function truncate(parts: Parts, gran: Granularity): { start: Parts; end: Parts } {
  const { y, m, d, h } = parts;
  const at = (yy: number, mm: number, dd: number, hh = 0): Parts => {
    const date = new Date(Date.UTC(yy, mm - 1, dd, hh));
    return {
      y: date.getUTCFullYear(),
      m: date.getUTCMonth() + 1,
      d: date.getUTCDate(),
      h: date.getUTCHours(),
    };
  };
  switch (gran) {
    case 'hour':
      return { start: at(y, m, d, h), end: at(y, m, d, h + 1) };
    case 'day':
      return { start: at(y, m, d), end: at(y, m, d + 1) };
    case 'week': {
      // ISO weeks (Monday first).
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
      return { start: at(y, m, d - weekday), end: at(y, m, d - weekday + 7) };
    }
    case 'month':
      return { start: at(y, m, 1), end: at(y, m + 1, 1) };
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { start: at(y, first, 1), end: at(y, first + 3, 1) };
    }
    case 'year':
      return { start: at(y, 1, 1), end: at(y + 1, 1, 1) };
  }
}

function isoWeek(parts: Parts): [number, number] {
  const date = new Date(Date.UTC(parts.y, parts.m - 1, parts.d));
  const day = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / 604_800_000);
  return [week, date.getUTCFullYear()];
}

function label(start: Parts, gran: Granularity): string {
  const month = MONTHS[start.m - 1] ?? '';
  switch (gran) {
    case 'hour':
      return `${pad(start.h % 12 || 12)}:00 ${pad(start.d)} ${month.slice(0, 3)}`;
    case 'day':
      return `${pad(start.d)} ${month.slice(0, 3)} ${start.y}`;
    case 'week': {
      const [week, year] = isoWeek(start);
      return `W${week} ${year}`;
    }
    case 'month':
      return `${month} ${start.y}`;
    case 'quarter':
      return `Q${Math.floor((start.m - 1) / 3) + 1} ${start.y}`;
    case 'year':
      return String(start.y);
  }
}

const dateString = (p: Parts) => `${p.y}-${pad(p.m)}-${pad(p.d)}`;

/** The bucket of a date value (`YYYY-MM-DD`). */
export function dateBucket(value: string, gran: Granularity): Bucket {
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  const { start, end } = truncate({ y, m, d, h: 0 }, gran === 'hour' ? 'day' : gran);
  return { start: dateString(start), end: dateString(end), label: label(start, gran) };
}

const utcString = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

/** The bucket of a UTC datetime value, cut at the boundaries of the context's time zone. */
export function datetimeBucket(value: string, gran: Granularity, tz: string): Bucket {
  const utc = new Date(`${value.replace(' ', 'T')}Z`);
  const { start, end } = truncate(localParts(utc, tz), gran);
  return {
    start: utcString(zonedToUtc(start, tz)),
    end: utcString(zonedToUtc(end, tz)),
    label: label(start, gran),
  };
}
