import type { OdooValue } from './types.js';

/**
 * Copies a value into what Odoo accepts on the wire: `undefined` keys are dropped (and
 * `undefined` array items become `false`), `null` becomes `false`, deeply. Odoo refuses
 * Python's `None` over XML-RPC. The caller's objects are never mutated.
 */
export function toWire(value: unknown): OdooValue {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot send ${value} to Odoo`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => toWire(item));
  if (value instanceof Date) {
    throw new TypeError('Send dates to Odoo as strings: YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (UTC)');
  }
  if (typeof value === 'object') {
    const copy: Record<string, OdooValue> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) copy[key] = toWire(item);
    }
    return copy;
  }
  throw new TypeError(`Cannot send a ${typeof value} to Odoo`);
}

/** Like `toWire` for a keyword-argument object. */
export function toWireRecord(value: Record<string, unknown>): Record<string, OdooValue> {
  const copy: Record<string, OdooValue> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) copy[key] = toWire(item);
  }
  return copy;
}
