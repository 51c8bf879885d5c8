import { parsePlainDecimal } from '../wallet/batch-figures.js';
import type { OptionValues } from './command.js';
import { UsageError } from './command.js';

/** A required string option. */
export function requiredText(values: OptionValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`--${name} is required`);
  }
  return value;
}

/** An optional string option. */
export function optionalText(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable string option, as a list. */
export function textList(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** The highest id Odoo keeps (a 32-bit integer). */
const maxId = 2 ** 31 - 1;

/** A record id: a whole number from 1 to 2147483647. */
export function idOption(values: OptionValues, name: string): number | undefined {
  const value = optionalText(values, name);
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!/^\d{1,10}$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > maxId) {
    throw new UsageError(
      `--${name} must be a record id, a whole number from 1 to ${maxId} such as 42, ` +
        `not "${value}"`,
    );
  }
  return Number(trimmed);
}

/** A required record id. */
export function requiredId(values: OptionValues, name: string): number {
  const id = idOption(values, name);
  if (id === undefined) throw new UsageError(`--${name} is required`);
  return id;
}

/** A required plain decimal (`10`, `9.5` or `9,5`; no exponents, no hex). */
export function requiredNumber(values: OptionValues, name: string): number {
  const text = requiredText(values, name);
  const value = parsePlainDecimal(text);
  if (value === null) {
    throw new UsageError(`--${name} must be a plain number such as 10, 9.5 or 9,5, not "${text}"`);
  }
  return value;
}

/** A boolean flag. */
export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
