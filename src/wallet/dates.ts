import { ValidationError } from '../errors.js';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = value.match(datePattern);
  if (!match) return false;

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return (
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === day
  );
}

/** The calendar date (`YYYY-MM-DD`) of an instant in an IANA time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}

/** True when the name is an IANA zone the runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A UTC instant as Odoo takes datetimes: `YYYY-MM-DD HH:MM:SS`. */
export function odooDatetime(instant: Date): string {
  return instant.toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Checks a timesheet date against the user's today: not in the future and at most
 * `windowDays` back. Returns the date to use (today when none was given).
 */
export function checkEntryDate(
  date: string | undefined,
  now: Date,
  timeZone: string,
  windowDays: number,
): string {
  const today = dateIn(now, timeZone);
  if (date === undefined || date.trim() === '') return today;

  const clean = date.trim();
  if (!isIsoDate(clean)) {
    throw new ValidationError(`"${clean}" is not a date; write it as YYYY-MM-DD, e.g. ${today}.`, {
      field: 'date',
    });
  }
  if (clean > today) {
    throw new ValidationError(`${clean} is in the future; today is ${today}.`, { field: 'date' });
  }

  const earliest = addDays(today, -windowDays);
  if (clean < earliest) {
    throw new ValidationError(
      `${clean} is more than ${windowDays} days ago; the earliest date is ${earliest}.`,
      { field: 'date' },
    );
  }
  return clean;
}
