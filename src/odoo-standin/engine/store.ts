import type { FieldSpec, ModelSpec, Row } from './types.js';

/** Many2ones every record shares (who, which company): indexing them buys nothing. */
const UNINDEXED = new Set(['create_uid', 'write_uid', 'company_id', 'currency_id']);

/** The records of one model, indexed by id and by every stored many2one value. */
export class Table {
  readonly spec: ModelSpec;
  readonly rows = new Map<number, Row>();
  private nextId = 1;
  private readonly indexes = new Map<string, Map<number, Set<number>>>();
  private readonly journal: Journal;

  constructor(spec: ModelSpec, journal: Journal) {
    this.spec = spec;
    this.journal = journal;
    for (const [name, field] of Object.entries(spec.fields)) {
      if (field.type === 'many2one' && !UNINDEXED.has(name)) this.indexes.set(name, new Map());
    }
  }

  field(name: string): FieldSpec | undefined {
    return Object.hasOwn(this.spec.fields, name) ? this.spec.fields[name] : undefined;
  }

  /** Takes the next id, as a database sequence does (also for a create that fails). */
  allocateId(): number {
    return this.nextId++;
  }

  /** Makes the next allocated id at least `id`; sequences never go back. */
  bumpSequence(id: number): void {
    this.nextId = Math.max(this.nextId, id);
  }

  insert(row: Row): void {
    this.journal.record(() => this.delete(row.id));
    this.rows.set(row.id, row);
    this.bumpSequence(row.id + 1);
    for (const [name, index] of this.indexes) addTo(index, row[name], row.id);
  }

  /** Sets one stored value and keeps the many2one index in step. */
  set(row: Row, name: string, value: unknown): void {
    const previous = row[name];
    this.journal.record(() => this.set(row, name, previous));
    const index = this.indexes.get(name);
    if (index) {
      removeFrom(index, row[name], row.id);
      addTo(index, value, row.id);
    }
    row[name] = value;
  }

  delete(id: number): void {
    const row = this.rows.get(id);
    if (!row) return;
    this.journal.record(() => this.insert(row));
    for (const [name, index] of this.indexes) removeFrom(index, row[name], id);
    this.rows.delete(id);
  }

  /** Ids of the records whose many2one `name` is `target`, or undefined if not indexed. */
  idsWhere(name: string, target: number): ReadonlySet<number> | undefined {
    const index = this.indexes.get(name);
    if (!index) return undefined;
    return index.get(target) ?? EMPTY;
  }

  isIndexed(name: string): boolean {
    return this.indexes.has(name);
  }
}

const EMPTY: ReadonlySet<number> = new Set();

function addTo(index: Map<number, Set<number>>, value: unknown, id: number): void {
  if (typeof value !== 'number') return;
  let set = index.get(value);
  if (!set) {
    set = new Set();
    index.set(value, set);
  }
  set.add(id);
}

function removeFrom(index: Map<number, Set<number>>, value: unknown, id: number): void {
  if (typeof value !== 'number') return;
  index.get(value)?.delete(id);
}

/** Undo steps of the call in progress, so a failed call leaves no trace (one transaction). */
export class Journal {
  private steps: Array<() => void> | null = null;

  record(undo: () => void): void {
    this.steps?.push(undo);
  }

  /** Runs `work`; if it throws, every change it made is undone in reverse order. */
  transaction<T>(work: () => T): T {
    if (this.steps) return work();
    this.steps = [];
    try {
      const result = work();
      this.steps = null;
      return result;
    } catch (error) {
      const steps = this.steps ?? [];
      this.steps = null;
      for (const undo of steps.reverse()) undo();
      throw error;
    }
  }
}
