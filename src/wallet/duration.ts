import { ValidationError } from '../errors.js';

/** The longest single entry: one day. */
export const maxEntryHours = 24;

const example = 'Use hours and minutes such as 1:30, 1h30, 90m or 1.5.';

const number = String.raw`(\d+(?:[.,]\d+)?|[.,]\d+)`;
const hourUnit = '(?:h|hr|hrs|hour|hours)';
const minuteUnit = '(?:m|min|mins|minute|minutes)';
const trailingMinutes = String.raw`(?:\s*([0-5]?\d)\s*${minuteUnit}?)?`;

// Each form yields [hours text, minutes text]; either may be absent.
const forms: Array<{ pattern: RegExp; parts: (match: RegExpMatchArray) => [string?, string?] }> = [
  { pattern: new RegExp(`^${number}$`), parts: (m) => [m[1]] },
  { pattern: /^(\d+):([0-5]\d)$/, parts: (m) => [m[1], m[2]] },
  {
    pattern: new RegExp(`^${number}\\s*${hourUnit}${trailingMinutes}$`),
    parts: (m) => [m[1], m[2]],
  },
  { pattern: new RegExp(`^(\\d+)\\s*${minuteUnit}$`), parts: (m) => [undefined, m[1]] },
];

const mixedForm = new RegExp(`^${number}\\s*${hourUnit}${trailingMinutes}$`);

/** True for decimal hours with minutes after them (`1.5h30`): which one was meant is unclear. */
function mixesDecimalAndMinutes(clean: string): boolean {
  const match = clean.match(mixedForm);
  return match !== null && /[.,]/.test(match[1] ?? '') && match[2] !== undefined;
}

function toNumber(value: string | undefined): number {
  return value === undefined ? 0 : Number(value.replace(',', '.'));
}

/** Reads the hours typed, or null when the text is not a duration we understand. */
export function readHours(text: string): number | null {
  const clean = text.trim().toLowerCase();
  if (mixesDecimalAndMinutes(clean)) return null;
  for (const form of forms) {
    const match = clean.match(form.pattern);
    if (!match) continue;

    const [hours, minutes] = form.parts(match);
    const total = toNumber(hours) + toNumber(minutes) / 60;
    return Number.isFinite(total) ? total : null;
  }
  return null;
}

/** Rounds up to the next quarter hour; a tiny tolerance keeps 0.25 from becoming 0.5. */
export function roundUpToQuarter(hours: number): number {
  return Math.ceil(hours * 4 - 1e-9) / 4;
}

/**
 * Parses a typed duration (`1.5`, `1,5`, `1:30`, `1h30`, `1h 30m`, `90m`, `45 min`, `2h`) into
 * hours rounded up to the next quarter hour; throws a ValidationError on `duration` otherwise.
 */
export function parseDuration(text: string): number {
  if (mixesDecimalAndMinutes(text.trim().toLowerCase())) {
    throw new ValidationError(
      `"${text.trim()}" mixes decimal hours with minutes; write 1h30 or 1.5, not both.`,
      { field: 'duration' },
    );
  }
  const hours = readHours(text);
  if (hours === null) {
    throw new ValidationError(`"${text.trim()}" is not a duration. ${example}`, {
      field: 'duration',
    });
  }
  if (hours <= 0) {
    throw new ValidationError(`A duration must be at least 15 minutes. ${example}`, {
      field: 'duration',
    });
  }

  const rounded = roundUpToQuarter(hours);
  if (rounded > maxEntryHours) {
    throw new ValidationError(
      `A single entry can be at most ${maxEntryHours} hours; split longer work. ${example}`,
      { field: 'duration' },
    );
  }
  return rounded;
}
