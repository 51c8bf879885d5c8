import type { Behaviour, MethodSpec } from './behaviour.js';
import { callMethod } from './dispatch.js';
import { compileDomain, indexedCandidates, mentionsField, parseDomain } from './domain.js';
import { EXC, OdooFault } from './fault.js';
import { sortRows } from './order.js';
import { behaviours } from './rules/index.js';
import { buildSchema } from './schema/index.js';
import { Journal, Table } from './store.js';
import type { Context, ModelSpec, OdooVersion, Row } from './types.js';
import { emptyValue } from './values.js';

export interface EngineOptions {
  version?: OdooVersion;
  db?: string;
  /** The clock; tests pass a fixed one so dates in the data are deterministic. */
  now?: () => Date;
}

/** One call of a public model method, protocol-agnostic (named arguments only). */
export interface EngineCall {
  uid: number;
  model: string;
  method: string;
  ids?: number[];
  params?: Record<string, unknown>;
  context?: Context;
}

export interface SearchOptions {
  offset?: number;
  limit?: number | false | null;
  order?: string | false | null;
  activeTest?: boolean;
  /** Skip sorting when only the set matters (counts, groups). */
  unordered?: boolean;
}

/** An in-memory Odoo: models, records and the rules of the modules the product uses. */
export class OdooEngine {
  readonly version: OdooVersion;
  readonly db: string;
  readonly journal = new Journal();
  private readonly clock: () => Date;
  private readonly tables = new Map<string, Table>();
  private readonly apiKeys = new Map<string, number>();

  constructor(options: EngineOptions = {}) {
    this.version = options.version ?? '19.0';
    this.db = options.db ?? 'wallet';
    this.clock = options.now ?? (() => new Date());
    for (const spec of buildSchema(this.version)) {
      this.tables.set(spec.name, new Table(spec, this.journal));
    }
  }

  now(): Date {
    return this.clock();
  }

  /** The current time as Odoo writes datetimes: `YYYY-MM-DD HH:MM:SS`, UTC. */
  nowString(): string {
    const now = this.clock();
    if (now.getTime() !== this.lastNow[0]) {
      this.lastNow = [now.getTime(), now.toISOString().slice(0, 19).replace('T', ' ')];
    }
    return this.lastNow[1];
  }

  private lastNow: [number, string] = [Number.NaN, ''];

  /** Today's date in a time zone (UTC when none), as `fields.Date.context_today` gives it. */
  today(tz?: unknown): string {
    const zone = typeof tz === 'string' && tz ? tz : 'UTC';
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(this.clock());
  }

  hasModel(model: string): boolean {
    return this.tables.has(model);
  }

  /** The table of a model; an unknown model fails as Odoo's dispatcher does. */
  table(model: string): Table {
    const table = this.tables.get(model);
    if (!table) {
      throw new OdooFault({
        exception: EXC.user,
        message: `Object ${model} doesn't exist`,
        kind: 'unknown_model',
        model,
      });
    }
    return table;
  }

  spec(model: string): ModelSpec {
    return this.table(model).spec;
  }

  models(): string[] {
    return [...this.tables.keys()];
  }

  behaviour(model: string): Behaviour {
    return behaviours[model] ?? {};
  }

  method(model: string, name: string): MethodSpec | undefined {
    return this.behaviour(model).methods?.[name];
  }

  isStoredMany2one(model: string, name: string): boolean {
    const table = this.table(model);
    return table.isIndexed(name) && !this.behaviour(model).computes?.[name];
  }

  /** A field's value as the ORM holds it: ids for relations, computed fields computed. */
  value(model: string, row: Row, name: string): unknown {
    if (name === 'id') return row.id;
    const compute = this.behaviour(model).computes?.[name];
    if (compute) return compute(this, row);
    const field = this.table(model).field(name);
    if (!field) return false;
    if (field.type === 'one2many') return this.inverseIds(field.relation, field.inverse, row.id);
    if (name === 'display_name') return this.displayName(model, row.id);
    const stored = row[name];
    return stored === undefined ? emptyValue(field.type) : stored;
  }

  private inverseIds(relation?: string, inverse?: string, id?: number): number[] {
    if (!relation || !inverse || id === undefined || !this.hasModel(relation)) return [];
    const table = this.table(relation);
    const ids = table.idsWhere(inverse, id);
    if (!ids) return [];
    const rows = [...ids].map((rid) => table.rows.get(rid)).filter((r): r is Row => !!r);
    return sortRows(this, relation, rows).map((r) => r.id);
  }

  /** The name Odoo shows for a record (`display_name`), or `false` when it is gone. */
  displayName(model: string, id: number): string | false {
    const table = this.tables.get(model);
    const row = table?.rows.get(id);
    if (!table || !row) return false;
    const custom = this.behaviour(model).displayName;
    if (custom) return custom(this, row);
    const name = this.value(model, row, table.spec.recName);
    return typeof name === 'string' ? name : `${model},${id}`;
  }

  /** Whether a module is installed (listed in ir.module.module with state `installed`). */
  isInstalled(module: string): boolean {
    for (const row of this.table('ir.module.module').rows.values()) {
      if (row.name === module) return row.state === 'installed';
    }
    return false;
  }

  row(model: string, id: number): Row | undefined {
    return this.table(model).rows.get(id);
  }

  /** Ids matching a domain (as sent over the wire), in order, after offset and limit. */
  searchIds(model: string, domain: unknown, options: SearchOptions = {}): number[] {
    const table = this.table(model);
    let node = parseDomain(this, model, domain);
    const activeTest = options.activeTest ?? true;
    if (activeTest && table.field('active') && !mentionsField(node, 'active')) {
      node = { kind: 'and', children: [node, activeLeaf] };
    }
    const test = compileDomain(this, model, node);
    const candidates = indexedCandidates(this, model, node);
    const rows: Row[] = [];
    const source = candidates
      ? [...candidates].map((id) => table.rows.get(id))
      : table.rows.values();
    for (const row of source) if (row && test(row)) rows.push(row);

    const sorted = options.unordered
      ? rows
      : sortRows(this, model, rows, options.order || undefined);
    const offset = options.offset ?? 0;
    const end =
      typeof options.limit === 'number' && options.limit > 0 ? offset + options.limit : undefined;
    return sorted.slice(offset, end).map((row) => row.id);
  }

  /** Adds an API key (also accepted as the password) for a user. */
  addApiKey(key: string, uid: number): void {
    this.apiKeys.set(key, uid);
  }

  /** The user an API key belongs to, for a bearer-token endpoint. */
  uidForKey(key: string): number | undefined {
    return this.apiKeys.get(key);
  }

  /** `common.authenticate`: the uid for a login and key, or `false`. */
  authenticate(db: string, login: string, key: string): number | false {
    if (db !== this.db) return false;
    const uid = this.apiKeys.get(key);
    if (uid === undefined) return false;
    const user = this.row('res.users', uid);
    return user && user.login === login && user.active !== false ? uid : false;
  }

  /** Checks the credentials `execute_kw` carries; throws Access Denied when they are wrong. */
  checkCredentials(db: string, uid: number, key: string): void {
    if (db !== this.db || this.apiKeys.get(key) !== uid) {
      throw new OdooFault({
        exception: EXC.denied,
        message: 'Access Denied',
        kind: 'access_denied',
      });
    }
  }

  /** Runs a public method as one transaction: nothing of a failed call remains. */
  call(request: EngineCall): unknown {
    return this.journal.transaction(() => callMethod(this, request));
  }
}

const activeLeaf = {
  kind: 'leaf' as const,
  path: ['active'],
  operator: '=',
  value: true,
  raw: ['active', '=', true],
};
