/** The Odoo versions the stand-in can pretend to be. */
export type OdooVersion = '19.0' | '18.0' | '17.0';

export type FieldType =
  | 'char'
  | 'text'
  | 'html'
  | 'integer'
  | 'float'
  | 'monetary'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'selection'
  | 'many2one'
  | 'one2many'
  | 'many2many'
  | 'json'
  | 'binary'
  | 'properties'
  | 'properties_definition'
  | 'reference'
  | 'many2one_reference';

/** A field as `fields_get` describes it, plus what the engine needs to store it. */
export interface FieldSpec {
  type: FieldType;
  string: string;
  required?: boolean;
  readonly?: boolean;
  relation?: string;
  selection?: Array<[string, string]>;
  /** For one2many: the many2one on `relation` that points back. */
  inverse?: string;
}

/** A stored record: many2one as an id or `false`, many2many as an id list. */
export type Row = Record<string, unknown> & { id: number };

/** What an RPC caller sends as `context`. */
export type Context = Record<string, unknown>;

export interface ModelSpec {
  name: string;
  /** The model's `_description`, quoted in missing-value messages. */
  description: string;
  /** The model's `_order`. */
  order: string;
  /** The field that names a record (`_rec_name`). */
  recName: string;
  fields: Record<string, FieldSpec>;
}

/** Types of fields whose value is a float on the wire (`8.0`, not `8`). */
export const FLOAT_TYPES: ReadonlySet<FieldType> = new Set(['float', 'monetary']);

/** Marks the keys of a returned object whose numbers are floats (`<double>`, `8.0`). */
export const FLOAT_KEYS: unique symbol = Symbol('odoo-standin.float-keys');

/** Records that `keys` of `target` hold floats; invisible to equality checks and JSON. */
export function markFloats<T extends object>(target: T, keys: Iterable<string>): T {
  const set = new Set(keys);
  if (set.size > 0) {
    Object.defineProperty(target, FLOAT_KEYS, { value: set, enumerable: false });
  }
  return target;
}

/** The keys a serialiser must write as floats, for an object the engine returned. */
export function floatKeysOf(target: object): ReadonlySet<string> | undefined {
  const keys: unknown = Reflect.get(target, FLOAT_KEYS);
  return keys instanceof Set ? (keys as ReadonlySet<string>) : undefined;
}
