import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Where the recordings of a real Odoo 19 answering JSON-2 live. */
export const json2FixtureDir = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'odoo-reference',
  'json2',
);

const exchangeSchema = z.object({
  request: z.object({
    method: z.string(),
    path: z.string(),
    headers: z.record(z.string(), z.string()),
    body: z.unknown(),
  }),
  response: z.object({
    status: z.number().int(),
    headers: z.record(z.string(), z.string()).optional(),
    body: z.unknown(),
    body_is_raw_text: z.boolean().optional(),
  }),
  note: z.string().optional(),
});

export type Json2Exchange = z.infer<typeof exchangeSchema> & { file: string };

/** Every recorded exchange (`NN_name.json`), in file order. */
export function loadJson2Exchanges(): Json2Exchange[] {
  return readdirSync(json2FixtureDir)
    .filter((file) => /^\d\d_.+\.json$/.test(file))
    .sort()
    .map((file) => ({
      ...exchangeSchema.parse(JSON.parse(readFileSync(join(json2FixtureDir, file), 'utf8'))),
      file,
    }));
}

/** The recorded exchange whose file name starts with `prefix` (e.g. `51`). */
export function json2Exchange(prefix: string): Json2Exchange {
  const found = loadJson2Exchanges().find((exchange) => exchange.file.startsWith(`${prefix}_`));
  if (!found) throw new Error(`no recorded JSON-2 exchange ${prefix}`);
  return found;
}

/**
 * The recorded headers worth replaying. Content-Length is left out: tracebacks were edited
 * after recording, so the recorded length no longer fits the body.
 */
export function recordedResponseHeaders(exchange: Json2Exchange): Record<string, string> {
  const kept = Object.entries(exchange.response.headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-length',
  );
  return Object.fromEntries(kept);
}

/** The body as the server sent it: raw text pages as they are, everything else as JSON. */
export function recordedResponseText(exchange: Json2Exchange): string {
  const { body, body_is_raw_text: raw } = exchange.response;
  return raw && typeof body === 'string' ? body : JSON.stringify(body);
}
