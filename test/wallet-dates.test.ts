import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors.js';
import { addDays, checkEntryDate, dateIn, isIsoDate } from '../src/wallet/dates.js';

const now = new Date('2026-03-10T23:30:00Z');

function refusal(date: string, zone = 'UTC'): ValidationError {
  try {
    checkEntryDate(date, now, zone, 60);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error(`expected ${date} to be refused`);
}

describe('entry dates', () => {
  it("takes the user's today in their own time zone", () => {
    expect(dateIn(now, 'UTC')).toBe('2026-03-10');
    expect(dateIn(now, 'Europe/Amsterdam')).toBe('2026-03-11');
    expect(dateIn(now, 'America/Los_Angeles')).toBe('2026-03-10');
  });

  it('uses today when no date is given', () => {
    expect(checkEntryDate(undefined, now, 'Europe/Amsterdam', 60)).toBe('2026-03-11');
  });

  it('refuses a future date in the user time zone on the date field', () => {
    expect(checkEntryDate('2026-03-11', now, 'Europe/Amsterdam', 60)).toBe('2026-03-11');

    const error = refusal('2026-03-11');
    expect(error.field).toBe('date');
    expect(error.message).toMatch(/future/);
  });

  it('refuses a date older than the window and names the earliest one', () => {
    expect(checkEntryDate('2026-01-09', now, 'UTC', 60)).toBe('2026-01-09');

    expect(refusal('2026-01-08').message).toMatch(/earliest date is 2026-01-09/);
  });

  it('refuses something that is not a calendar date', () => {
    expect(refusal('2026-02-30').field).toBe('date');
    expect(refusal('10/03/2026').message).toMatch(/YYYY-MM-DD/);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
