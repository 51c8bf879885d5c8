import { z } from 'zod';

/** A many2one as Odoo sends it (`[id, name]` or `false`), as `{ id, name }` or `null`. */
export const many2one = z
  .union([z.tuple([z.number().int(), z.string()]), z.literal(false)])
  .transform((value) => (value === false ? null : { id: value[0], name: value[1] }));

export type Many2one = z.output<typeof many2one>;

/** A char/text/html field: Odoo sends `false` for empty. */
export const text = z
  .union([z.string(), z.literal(false)])
  .transform((value) => (value === false || value === '' ? null : value));

/** A date (`YYYY-MM-DD`) or `false`. */
export const date = z
  .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.literal(false)])
  .transform((value) => (value === false ? null : value));

/** A UTC datetime (`YYYY-MM-DD HH:MM:SS`) or `false`. */
export const datetime = z
  .union([z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/), z.literal(false)])
  .transform((value) => (value === false ? null : value));

/** A selection value or `false`. */
export const selection = z
  .union([z.string(), z.literal(false)])
  .transform((value) => (value === false ? null : value));

export const id = z.number().int().positive();
export const ids = z.array(z.number().int());
export const float = z.number();
export const boolean = z.boolean();
