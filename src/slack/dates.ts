/** The calendar date `YYYY-MM-DD` at `now` in the given IANA zone (UTC if the zone is unknown). */
export function dateIn(timeZone: string, now: Date): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);

  try {
    return format(timeZone);
  } catch {
    return format('UTC');
  }
}

function shiftDate(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Monday to Sunday of the week holding `now` in the given zone, as `YYYY-MM-DD` dates. */
export function weekIn(timeZone: string, now: Date): { from: string; to: string } {
  const today = dateIn(timeZone, now);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const sinceMonday = (weekday + 6) % 7;
  const from = shiftDate(today, -sinceMonday);
  return { from, to: shiftDate(from, 6) };
}

/** `2026-01-05 14:30` at `now` in the given zone, for "updated at" notes. */
export function dateTimeIn(timeZone: string, now: Date): string {
  const time = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(now);

  try {
    return `${dateIn(timeZone, now)} ${time(timeZone)}`;
  } catch {
    return `${dateIn('UTC', now)} ${time('UTC')} UTC`;
  }
}
