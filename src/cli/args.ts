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

/** A positive whole number, such as a record id. */
export function idOption(values: OptionValues, name: string): number | undefined {
  const value = optionalText(values, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) {
    throw new UsageError(`--${name} must be a record id such as 42, not "${value}"`);
  }
  return Number(value);
}

/** A required record id. */
export function requiredId(values: OptionValues, name: string): number {
  const id = idOption(values, name);
  if (id === undefined) throw new UsageError(`--${name} is required`);
  return id;
}

/** A required decimal number (a dot or a comma as separator). */
export function requiredNumber(values: OptionValues, name: string): number {
  const text = requiredText(values, name).trim().replace(',', '.');
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) {
    throw new UsageError(`--${name} must be a number such as 10 or 9.5, not "${text}"`);
  }
  return value;
}

/** A boolean flag. */
export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
