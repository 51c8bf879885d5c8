import { z } from 'zod';
import { parseAnswer } from './parse-answer.js';
import type { CallContext, CallRequest, Domain, OdooValue } from './types.js';
import type { GroupMethod } from './version.js';
import { toWire } from './wire-values.js';

export interface GroupSum {
  model: string;
  domain: Domain;
  groupBy: string;
  field: string;
  context?: CallContext;
}

const rowsSchema = z.array(z.record(z.string(), z.unknown()));

// A many2one group is `[id, name]`; the records where it is empty form the `false` group.
const groupValueSchema = z
  .union([z.tuple([z.number().int(), z.unknown()]), z.literal(false)])
  .transform((value) => (value === false ? null : value[0]));

// A sum over nothing can come back as `false`.
const sumSchema = z.union([z.number(), z.literal(false)]).transform((value) => value || 0);

/** The call that sums `field` per `groupBy` with the given method. */
export function groupSumRequest(method: GroupMethod, sum: GroupSum): CallRequest {
  const aggregate = `${sum.field}:sum`;
  const params: Record<string, OdooValue> =
    method === 'formatted_read_group'
      ? { domain: toWire(sum.domain), groupby: [sum.groupBy], aggregates: [aggregate] }
      : { domain: toWire(sum.domain), fields: [aggregate], groupby: [sum.groupBy], lazy: false };
  return { model: sum.model, method, params, context: sum.context, readOnly: true };
}

/**
 * Reads the rows of either method. `formatted_read_group` puts the sum under the literal
 * key `unit_amount:sum`, `read_group` under the bare field name.
 */
export function readGroupSums(
  method: GroupMethod,
  sum: GroupSum,
  answer: unknown,
): Map<number | null, number> {
  const site = { model: sum.model, method };
  const sumKey = method === 'formatted_read_group' ? `${sum.field}:sum` : sum.field;
  const rowSchema = z.object({ [sum.groupBy]: groupValueSchema, [sumKey]: sumSchema });
  const totals = new Map<number | null, number>();
  for (const row of parseAnswer(answer, rowsSchema, site)) {
    const parsed = parseAnswer(row, rowSchema, site);
    const key = parsed[sum.groupBy] ?? null;
    const amount = parsed[sumKey] ?? 0;
    totals.set(key, (totals.get(key) ?? 0) + amount);
  }
  return totals;
}
