import type { BalanceStatus } from './types.js';

/** Hours closer than this are equal; floats from Odoo carry noise. */
export const tolerance = 1e-6;

/** Removes float noise (`0.30000000000000004`) without rounding for display. */
export function cleanHours(hours: number): number {
  const cleaned = Math.round(hours * 1e6) / 1e6;
  return Object.is(cleaned, -0) ? 0 : cleaned;
}

/** Hours as shown to people: two decimals at most. */
export function displayHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(2);
}

/** True when two hour figures are the same within the tolerance. */
export function sameHours(a: number, b: number): boolean {
  return Math.abs(a - b) < tolerance;
}

/** `debt` at or below zero, `low` under the threshold, else `ok`. */
export function statusFor(remaining: number, lowHours: number): BalanceStatus {
  if (remaining <= tolerance) return 'debt';
  if (remaining < lowHours - tolerance) return 'low';
  return 'ok';
}
