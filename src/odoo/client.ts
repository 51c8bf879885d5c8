import { z } from 'zod';
import { type Logger, silentLogger } from '../logger.js';
import { MissingMethodError } from './faults.js';
import { type GroupSum, groupSumRequest, readGroupSums } from './group-sum.js';
import { parseAnswer } from './parse-answer.js';
import type {
  CallContext,
  CallRequest,
  Domain,
  FieldInfo,
  OdooClient,
  OdooTransport,
  OdooValue,
  RecordSchema,
  SearchOptions,
} from './types.js';
import { type GroupMethod, groupMethodFor } from './version.js';
import { toWire } from './wire-values.js';

export interface OdooClientOptions {
  /** Most ids sent in one `read` or `write`. */
  chunkSize?: number;
  logger?: Logger;
  /** Context keys sent with every call; a call's own context wins key by key. */
  context?: CallContext;
}

const idsSchema = z.array(z.number().int());

const fieldInfoSchema = z.object({
  type: z.string(),
  string: z.string(),
  required: z.boolean().optional(),
  readonly: z.boolean().optional(),
  relation: z.string().optional(),
  selection: z
    .array(z.tuple([z.union([z.string(), z.number()]).transform(String), z.string()]))
    .optional(),
});

const fieldAttributes = ['type', 'string', 'required', 'readonly', 'relation', 'selection'];

/** The fields a schema names; Odoo adds `id` itself, and an empty list would read them all. */
function fieldsOf(schema: RecordSchema<unknown>): string[] {
  const fields = Object.keys(schema.shape).filter((name) => name !== 'id');
  return fields.length > 0 ? fields : ['id'];
}

function chunksOf<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

function searchParams(domain: Domain, options: SearchOptions): Record<string, OdooValue> {
  const params: Record<string, OdooValue> = { domain: toWire(domain) };
  if (options.order !== undefined) params.order = options.order;
  if (options.limit !== undefined) params.limit = options.limit;
  if (options.offset !== undefined) params.offset = options.offset;
  return params;
}

/** Typed Odoo access over any transport: answers parsed by zod, long id lists chunked. */
export function createOdooClient(
  transport: OdooTransport,
  options: OdooClientOptions = {},
): OdooClient {
  const chunkSize = Math.max(1, options.chunkSize ?? 1000);
  const logger = options.logger ?? silentLogger;
  let groupMethod: Promise<GroupMethod> | undefined;

  async function run<T>(request: CallRequest, schema: z.ZodType<T>): Promise<T> {
    const context =
      options.context || request.context ? { ...options.context, ...request.context } : undefined;
    const answer = await transport.call({ ...request, context });
    return parseAnswer(answer, schema, request);
  }

  function preferredGroupMethod(): Promise<GroupMethod> {
    groupMethod ??= transport.version().then(groupMethodFor, (error: unknown) => {
      groupMethod = undefined;
      throw error;
    });
    return groupMethod;
  }

  async function sumWith(method: GroupMethod, sum: GroupSum) {
    const answer = await run(groupSumRequest(method, sum), z.unknown());
    return readGroupSums(method, sum, answer);
  }

  return {
    protocol: transport.protocol,
    version: () => transport.version(),
    authenticate: () => transport.authenticate(),

    async searchRead(model, domain, schema, searchOptions = {}) {
      const params = { ...searchParams(domain, searchOptions), fields: fieldsOf(schema) };
      const request = { model, method: 'search_read', params, readOnly: true };
      return run({ ...request, context: searchOptions.context }, z.array(schema));
    },

    async read(model, ids, schema, context) {
      const rows = [];
      for (const chunk of chunksOf(ids, chunkSize)) {
        const params = { fields: fieldsOf(schema) };
        const request = { model, method: 'read', ids: chunk, params, context, readOnly: true };
        rows.push(...(await run(request, z.array(schema))));
      }
      return rows;
    },

    async search(model, domain, searchOptions = {}) {
      const params = searchParams(domain, searchOptions);
      const request = { model, method: 'search', params, readOnly: true };
      return run({ ...request, context: searchOptions.context }, idsSchema);
    },

    async searchCount(model, domain, context) {
      const params = { domain: toWire(domain) };
      const request = { model, method: 'search_count', params, context, readOnly: true };
      return run(request, z.number().int().nonnegative());
    },

    async create(model, values, context) {
      if (values.length === 0) return [];
      const params = { vals_list: values };
      const request = { model, method: 'create', params, context, readOnly: false };
      return run(request, idsSchema.length(values.length));
    },

    async write(model, ids, values, context) {
      for (const chunk of chunksOf(ids, chunkSize)) {
        const params = { vals: values };
        const request = { model, method: 'write', ids: chunk, params, context, readOnly: false };
        await run(request, z.boolean());
      }
    },

    call: (request, schema) => run(request, schema),

    async fieldsGet(model, fields) {
      const params: Record<string, OdooValue> = { attributes: fieldAttributes };
      if (fields) params.allfields = fields;
      const request = { model, method: 'fields_get', params, readOnly: true };
      const infos: Record<string, FieldInfo> = await run(
        request,
        z.record(z.string(), fieldInfoSchema),
      );
      return infos;
    },

    async sumBy(model, domain, groupBy, field, context) {
      const sum = { model, domain, groupBy, field, context };
      const method = await preferredGroupMethod();
      try {
        return await sumWith(method, sum);
      } catch (error) {
        if (!(error instanceof MissingMethodError) || error.method !== method) throw error;
        const other = method === 'formatted_read_group' ? 'read_group' : 'formatted_read_group';
        logger.info('Odoo lacks a grouping method; using the other one from now on', {
          missing: method,
          using: other,
        });
        groupMethod = Promise.resolve(other);
        return sumWith(other, sum);
      }
    },
  };
}
