import { valueError } from './fault.js';
import type { FieldSpec, FieldType } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** The value a field reads as when nothing is stored: Odoo's `false`, `0.0` or `[]`. */
export function emptyValue(type: FieldType): unknown {
  switch (type) {
    case 'boolean':
      return false;
    case 'integer':
    case 'float':
    case 'monetary':
    case 'many2one_reference':
      return 0;
    case 'one2many':
    case 'many2many':
      return [];
    default:
      return false;
  }
}

/** Odoo's parsing of a datetime string: `YYYY-MM-DD HH:MM:SS`, or a date meaning midnight. */
export function parseDatetime(value: string): string {
  if (DATETIME.test(value)) return value;
  if (DATE.test(value)) return `${value} 00:00:00`;
  const prefix = value.slice(0, 19);
  if (DATETIME.test(prefix)) throw valueError(`unconverted data remains: ${value.slice(19)}`);
  throw valueError(`time data '${value}' does not match format '%Y-%m-%d %H:%M:%S'`);
}

/** Odoo's parsing of a date string; a datetime string keeps its date part. */
export function parseDate(value: string): string {
  const prefix = value.slice(0, 10);
  if (DATE.test(prefix) && (value.length === 10 || /^[ T]/.test(value.slice(10)))) return prefix;
  throw valueError(`time data '${value}' does not match format '%Y-%m-%d'`);
}

/** Converts a value sent for a scalar field to what the engine stores; x2many are elsewhere. */
export function toStored(model: string, name: string, field: FieldSpec, value: unknown): unknown {
  if (value === null || value === undefined || value === false) {
    return field.type === 'boolean' ? false : emptyValue(field.type);
  }
  switch (field.type) {
    case 'boolean':
      return Boolean(value);
    case 'integer':
    case 'many2one_reference':
      return Math.trunc(Number(value));
    case 'float':
    case 'monetary':
      return Number(value);
    case 'many2one':
      return asId(value);
    case 'date':
      return parseDate(String(value));
    case 'datetime':
      return parseDatetime(String(value));
    case 'selection':
      if (!field.selection?.some(([key]) => key === value)) {
        throw valueError(`Wrong value for ${model}.${name}: ${reprValue(value)}`);
      }
      return value;
    case 'char':
    case 'text':
    case 'html':
      return String(value);
    default:
      return value;
  }
}

function asId(value: unknown): number | false {
  if (typeof value === 'number') return value;
  if (Array.isArray(value) && typeof value[0] === 'number') return value[0];
  const parsed = Number(value);
  return Number.isInteger(parsed) ? parsed : false;
}

function reprValue(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** True for a value Odoo stores as SQL NULL (an empty many2one, char, date...). */
export function isEmpty(value: unknown): boolean {
  return value === false || value === null || value === undefined || value === '';
}
