// The figures a batch is sold with, as people type them and as the domain accepts them.
// `Number()` reads `1e-9`, `0x10` or `0b101` as numbers; nobody means those as hours.

/** The most hours one batch may hold. */
export const maxBatchHours = 10_000;
/** The highest price per hour. */
export const maxUnitPrice = 100_000;

/** What the hours of a batch may be, said to the person typing them. */
export const batchHoursRule =
  `Enter the hours as a plain number in quarter hours from 0.25 to ${maxBatchHours}, ` +
  'e.g. 20, 7.5 or 7,5.';

/** What the price per hour may be, said to the person typing it. */
export const unitPriceRule =
  `Enter the price per hour as a plain number from 0 to ${maxUnitPrice} with at most 2 ` +
  'decimals, e.g. 95 or 95.50 (0 for free).';

const plainDecimal = /^\d{1,9}(?:[.,]\d{1,9})?$/;

/** A plain decimal as people type it (`20`, `7.5`, `7,5`), or null for anything else. */
export function parsePlainDecimal(text: string): number | null {
  const trimmed = text.trim();
  return plainDecimal.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
}

/** True for hours a batch may be sold with: quarter hours from 0.25 to the maximum. */
export function validBatchHours(hours: number): boolean {
  return (
    Number.isFinite(hours) &&
    hours >= 0.25 &&
    hours <= maxBatchHours &&
    Number.isInteger(Math.round(hours * 1e6) / 0.25e6)
  );
}

/** True for a price per hour from 0 to the maximum with at most two decimals. */
export function validUnitPrice(price: number): boolean {
  return (
    Number.isFinite(price) &&
    price >= 0 &&
    price <= maxUnitPrice &&
    Math.abs(Math.round(price * 100) - price * 100) < 1e-6
  );
}
