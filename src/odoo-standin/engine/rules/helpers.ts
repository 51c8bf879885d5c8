import type { OdooEngine } from '../engine.js';
import type { Row } from '../types.js';

/** The record a many2one of `row` points at, if it exists. */
export function target(engine: OdooEngine, model: string, row: Row | undefined, name: string) {
  if (!row) return undefined;
  const relation = engine.spec(model).fields[name]?.relation;
  const id = row[name];
  return relation && typeof id === 'number' ? engine.row(relation, id) : undefined;
}

/** The id a many2one holds, or `false`. */
export function idOf(value: unknown): number | false {
  if (typeof value === 'number') return value;
  if (Array.isArray(value) && typeof value[0] === 'number') return value[0];
  return false;
}

/** Sums a numeric field over the records whose many2one `via` is `id`. */
export function sumWhere(
  engine: OdooEngine,
  model: string,
  via: string,
  id: number,
  field: string,
  keep: (row: Row) => boolean = () => true,
): number {
  const table = engine.table(model);
  let total = 0;
  for (const rid of table.idsWhere(via, id) ?? []) {
    const row = table.rows.get(rid);
    if (row && keep(row)) total += Number(row[field] ?? 0);
  }
  return total;
}

/** Ids of the records whose many2one `via` is `id`, in no particular order. */
export function idsWhere(engine: OdooEngine, model: string, via: string, id: number): number[] {
  return [...(engine.table(model).idsWhere(via, id) ?? [])];
}

/** The partner at the top of a contact's company tree (Odoo's commercial partner). */
export function commercialPartner(engine: OdooEngine, partnerId: unknown): number | false {
  let id = idOf(partnerId);
  for (let depth = 0; id !== false && depth < 10; depth++) {
    const partner = engine.row('res.partner', id);
    if (!partner || partner.is_company || typeof partner.parent_id !== 'number') return id;
    id = partner.parent_id;
  }
  return id;
}

/** Rounds like Odoo's float fields shown with two digits, without float noise. */
export function round2(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
