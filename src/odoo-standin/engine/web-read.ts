import type { MethodCall } from './behaviour.js';
import { checkFieldNames } from './crud.js';
import type { OdooEngine } from './engine.js';
import { FLOAT_TYPES, markFloats } from './types.js';

type Specification = Record<string, { fields?: Specification } | undefined>;

function asSpecification(value: unknown): Specification {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Specification)
    : {};
}

/** Reads records the web client's way: relations as nested objects shaped by the specification. */
export function webRead(
  engine: OdooEngine,
  model: string,
  ids: number[],
  specification: Specification,
): Array<Record<string, unknown>> {
  const names = Object.keys(specification);
  checkFieldNames(engine, model, names);
  const table = engine.table(model);
  const floats = names.filter((name) => FLOAT_TYPES.has(table.spec.fields[name]?.type ?? 'char'));
  return ids.flatMap((id) => {
    const row = table.rows.get(id);
    if (!row) return [];
    const record: Record<string, unknown> = { id };
    for (const name of names) {
      if (name === 'id') continue;
      const field = table.spec.fields[name];
      const value = engine.value(model, row, name);
      const nested = specification[name]?.fields;
      const relation = field?.relation;
      if (field?.type === 'many2one') {
        record[name] =
          typeof value === 'number' && relation
            ? (webRead(engine, relation, [value], nested ?? { display_name: {} })[0] ?? false)
            : false;
      } else if (Array.isArray(value) && nested && relation) {
        record[name] = webRead(engine, relation, value as number[], nested);
      } else {
        record[name] = value;
      }
    }
    return [markFloats(record, floats)];
  });
}

/** `web_search_read`: `{ length, records }`, the total counted before the limit. */
export function webSearchRead(call: MethodCall) {
  const { engine, model, params } = call;
  const activeTest = call.context.active_test !== false;
  const all = engine.searchIds(model, params.domain, {
    order: typeof params.order === 'string' ? params.order : undefined,
    activeTest,
  });
  const offset = Number(params.offset) || 0;
  const limit = Number(params.limit) || undefined;
  const page = all.slice(offset, limit ? offset + limit : undefined);
  return {
    length: all.length,
    records: webRead(engine, model, page, asSpecification(params.specification)),
  };
}

/** `web_read`: the records of `ids` shaped by the specification. */
export function webReadMethod(call: MethodCall) {
  return webRead(call.engine, call.model, call.ids, asSpecification(call.params.specification));
}
