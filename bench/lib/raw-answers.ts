import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { decodeResponse, encodeCall } from '../../src/odoo/xmlrpc-codec.js';
import { startScaledOdoo } from './odoo.js';

export const outDir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'out');

/** The fields the work log reads, so the answer has the product's shape. */
export const timesheetFields = [
  'date',
  'name',
  'unit_amount',
  'project_id',
  'task_id',
  'employee_id',
  'so_line',
  'is_so_line_edited',
];

export interface RawAnswers {
  xmlPath: string;
  jsonPath: string | null;
}

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', body, headers });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

/** The same search_read through the stand-in's JSON-2 endpoint, when this build serves one. */
async function fetchJson2(url: string, db: string, apiKey: string): Promise<Buffer | null> {
  const answer = await post(
    `${url}/json/2/account.analytic.line/search_read`,
    JSON.stringify({ domain: [], fields: timesheetFields }),
    {
      'Content-Type': 'application/json',
      Authorization: `bearer ${apiKey}`,
      'X-Odoo-Database': db,
    },
  );
  return answer.status === 200 ? answer.body : null;
}

/** Serves `rows` timesheets from a fresh stand-in and saves its answers byte for byte. */
async function record(rows: number, paths: RawAnswers & { jsonPath: string }) {
  const projects = Math.max(1, Math.round(rows / 1000));
  const odoo = await startScaledOdoo({
    projects,
    timesheetsPerProject: Math.ceil(rows / projects),
    openTasksPerProject: 10,
  });
  try {
    const { url, db, apiKey, login } = odoo.standin;
    const headers = { 'Content-Type': 'text/xml' };
    const session = await post(
      `${url}/xmlrpc/2/common`,
      encodeCall('authenticate', [db, login, apiKey, {}]),
      headers,
    );
    const uid = z
      .object({ value: z.number() })
      .parse(await decodeResponse(session.body.toString('utf8'))).value;
    const kwargs = { domain: [], fields: timesheetFields, limit: rows };
    const call = [db, uid, apiKey, 'account.analytic.line', 'search_read', [], kwargs];
    const xml = await post(`${url}/xmlrpc/2/object`, encodeCall('execute_kw', call), headers);
    if (xml.status !== 200) throw new Error(`the stand-in answered search_read with ${xml.status}`);
    await writeFile(paths.xmlPath, xml.body);

    const json = await fetchJson2(url, db, apiKey);
    if (json) await writeFile(paths.jsonPath, json);
  } finally {
    await odoo.standin.close();
  }
}

/**
 * The saved XML-RPC answer of a `rows`-timesheet search_read (recorded when missing) and the
 * JSON-2 answer when the stand-in could give one.
 */
export async function rawAnswers(rows: number, log: (line: string) => void): Promise<RawAnswers> {
  await mkdir(outDir, { recursive: true });
  const xmlPath = join(outDir, `timesheets-${rows}.xml`);
  const jsonPath = join(outDir, `timesheets-${rows}.json2`);
  if (!existsSync(xmlPath) || !existsSync(jsonPath)) {
    log(`  recording ${rows} timesheets from the stand-in into ${xmlPath}`);
    await record(rows, { xmlPath, jsonPath });
  }
  return { xmlPath, jsonPath: existsSync(jsonPath) ? jsonPath : null };
}

/** The file's bytes. */
export const bytesOf = (path: string) => readFile(path);
