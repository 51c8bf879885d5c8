import type { OdooEngine } from './engine.js';
import { valueError } from './fault.js';
import type { Row } from './types.js';
import { isEmpty } from './values.js';

export interface OrderTerm {
  field: string;
  desc: boolean;
}

/** Parses `date desc, id desc`; an unknown field fails as Odoo's ORDER BY builder does. */
export function parseOrder(engine: OdooEngine, model: string, order: string): OrderTerm[] {
  const terms: OrderTerm[] = [];
  for (const part of order.split(',')) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    const [name, direction = 'asc'] = words;
    if (!name) continue;
    const field = name.split(':')[0] ?? name;
    if (!Object.hasOwn(engine.spec(model).fields, field)) {
      throw valueError(`Invalid field '${field}' on model '${model}'`);
    }
    if (!/^(asc|desc)$/i.test(direction)) {
      throw valueError(`Invalid order direction ${JSON.stringify(direction)}`);
    }
    terms.push({ field, desc: direction.toLowerCase() === 'desc' });
  }
  return terms;
}

type Key = (row: Row | undefined) => unknown;

/** Text fields sort with a collation; dates, selections and numbers sort as they are. */
const COLLATED = new Set(['char', 'text', 'html']);

/**
 * Key extractors for the terms; a many2one sorts by its model's own order, so a term can
 * expand into several, as PostgreSQL sees it after Odoo's join.
 */
function expand(engine: OdooEngine, model: string, terms: OrderTerm[], depth: number) {
  const keys: Array<{ key: Key; desc: boolean; collated?: boolean }> = [];
  for (const term of terms) {
    const field = engine.spec(model).fields[term.field];
    const relation = field?.relation;
    if (field?.type === 'many2one' && relation && engine.hasModel(relation) && depth < 3) {
      const inner = expand(
        engine,
        relation,
        parseOrder(engine, relation, engine.spec(relation).order),
        depth + 1,
      );
      const table = engine.table(relation);
      for (const part of inner) {
        keys.push({
          desc: part.desc !== term.desc,
          key: (row) => {
            const target = row ? engine.value(model, row, term.field) : false;
            return part.key(typeof target === 'number' ? table.rows.get(target) : undefined);
          },
          ...(part.collated ? { collated: true } : {}),
        });
      }
      continue;
    }
    keys.push({
      desc: term.desc,
      collated: COLLATED.has(field?.type ?? ''),
      key: (row) => {
        if (!row) return null;
        const value = engine.value(model, row, term.field);
        if (field?.type === 'boolean') return value ? 1 : 0;
        return isEmpty(value) ? null : value;
      },
    });
  }
  return keys;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: false });

/** Compares like PostgreSQL: NULL sorts after every value (last ascending, first descending). */
function compare(a: unknown, b: unknown, collated: boolean): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  if (collated) {
    const result = collator.compare(x, y);
    if (result !== 0) return result;
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sorts rows by an order string (the model's `_order` when none is given); `id` breaks ties. */
export function sortRows(engine: OdooEngine, model: string, rows: Row[], order?: string): Row[] {
  const terms = parseOrder(engine, model, order || engine.spec(model).order);
  if (!terms.some((term) => term.field === 'id')) terms.push({ field: 'id', desc: false });
  const keys = expand(engine, model, terms, 0);
  const decorated = rows.map((row) => ({ row, values: keys.map((k) => k.key(row)) }));
  decorated.sort((x, y) => {
    for (let i = 0; i < keys.length; i++) {
      const result = compare(x.values[i], y.values[i], keys[i]?.collated ?? false);
      if (result !== 0) return keys[i]?.desc ? -result : result;
    }
    return 0;
  });
  return decorated.map((item) => item.row);
}
