import type { z } from 'zod';

/** A search domain as Odoo takes it: prefix operators and `[field, operator, value]` leaves. */
export type DomainLeaf = [string, string, unknown];
export type Domain = Array<'&' | '|' | '!' | DomainLeaf>;

/** Values as they go over the wire; `null`/`undefined` never do (Odoo rejects `None`). */
export type OdooValue = string | number | boolean | OdooValue[] | { [key: string]: OdooValue };

export type Vals = Record<string, OdooValue>;

export interface ServerVersion {
  /** As the server prints it, e.g. `19.0` or `17.0-20240709`. */
  serverVersion: string;
  /** e.g. `19.0`; the reliable way to tell versions apart. */
  serverSerie: string;
  major: number;
}

/** The context every call sends; JSON-2 replaces the server context instead of merging it. */
export interface CallContext {
  lang?: string;
  tz?: string;
  [key: string]: OdooValue | undefined;
}

/** One call of a public model method, in the shape both protocols can carry. */
export interface CallRequest {
  model: string;
  method: string;
  /** The records the method runs on; omitted for model-level methods such as `create`. */
  ids?: number[];
  /** Named arguments, exactly as the Python method names them. */
  params?: Record<string, OdooValue>;
  context?: CallContext;
  /** Only reads may be retried after a connection error. */
  readOnly: boolean;
}

/**
 * A wire protocol to Odoo (XML-RPC or JSON-2). It authenticates itself, maps faults to our
 * error classes and returns the raw decoded answer; it knows nothing of models.
 */
export interface OdooTransport {
  readonly protocol: 'xmlrpc' | 'json2';
  version(): Promise<ServerVersion>;
  /** The uid of the configured user; throws AuthError on a wrong login, key or database. */
  authenticate(): Promise<number>;
  call(request: CallRequest): Promise<unknown>;
}

export interface SearchOptions {
  order?: string;
  limit?: number;
  offset?: number;
  context?: CallContext;
}

/** A zod object schema whose keys are the fields to read. */
export type RecordSchema<T> = z.ZodType<T> & { shape: Record<string, unknown> };

export interface FieldInfo {
  type: string;
  string: string;
  required?: boolean;
  readonly?: boolean;
  relation?: string;
  selection?: Array<[string, string]>;
}

/** Typed access to Odoo; the rest of the code depends on this, never on a protocol. */
export interface OdooClient {
  readonly protocol: 'xmlrpc' | 'json2';
  version(): Promise<ServerVersion>;
  authenticate(): Promise<number>;
  /** Reads the fields named by the schema's keys; each row is parsed by the schema. */
  searchRead<T>(
    model: string,
    domain: Domain,
    schema: RecordSchema<T>,
    options?: SearchOptions,
  ): Promise<T[]>;
  /** Reads records by id (chunked); missing ids are simply absent from the answer. */
  read<T>(
    model: string,
    ids: number[],
    schema: RecordSchema<T>,
    context?: CallContext,
  ): Promise<T[]>;
  search(model: string, domain: Domain, options?: SearchOptions): Promise<number[]>;
  searchCount(model: string, domain: Domain, context?: CallContext): Promise<number>;
  /** Creates one record per entry and returns their ids in the same order. */
  create(model: string, values: Vals[], context?: CallContext): Promise<number[]>;
  /** Writes the same values on every id (chunked). */
  write(model: string, ids: number[], values: Vals, context?: CallContext): Promise<void>;
  /** Any public method; the answer is parsed by the schema. */
  call<T>(request: CallRequest, schema: z.ZodType<T>): Promise<T>;
  fieldsGet(model: string, fields?: string[]): Promise<Record<string, FieldInfo>>;
  /**
   * Sums `field` over records matching `domain`, grouped by the many2one `groupBy`.
   * Key `null` holds the records where `groupBy` is empty.
   */
  sumBy(
    model: string,
    domain: Domain,
    groupBy: string,
    field: string,
    context?: CallContext,
  ): Promise<Map<number | null, number>>;
}

/** What differs between the Odoo versions in the field (17 to 20), read once at start. */
export interface OdooCapabilities {
  version: ServerVersion;
  /** `product_uom_id` from 18 on, `product_uom` before. */
  saleLineUomField: 'product_uom_id' | 'product_uom';
  /** `project.project.is_template` exists (recent versions only). */
  hasProjectTemplates: boolean;
  /** `project.task.is_closed` exists (19 on); otherwise closed means a closed `state`. */
  hasTaskIsClosed: boolean;
  /** The grouped-sum method the server has. */
  groupMethod: 'formatted_read_group' | 'read_group';
}
