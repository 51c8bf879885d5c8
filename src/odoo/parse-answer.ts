import type { z } from 'zod';
import { ServerError } from '../errors.js';
import { type CallSite, describeSite } from './faults.js';

/** Parses an Odoo answer; a mismatch is a ServerError naming the call and the bad field. */
export function parseAnswer<T>(answer: unknown, schema: z.ZodType<T>, site: CallSite): T {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;

  const issue = parsed.error.issues[0];
  const field = issue?.path.filter((part) => typeof part === 'string').join('.');
  const where = field ? `field ${field}` : 'its answer';
  throw new ServerError(
    `Odoo answered ${describeSite(site)} with an unexpected value in ${where}: ` +
      `${issue?.message ?? 'invalid'}`,
    { cause: parsed.error, detail: JSON.stringify(answer)?.slice(0, 2000) },
  );
}
