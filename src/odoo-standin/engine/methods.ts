import type { MethodCall, MethodSpec, Vals } from './behaviour.js';
import {
  checkFieldNames,
  createRecord,
  existingRows,
  readRecords,
  unlinkRecords,
  writeRecords,
} from './crud.js';
import { OdooFault, valueError } from './fault.js';
import { formattedReadGroup, readGroup } from './group.js';
import { webReadMethod, webSearchRead } from './web-read.js';

function num(value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === false) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) {
    // Odoo passes the value to PostgreSQL unchecked; this is the error that comes back.
    throw new OdooFault({
      exception: 'psycopg2.errors.InvalidTextRepresentation',
      message: `invalid input syntax for type bigint: "${value}"`,
    });
  }
  return parsed;
}

function limitOf(value: unknown): number | undefined {
  return value === undefined || value === null || value === false ? undefined : num(value, 0);
}

function orderOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function namesOf(value: unknown): string[] | null {
  if (!Array.isArray(value)) return typeof value === 'string' ? [value] : null;
  return value.filter((name): name is string => typeof name === 'string');
}

function activeTest(call: MethodCall): boolean {
  return call.context.active_test !== false;
}

function search(call: MethodCall): number[] {
  const { params } = call;
  return call.engine.searchIds(call.model, params.domain, {
    offset: num(params.offset, 0),
    limit: limitOf(params.limit),
    order: orderOf(params.order),
    activeTest: activeTest(call),
  });
}

function read(call: MethodCall, ids: number[]) {
  const fields = namesOf(call.params.fields);
  const load = call.params.load === undefined ? '_classic_read' : call.params.load;
  return readRecords(call.engine, call.model, ids, fields, load);
}

function create(call: MethodCall): number | number[] {
  const { vals_list: valsList } = call.params;
  const one = !Array.isArray(valsList);
  const list = (one ? [valsList] : valsList) as unknown[];
  const ids = list.map((vals) => {
    if (!vals || typeof vals !== 'object' || Array.isArray(vals)) {
      throw valueError(`Invalid values for create: ${JSON.stringify(vals)}`);
    }
    return createRecord(call.engine, call.model, vals as Vals, call.context, call.uid);
  });
  // Over XML-RPC, one dict gives one id; a list gives a list (JSON-2 always answers a list).
  return one ? (ids[0] ?? 0) : ids;
}

function fieldsGet(call: MethodCall) {
  const spec = call.engine.spec(call.model);
  const wanted = namesOf(call.params.allfields);
  const attributes = namesOf(call.params.attributes);
  const result: Record<string, Record<string, unknown>> = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (wanted && wanted.length > 0 && !wanted.includes(name)) continue;
    const description: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(field)) {
      if (key === 'inverse' || value === undefined) continue;
      if (key === 'relation' && !field.relation) continue;
      if (!attributes || attributes.length === 0 || attributes.includes(key)) {
        description[key] = value;
      }
    }
    result[name] = description;
  }
  return result;
}

function nameSearch(call: MethodCall): Array<[number, string | false]> {
  const { engine, model, params } = call;
  const name = typeof params.name === 'string' ? params.name : '';
  const operator = typeof params.operator === 'string' ? params.operator : 'ilike';
  const recName = engine.spec(model).recName;
  const extra = Array.isArray(params.domain) ? params.domain : [];
  const domain = name
    ? ['&', [recName, operator, name], ...(extra.length ? extra : [[1, '=', 1]])]
    : extra;
  const ids = engine.searchIds(model, domain, {
    limit: limitOf(params.limit) ?? 100,
    activeTest: activeTest(call),
  });
  return ids.map((id) => [id, engine.displayName(model, id)]);
}

const p = (name: string, required = false) => ({ name, required });

/** The ORM methods every model has, with their 19.0 Python parameter names. */
export const genericMethods: Record<string, MethodSpec> = {
  search: {
    params: [p('domain', true), p('offset'), p('limit'), p('order')],
    modelLevel: true,
    run: search,
  },
  search_count: {
    params: [p('domain', true), p('limit')],
    modelLevel: true,
    run: (call) => {
      const ids = call.engine.searchIds(call.model, call.params.domain, {
        limit: limitOf(call.params.limit),
        activeTest: activeTest(call),
        unordered: true,
      });
      return ids.length;
    },
  },
  search_read: {
    params: [p('domain'), p('fields'), p('offset'), p('limit'), p('order')],
    modelLevel: true,
    varKeywords: true,
    run: (call) => {
      checkFieldNames(call.engine, call.model, namesOf(call.params.fields) ?? []);
      return read(call, search(call));
    },
  },
  read: {
    params: [p('fields'), p('load')],
    run: (call) => read(call, call.ids),
  },
  create: { params: [p('vals_list', true)], modelLevel: true, run: create },
  write: {
    params: [p('vals', true)],
    run: (call) => {
      writeRecords(
        call.engine,
        call.model,
        call.ids,
        call.params.vals as Vals,
        call.context,
        call.uid,
      );
      return true;
    },
  },
  unlink: {
    params: [],
    run: (call) => {
      unlinkRecords(call.engine, call.model, call.ids, call.uid);
      return true;
    },
  },
  fields_get: {
    params: [p('allfields'), p('attributes')],
    modelLevel: true,
    run: fieldsGet,
  },
  name_search: {
    params: [p('name'), p('domain'), p('operator'), p('limit')],
    modelLevel: true,
    run: nameSearch,
  },
  read_group: {
    params: [
      p('domain', true),
      p('fields', true),
      p('groupby', true),
      p('offset'),
      p('limit'),
      p('orderby'),
      p('lazy'),
    ],
    modelLevel: true,
    run: readGroup,
  },
  formatted_read_group: {
    params: [
      p('domain', true),
      p('groupby'),
      p('aggregates'),
      p('having'),
      p('offset'),
      p('limit'),
      p('order'),
    ],
    modelLevel: true,
    run: formattedReadGroup,
  },
  web_search_read: {
    params: [
      p('domain', true),
      p('specification', true),
      p('offset'),
      p('limit'),
      p('order'),
      p('count_limit'),
    ],
    modelLevel: true,
    run: webSearchRead,
  },
  web_read: { params: [p('specification', true)], run: webReadMethod },
  default_get: {
    params: [p('fields_list', true)],
    modelLevel: true,
    run: () => ({}),
  },
  copy: {
    params: [p('default')],
    run: (call) => {
      const [row] = existingRows(call.engine, call.model, call.ids.slice(0, 1), call.uid);
      if (!row) return false;
      const { id: _id, create_date: _c, write_date: _w, ...vals } = row;
      const copy = { ...vals, ...((call.params.default as Vals) ?? {}) };
      return createRecord(call.engine, call.model, copy, call.context, call.uid);
    },
  },
};
