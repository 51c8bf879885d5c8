import { z } from 'zod';
import { ServerError } from '../errors.js';
import type { ServerVersion } from './types.js';

// `/web/version` (Odoo 19's rpc module): `version_info` is Odoo's release tuple, whose first
// item is a number (19) or, on SaaS builds, a string such as `saas~18`.
const webVersion = z.object({
  version: z.string(),
  version_info: z.array(z.union([z.number(), z.string()])).min(2),
});

/** Reads the answer of `GET /web/version` as a ServerVersion. */
export function parseWebVersion(answer: unknown): ServerVersion {
  const parsed = webVersion.safeParse(answer);
  if (!parsed.success) {
    throw new ServerError('Odoo /web/version did not answer a version', { cause: parsed.error });
  }

  const [first, second] = parsed.data.version_info;
  const major = Number(/\d+/.exec(String(first))?.[0]);
  if (!Number.isInteger(major)) {
    throw new ServerError(`Odoo /web/version gave an unreadable version ${String(first)}`);
  }
  return {
    serverVersion: parsed.data.version,
    serverSerie: `${first}.${second}`,
    major,
  };
}
