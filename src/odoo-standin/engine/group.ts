import type { MethodCall } from './behaviour.js';
import { type Bucket, dateBucket, datetimeBucket, granularityOf } from './buckets.js';
import { readValue } from './crud.js';
import type { OdooEngine } from './engine.js';
import { valueError } from './fault.js';
import { sortRows } from './order.js';
import { FLOAT_TYPES, markFloats, type Row } from './types.js';
import { isEmpty } from './values.js';

interface GroupBy {
  spec: string;
  field: string;
  type: string;
  granularity?: ReturnType<typeof granularityOf>;
}

interface Aggregate {
  key: string;
  field: string;
  fn: string;
}

interface Group {
  rows: Row[];
  /** Per groupby: the raw value or bucket. */
  keys: unknown[];
}

function parseGroupBy(engine: OdooEngine, model: string, specs: unknown): GroupBy[] {
  const list = Array.isArray(specs) ? specs : typeof specs === 'string' ? [specs] : [];
  return list.map((spec) => {
    const text = String(spec);
    const [field = '', gran] = text.split(':');
    const def = engine.table(model).field(field);
    if (!def) throw valueError(`Invalid field '${field}' on model '${model}'`);
    const dated = def.type === 'date' || def.type === 'datetime';
    return {
      spec: text,
      field,
      type: def.type,
      ...(dated ? { granularity: granularityOf(gran) } : {}),
    };
  });
}

function bucketOf(engine: OdooEngine, model: string, row: Row, by: GroupBy, tz: string) {
  const value = engine.value(model, row, by.field);
  if (!by.granularity || isEmpty(value)) return value;
  return by.type === 'date'
    ? dateBucket(String(value), by.granularity)
    : datetimeBucket(String(value), by.granularity, tz);
}

function keyString(value: unknown): string {
  if (value && typeof value === 'object' && 'start' in value) return String(value.start);
  return JSON.stringify(value);
}

function collect(engine: OdooEngine, call: MethodCall, groupby: GroupBy[], order?: string) {
  const { model, params, context } = call;
  const tz = typeof context.tz === 'string' && context.tz ? context.tz : 'UTC';
  const ids = engine.searchIds(model, params.domain, {
    activeTest: context.active_test !== false,
    unordered: true,
  });
  const table = engine.table(model);
  const groups = new Map<string, Group>();
  for (const id of ids) {
    const row = table.rows.get(id) as Row;
    const keys = groupby.map((by) => bucketOf(engine, model, row, by, tz));
    const signature = keys.map(keyString).join('|');
    const group = groups.get(signature) ?? { rows: [], keys };
    group.rows.push(row);
    groups.set(signature, group);
  }
  return sortGroups(engine, model, [...groups.values()], groupby, order);
}

/** Orders groups by their keys: buckets by start, relations by their model's order. */
function sortGroups(
  engine: OdooEngine,
  model: string,
  groups: Group[],
  groupby: GroupBy[],
  order?: string,
): Group[] {
  const text = order?.trim() ? order : groupby.map((by) => by.spec).join(', ');
  const comparators = text
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter(([spec]) => spec)
    .map(([spec = '', direction = 'asc']) => {
      const sign = direction.toLowerCase() === 'desc' ? -1 : 1;
      const field = spec.split(':')[0] ?? spec;
      if (groupby.some((by) => by.field === field)) {
        // A group key sorts as its field does on any record of the group.
        const firstRows = groups.map((group) => group.rows[0] as Row);
        const sorted = sortRows(engine, model, firstRows, `${field} ${direction}`);
        const rank = new Map(sorted.map((row, index) => [row.id, index]));
        const at = (group: Group) => rank.get(group.rows[0]?.id ?? 0) ?? 0;
        return (a: Group, b: Group) => at(a) - at(b);
      }
      // Otherwise the term names an aggregate (`unit_amount:sum`, `__count`).
      const agg = spec === '__count' ? null : parseAggregate(engine, model, spec);
      const value = (group: Group) =>
        agg ? Number(aggregate(engine, model, group.rows, agg)) : group.rows.length;
      return (a: Group, b: Group) => sign * (value(a) - value(b));
    });
  return groups.sort((a, b) => {
    for (const compare of comparators) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  });
}

function parseAggregate(engine: OdooEngine, model: string, spec: string): Aggregate {
  const match = /^(\w+)(?::(\w+)(?:\((\w+)\))?)?$/.exec(spec);
  if (!match) throw valueError(`Invalid aggregate specification ${JSON.stringify(spec)}`);
  const [, name = '', fn, inner] = match;
  const field = inner ?? name;
  const def = engine.table(model).field(field);
  if (!def) throw valueError(`Invalid field '${field}' on model '${model}'`);
  const fallback = FLOAT_TYPES.has(def.type) || def.type === 'integer' ? 'sum' : '';
  return { key: spec, field, fn: fn ?? fallback };
}

function aggregate(engine: OdooEngine, model: string, rows: Row[], agg: Aggregate): unknown {
  const values = rows.map((row) => engine.value(model, row, agg.field));
  const numbers = values.map((v) => (typeof v === 'number' ? v : 0));
  switch (agg.fn) {
    case 'sum':
      return numbers.reduce((a, b) => a + b, 0);
    case 'avg':
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : 0;
    case 'min':
      return numbers.length ? Math.min(...numbers) : 0;
    case 'max':
      return numbers.length ? Math.max(...numbers) : 0;
    case 'count':
      return values.filter((v) => !isEmpty(v)).length;
    case 'count_distinct':
      return new Set(values.filter((v) => !isEmpty(v)).map((v) => JSON.stringify(v))).size;
    case 'bool_and':
      return values.every(Boolean);
    case 'bool_or':
      return values.some(Boolean);
    case 'array_agg':
      return values;
    default:
      throw valueError(`Invalid aggregation function ${JSON.stringify(agg.fn)}`);
  }
}

function groupValue(engine: OdooEngine, model: string, group: Group, by: GroupBy, index: number) {
  const key = group.keys[index];
  if (by.type === 'many2one') {
    const row = group.rows[0] as Row;
    return readValue(engine, model, row, by.field);
  }
  if (key && typeof key === 'object' && 'label' in key) return key as Bucket;
  return key;
}

function groupLeaves(by: GroupBy, value: unknown): unknown[] {
  if (value && typeof value === 'object' && 'start' in value) {
    const bucket = value as Bucket;
    return [
      [by.field, '>=', bucket.start],
      [by.field, '<', bucket.end],
    ];
  }
  if (Array.isArray(value) && by.type === 'many2one') return [[by.field, '=', value[0]]];
  if (isEmpty(value)) return [[by.field, '=', false]];
  return [[by.field, '=', value]];
}

/** Odoo's normalised AND of conditions and prefix domains: `&` operators, then the terms. */
export function andDomains(parts: unknown[][]): unknown[] {
  const terms: unknown[][] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    terms.push(...splitConjunction(part));
  }
  return [...Array(Math.max(0, terms.length - 1)).fill('&'), ...terms.flat()];
}

/** Splits a normalised domain into its top-level AND operands (each a prefix expression). */
function splitConjunction(domain: unknown[]): unknown[][] {
  const operands: unknown[][] = [];
  let index = 0;
  const take = (): unknown[] => {
    const item = domain[index++];
    if (item === '!') return ['!', ...take()];
    if (item === '&' || item === '|') return [item, ...take(), ...take()];
    return [item];
  };
  let leadingAnds = 0;
  while (domain[leadingAnds] === '&') leadingAnds++;
  index = leadingAnds;
  while (index < domain.length) operands.push(take());
  return operands;
}

/** `read_group`: the pre-19 row shape (sum under the bare name, `__count`, `__domain`). */
export function readGroup(call: MethodCall): unknown[] {
  const { engine, model, params } = call;
  const lazy = params.lazy === undefined ? true : Boolean(params.lazy);
  const all = parseGroupBy(engine, model, params.groupby);
  const groupby = lazy ? all.slice(0, 1) : all;
  const groupFields = new Set(groupby.map((by) => by.field));
  const fieldSpecs = Array.isArray(params.fields) ? params.fields.map(String) : [];
  const aggregates = fieldSpecs
    .filter((spec) => spec !== '__count')
    .map((spec) => parseAggregate(engine, model, spec))
    .filter((agg) => agg.fn && !groupFields.has(agg.field));
  const orderby = typeof params.orderby === 'string' ? params.orderby : undefined;
  const groups = collect(engine, call, groupby, orderby);
  const domain = Array.isArray(params.domain) ? params.domain : [];
  const offset = Number(params.offset) || 0;
  const limit = Number(params.limit) || undefined;

  return groups.slice(offset, limit ? offset + limit : undefined).map((group) => {
    const row: Record<string, unknown> = {};
    const leaves: unknown[][] = [];
    const ranges: Record<string, unknown> = {};
    groupby.forEach((by, index) => {
      const value = groupValue(engine, model, group, by, index);
      const bucket =
        value && typeof value === 'object' && 'label' in value ? (value as Bucket) : null;
      row[by.spec] = bucket ? bucket.label : value;
      if (bucket) ranges[by.spec] = { from: bucket.start, to: bucket.end };
      leaves.push(groupLeaves(by, value));
    });
    row[lazy && groupby[0] ? `${groupby[0].field}_count` : '__count'] = group.rows.length;
    const floats: string[] = [];
    for (const agg of aggregates) {
      const key = agg.key.split(':')[0] ?? agg.key;
      row[key] = aggregate(engine, model, group.rows, agg);
      if (FLOAT_TYPES.has(engine.spec(model).fields[agg.field]?.type ?? 'char')) floats.push(key);
    }
    if (Object.keys(ranges).length > 0) row.__range = ranges;
    row.__domain = andDomains([domain, ...leaves]);
    if (lazy && all.length > 1) row.__context = { group_by: all.slice(1).map((by) => by.spec) };
    return markFloats(row, floats);
  });
}

/** `formatted_read_group` (19.0): aggregates under their literal keys and `__extra_domain`. */
export function formattedReadGroup(call: MethodCall): unknown[] {
  const { engine, model, params } = call;
  const groupby = parseGroupBy(engine, model, params.groupby ?? []);
  const specs = Array.isArray(params.aggregates) ? params.aggregates.map(String) : [];
  const aggregates = specs.map((spec) =>
    spec === '__count' ? null : parseAggregate(engine, model, spec),
  );
  const order = typeof params.order === 'string' ? params.order : undefined;
  const groups = collect(engine, call, groupby, order);
  const offset = Number(params.offset) || 0;
  const limit = Number(params.limit) || undefined;

  return groups.slice(offset, limit ? offset + limit : undefined).map((group) => {
    const row: Record<string, unknown> = {};
    const leaves: unknown[][] = [];
    groupby.forEach((by, index) => {
      const value = groupValue(engine, model, group, by, index);
      const bucket =
        value && typeof value === 'object' && 'label' in value ? (value as Bucket) : null;
      row[by.spec] = bucket ? [bucket.start, bucket.label] : value;
      leaves.push(groupLeaves(by, value));
    });
    row.__extra_domain = andDomains(leaves);
    const floats: string[] = [];
    specs.forEach((spec, index) => {
      const agg = aggregates[index];
      row[spec] = agg ? aggregate(engine, model, group.rows, agg) : group.rows.length;
      const type = agg ? engine.spec(model).fields[agg.field]?.type : undefined;
      if (agg?.fn === 'sum' && type && FLOAT_TYPES.has(type)) floats.push(spec);
    });
    return markFloats(row, floats);
  });
}
