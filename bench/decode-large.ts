import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';
import { boolean, date, float, id, many2one, text } from '../src/odoo/schema.js';
import { decodeResponse } from '../src/odoo/xmlrpc-codec.js';
import type { DecodedResponse } from '../src/odoo/xmlrpc-response.js';
import { decodeWithSax } from '../src/odoo/xmlrpc-sax-decoder.js';
import {
  type Benchmark,
  type BenchRow,
  compared,
  median,
  missing,
  sampleMs,
} from './lib/measure.js';
import { bytesOf, rawAnswers } from './lib/raw-answers.js';

const name = 'decode large answer';
const here = fileURLToPath(new URL('.', import.meta.url));

const timesheets = z.array(
  z.object({
    id,
    date: date.pipe(z.string()),
    name: text,
    unit_amount: float,
    project_id: many2one,
    task_id: many2one,
    employee_id: many2one,
    so_line: many2one,
    is_so_line_edited: boolean,
  }),
);

/** Bytes to typed records the way the client does: text, XML-RPC decode, zod. */
async function typedRecords(bytes: Buffer, decode: (body: string) => Promise<DecodedResponse>) {
  const decoded = await decode(bytes.toString('utf8'));
  if (!('value' in decoded))
    throw new Error(`the saved answer does not decode: ${JSON.stringify(decoded)}`);
  return timesheets.parse(decoded.value);
}

/** The rows of the XML-RPC answer as the JSON text a JSON-2 server would send. */
async function asJson(xml: Buffer): Promise<Buffer> {
  const decoded = await decodeResponse(xml.toString('utf8'));
  if (!('value' in decoded)) throw new Error('the saved answer does not decode');
  return Buffer.from(JSON.stringify(decoded.value));
}

/** Python's xmlrpc.client.loads on the same file, timed inside Python. */
async function pythonMs(
  path: string,
  runs: number,
): Promise<{ ms: number[]; version: string } | null> {
  try {
    const { stdout } = await promisify(execFile)(
      'python3',
      [join(here, 'python-decode.py'), path, String(runs)],
      { maxBuffer: 1 << 20 },
    );
    const result = z
      .object({ ms: z.array(z.number()), python: z.string() })
      .parse(JSON.parse(stdout));
    return { ms: result.ms, version: result.python };
  } catch {
    return null;
  }
}

/** XML-RPC decoding of a 50,000-row search_read beside Python's, and the same rows as JSON. */
export const decodeLarge: Benchmark = {
  name,
  async run(context) {
    const rows = context.quick ? 2000 : 50_000;
    const runs = context.quick ? 3 : 5;
    const raw = await rawAnswers(rows, context.log);
    const xml = await bytesOf(raw.xmlPath);
    const shape = { benchmark: name, unit: 'ms', runs };

    const count = (await typedRecords(xml, decodeResponse)).length;
    context.log(`  ${count} rows, ${(xml.length / 2 ** 20).toFixed(1)} MiB of XML`);
    const ours = median(await sampleMs(runs, () => typedRecords(xml, decodeResponse)));
    const python = await pythonMs(raw.xmlPath, runs);
    const out: BenchRow[] = [];
    const metric = `${count} rows: bytes to typed records`;
    if (python) {
      out.push(
        compared({
          ...shape,
          metric,
          value: ours,
          baselineName: `Python ${python.version} loads`,
          baselineValue: median(python.ms),
          target: '<= 1.0x Python',
          meets: (ratio) => ratio !== null && ratio <= 1,
        }),
      );
    } else {
      out.push(
        missing(
          { ...shape, metric, baselineName: 'Python', target: '<= 1.0x Python' },
          'python3 did not run',
        ),
      );
    }

    if (!context.quick) {
      const sax = median(await sampleMs(1, () => typedRecords(xml, decodeWithSax)));
      out.push(
        compared({
          ...shape,
          runs: 1,
          metric: 'same, previous sax-based decoder',
          value: sax,
          baselineName: 'ours',
          baselineValue: ours,
          target: 'for comparison',
        }),
      );
    }

    const json = raw.jsonPath ? await bytesOf(raw.jsonPath) : await asJson(xml);
    const source = raw.jsonPath
      ? 'JSON-2 endpoint'
      : 'JSON.stringify of the same rows (no JSON-2 endpoint in this build)';
    const typedFromJson = () => timesheets.parse(JSON.parse(json.toString('utf8')));
    typedFromJson();
    const jsonMs = median(await sampleMs(runs, typedFromJson));
    out.push(
      compared({
        ...shape,
        metric: 'same rows as JSON: JSON.parse + zod',
        value: jsonMs,
        baselineName: 'ours, XML-RPC',
        baselineValue: ours,
        target: 'for comparison',
        note: `JSON from the ${source}`,
      }),
      compared({
        ...shape,
        unit: 'B',
        runs: 1,
        metric: 'bytes on the wire, XML-RPC',
        value: xml.length,
        baselineName: 'JSON',
        baselineValue: json.length,
        target: 'for comparison',
      }),
    );
    return out;
  },
};
