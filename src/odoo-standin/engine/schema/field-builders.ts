import type { FieldSpec, FieldType } from '../types.js';

type Extra = Partial<Omit<FieldSpec, 'type' | 'string'>>;

/** A field spec in one line: `field('many2one', 'Customer', { relation: 'res.partner' })`. */
export function field(type: FieldType, string: string, extra: Extra = {}): FieldSpec {
  return { type, string, required: false, readonly: false, ...extra };
}

export const char = (string: string, extra?: Extra) => field('char', string, extra);
export const bool = (string: string, extra?: Extra) => field('boolean', string, extra);
export const float = (string: string, extra?: Extra) => field('float', string, extra);
export const int = (string: string, extra?: Extra) => field('integer', string, extra);

export const m2o = (relation: string, string: string, extra?: Extra) =>
  field('many2one', string, { relation, ...extra });

export const m2m = (relation: string, string: string, extra?: Extra) =>
  field('many2many', string, { relation, ...extra });

export const o2m = (relation: string, inverse: string, string: string, extra?: Extra) =>
  field('one2many', string, { relation, inverse, ...extra });

export const sel = (selection: Array<[string, string]>, string: string, extra?: Extra) =>
  field('selection', string, { selection, ...extra });

/** The fields every Odoo model has. */
export function magicFields(): Record<string, FieldSpec> {
  return {
    id: field('integer', 'ID', { readonly: true }),
    display_name: char('Display Name', { readonly: true }),
    create_date: field('datetime', 'Created on', { readonly: true }),
    create_uid: m2o('res.users', 'Created by', { readonly: true }),
    write_date: field('datetime', 'Last Updated on', { readonly: true }),
    write_uid: m2o('res.users', 'Last Updated by', { readonly: true }),
  };
}
