import type { Vals } from './behaviour.js';
import type { OdooEngine } from './engine.js';
import { EXC, missingError, OdooFault, valueError } from './fault.js';
import type { Context, FieldSpec, Row } from './types.js';
import { FLOAT_TYPES, markFloats } from './types.js';
import { isEmpty, toStored } from './values.js';

function knownVals(engine: OdooEngine, model: string, vals: Vals): Vals {
  const table = engine.table(model);
  const known: Vals = {};
  for (const [name, value] of Object.entries(vals)) {
    // Odoo ignores unknown fields in create and write (it only logs a warning).
    if (name !== 'id' && table.field(name)) known[name] = value;
  }
  return known;
}

function missingRequired(engine: OdooEngine, model: string, name: string, field: FieldSpec) {
  const spec = engine.spec(model);
  const message =
    engine.version === '19.0'
      ? `The operation cannot be completed: Missing required value for the field ` +
        `'${field.string}' (${name}).\nModel: '${spec.description}' (${model})\n` +
        '- create/update: a mandatory field is not set\n' +
        '- delete: another model requires the record being deleted, you can archive it instead\n'
      : 'The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n' +
        '- Delete: another model requires the record being deleted. If possible, archive it ' +
        `instead.\n\nModel: ${spec.description} (${model})\nField: ${field.string} (${name})\n`;
  return new OdooFault({ exception: EXC.validation, message });
}

const requiredCache = new WeakMap<object, Array<[string, FieldSpec]>>();

/** The fields a create must fill, worked out once per model. */
function requiredFields(engine: OdooEngine, model: string): Array<[string, FieldSpec]> {
  const spec = engine.spec(model);
  let list = requiredCache.get(spec);
  if (!list) {
    const behaviour = engine.behaviour(model);
    list = Object.entries(spec.fields).filter(
      ([name, field]) =>
        field.required &&
        field.type !== 'one2many' &&
        field.type !== 'boolean' &&
        !behaviour.computes?.[name] &&
        !(field.relation && !engine.hasModel(field.relation)),
    );
    requiredCache.set(spec, list);
  }
  return list;
}

function checkRequired(engine: OdooEngine, model: string, vals: Vals): void {
  for (const [name, field] of requiredFields(engine, model)) {
    if (isEmpty(vals[name])) throw missingRequired(engine, model, name, field);
  }
}

/** Creates one record with defaults, checks and rules; returns its id. */
export function createRecord(
  engine: OdooEngine,
  model: string,
  sent: Vals,
  context: Context,
  uid: number,
): number {
  const table = engine.table(model);
  const id = table.allocateId();
  const behaviour = engine.behaviour(model);
  const vals = knownVals(engine, model, sent);
  const ctx: Context = { ...context, uid };
  behaviour.prepareCreate?.(engine, vals, ctx);
  for (const [name, fallback] of Object.entries(behaviour.defaults ?? {})) {
    if (vals[name] === undefined) {
      vals[name] = typeof fallback === 'function' ? fallback(engine, vals, ctx) : fallback;
    }
  }
  if (table.field('active') && vals.active === undefined) vals.active = true;
  checkRequired(engine, model, vals);

  const now = engine.nowString();
  const row: Row = { id, create_date: now, write_date: now, create_uid: uid, write_uid: uid };
  const relational: Vals = {};
  for (const [name, value] of Object.entries(vals)) {
    const field = table.field(name);
    if (!field || behaviour.computes?.[name]) continue;
    if (field.type === 'one2many' || field.type === 'many2many') relational[name] = value;
    else row[name] = toStored(model, name, field, value);
  }
  table.insert(row);
  for (const [name, value] of Object.entries(relational)) {
    applyCommands(engine, model, row, name, value, context, uid);
  }
  behaviour.afterCreate?.(engine, row, ctx);
  return id;
}

/** Rows for ids, or a MissingError naming the ids that do not exist. */
export function existingRows(engine: OdooEngine, model: string, ids: number[], uid: number) {
  const table = engine.table(model);
  const missing = ids.filter((id) => !table.rows.has(id));
  if (missing.length > 0) throw missingError(model, missing, uid);
  return [...new Set(ids)].map((id) => table.rows.get(id) as Row);
}

/** Writes the same values on every record, then runs the dependent recomputations. */
export function writeRecords(
  engine: OdooEngine,
  model: string,
  ids: number[],
  sent: Vals,
  context: Context,
  uid: number,
): void {
  const table = engine.table(model);
  const rows = existingRows(engine, model, ids, uid);
  const behaviour = engine.behaviour(model);
  const vals = knownVals(engine, model, sent);
  const ctx: Context = { ...context, uid };
  behaviour.beforeWrite?.(engine, rows, vals, ctx);

  const now = engine.nowString();
  for (const row of rows) {
    for (const [name, value] of Object.entries(vals)) {
      const field = table.field(name);
      if (!field || behaviour.computes?.[name]) continue;
      if (field.type === 'one2many' || field.type === 'many2many') {
        applyCommands(engine, model, row, name, value, context, uid);
      } else {
        table.set(row, name, toStored(model, name, field, value));
      }
    }
    table.set(row, 'write_date', now);
    table.set(row, 'write_uid', uid);
  }
  behaviour.afterWrite?.(engine, rows, new Set(Object.keys(vals)), ctx);
}

/** Deletes records; a missing id fails the whole call. */
export function unlinkRecords(engine: OdooEngine, model: string, ids: number[], uid: number) {
  const rows = existingRows(engine, model, ids, uid);
  for (const row of rows) engine.table(model).delete(row.id);
}

function commandList(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return value === false || value === null ? [[5]] : [];
  if (value.every((item) => typeof item === 'number')) return [[6, 0, value]];
  return value.filter((item): item is unknown[] => Array.isArray(item));
}

function applyCommands(
  engine: OdooEngine,
  model: string,
  row: Row,
  name: string,
  value: unknown,
  context: Context,
  uid: number,
): void {
  const field = engine.table(model).field(name);
  const relation = field?.relation;
  if (!field || !relation || !engine.hasModel(relation)) return;
  const inverse = field.type === 'one2many' ? field.inverse : undefined;
  if (field.type === 'one2many' && !inverse) return;
  const link = (id: number) => {
    if (inverse) writeRecords(engine, relation, [id], { [inverse]: row.id }, context, uid);
    else setIds(engine, model, row, name, [...new Set([...ids(engine, model, row, name), id])]);
  };
  const unlinkOne = (id: number) => {
    if (inverse) writeRecords(engine, relation, [id], { [inverse]: false }, context, uid);
    else
      setIds(
        engine,
        model,
        row,
        name,
        ids(engine, model, row, name).filter((x) => x !== id),
      );
  };

  for (const command of commandList(value)) {
    const [code, id, data] = command;
    const target = typeof id === 'number' ? id : 0;
    switch (code) {
      case 0:
        link(
          createRecord(
            engine,
            relation,
            { ...asVals(data), ...(inverse ? { [inverse]: row.id } : {}) },
            context,
            uid,
          ),
        );
        break;
      case 1:
        writeRecords(engine, relation, [target], asVals(data), context, uid);
        break;
      case 2:
        unlinkRecords(engine, relation, [target], uid);
        if (!inverse) unlinkOne(target);
        break;
      case 3:
        unlinkOne(target);
        break;
      case 4:
        link(target);
        break;
      case 5:
        for (const current of ids(engine, model, row, name)) unlinkOne(current);
        break;
      case 6: {
        const wanted = Array.isArray(data)
          ? data.filter((x): x is number => typeof x === 'number')
          : [];
        for (const current of ids(engine, model, row, name))
          if (!wanted.includes(current)) unlinkOne(current);
        for (const next of wanted) link(next);
        break;
      }
      default:
        throw valueError(`Invalid command ${JSON.stringify(command)} for field ${model}.${name}`);
    }
  }
}

function asVals(data: unknown): Vals {
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Vals) : {};
}

function ids(engine: OdooEngine, model: string, row: Row, name: string): number[] {
  const value = engine.value(model, row, name);
  return Array.isArray(value) ? value.filter((x): x is number => typeof x === 'number') : [];
}

function setIds(engine: OdooEngine, model: string, row: Row, name: string, list: number[]) {
  engine.table(model).set(row, name, list);
}

/** Checks field names the way `read` does; unknown ones fail with the version's wording. */
export function checkFieldNames(engine: OdooEngine, model: string, names: string[]): void {
  const table = engine.table(model);
  for (const name of names) {
    if (!table.field(name)) {
      throw valueError(
        engine.version === '19.0'
          ? `Invalid field '${name}' on '${model}'`
          : `Invalid field '${name}' on model '${model}'`,
      );
    }
  }
}

/** `read`: existing records only, values shaped as Odoo sends them. */
export function readRecords(
  engine: OdooEngine,
  model: string,
  ids: number[],
  fields: string[] | null,
  load: unknown = '_classic_read',
): Array<Record<string, unknown>> {
  const table = engine.table(model);
  const names = fields && fields.length > 0 ? fields : Object.keys(table.spec.fields);
  checkFieldNames(engine, model, names);
  const wanted = names.filter((name) => name !== 'id');
  const floats = wanted.filter((name) => FLOAT_TYPES.has(table.spec.fields[name]?.type ?? 'char'));
  const result: Array<Record<string, unknown>> = [];
  const seen = new Set<number>();
  for (const id of ids) {
    const row = table.rows.get(id);
    if (!row || seen.has(id)) continue;
    seen.add(id);
    const record: Record<string, unknown> = { id };
    for (const name of wanted) record[name] = readValue(engine, model, row, name, load);
    result.push(markFloats(record, floats));
  }
  return result;
}

/** One field of one record as Odoo sends it: `[id, name]` or `false` for a many2one. */
export function readValue(
  engine: OdooEngine,
  model: string,
  row: Row,
  name: string,
  load: unknown = '_classic_read',
): unknown {
  const field = engine.table(model).field(name);
  const value = engine.value(model, row, name);
  if (field?.type !== 'many2one') return value;
  if (typeof value !== 'number') return false;
  if (!field.relation || !engine.hasModel(field.relation)) return load ? [value, ''] : value;
  const label = engine.displayName(field.relation, value);
  if (label === false) return false;
  return load ? [value, label] : value;
}
