import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors.js';
import { parseDuration, readHours } from '../src/wallet/duration.js';

function refusal(text: string): ValidationError {
  try {
    parseDuration(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error(`expected "${text}" to be refused`);
}

describe('parseDuration', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['1:30', 1.5],
    ['1h30', 1.5],
    ['1h 30m', 1.5],
    ['1h30m', 1.5],
    ['90m', 1.5],
    ['90 min', 1.5],
    ['45 min', 0.75],
    ['2h', 2],
    ['1 h', 1],
    ['0.25', 0.25],
    ['15m', 0.25],
    ['.5', 0.5],
    ['  2 hours ', 2],
    ['1 hour 15 minutes', 1.25],
    ['0:45', 0.75],
    ['24', 24],
    ['1H30', 1.5],
  ])('reads %j as %d hours', (text, hours) => {
    expect(parseDuration(text)).toBe(hours);
  });

  it('rounds up to the next quarter hour', () => {
    expect(parseDuration('1m')).toBe(0.25);
    expect(parseDuration('16m')).toBe(0.5);
    expect(parseDuration('1:31')).toBe(1.75);
    expect(parseDuration('0.3')).toBe(0.5);
  });

  it.each(['', 'abc', '1:75', '-1', '1e3', '1..5', 'h', 'm30', '1:3', '1h75', '2 days', '1/2'])(
    'refuses %j on the duration field with an example of an accepted form',
    (text) => {
      const error = refusal(text);

      expect(error.field).toBe('duration');
      expect(error.message).toMatch(/1:30/);
    },
  );

  it('refuses a zero duration', () => {
    expect(refusal('0').message).toMatch(/at least 15 minutes/);
    expect(refusal('0:00').field).toBe('duration');
  });

  it('refuses more than a day in one entry', () => {
    expect(refusal('24:15').message).toMatch(/at most 24 hours/);
    expect(refusal('1441m').field).toBe('duration');
  });

  it('always returns a positive multiple of a quarter hour up to 24 for minutes typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1440 }), (minutes) => {
        const hours = parseDuration(`${minutes}m`);

        expect(hours * 4).toBe(Math.round(hours * 4));
        expect(hours).toBeGreaterThanOrEqual(minutes / 60);
        expect(hours - minutes / 60).toBeLessThan(0.25);
      }),
    );
  });

  it('reads h:mm and XhY the same for every time of day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 59 }), (h, m) => {
        const mm = String(m).padStart(2, '0');

        expect(parseDuration(`${h}:${mm}`)).toBe(parseDuration(`${h}h${mm}`));
        expect(parseDuration(`${h}h ${m}m`)).toBe(parseDuration(`${h * 60 + m}m`));
      }),
    );
  });

  it('either accepts text as a quarter-hour duration or refuses it on the duration field', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        try {
          const hours = parseDuration(text);
          expect(hours).toBeGreaterThanOrEqual(0.25);
          expect(hours).toBeLessThanOrEqual(24);
          expect(hours * 4).toBe(Math.round(hours * 4));
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).field).toBe('duration');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses text made of letters other than hour and minute units', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-gi-ln-z]{1,8}$/), (text) => {
        expect(readHours(text)).toBeNull();
      }),
    );
  });

  it.each(['1.5h30', '1,5 h 30m', '0.5hours 15'])(
    'refuses %j, decimal hours mixed with minutes, naming the forms it takes',
    (text) => {
      expect(() => parseDuration(text)).toThrow(/mixes decimal hours with minutes.*1h30.*1\.5/);
      expect(readHours(text)).toBeNull();
    },
  );

  it('still reads decimal hours with a unit and whole hours with minutes', () => {
    expect([parseDuration('1.5h'), parseDuration('1h30'), parseDuration('1 h 30 m')]).toEqual([
      1.5, 1.5, 1.5,
    ]);
  });
});
