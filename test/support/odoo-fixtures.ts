import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReceivedCall, Reply, Responder } from './xmlrpc-server.js';
import { parseCall } from './xmlrpc-server.js';

export const referenceDir = join(import.meta.dirname, '..', 'fixtures', 'odoo-reference');

/**
 * What tells recorded calls apart: the service method, and for `execute_kw` the model and
 * method, plus the key (a wrong key is recorded as its own call).
 */
export function signature(method: string, params: unknown[]): string {
  if (method === 'execute_kw') return [method, params[3], params[4], params[2]].join(' ');
  if (method === 'authenticate') return [method, params[2]].join(' ');
  return method;
}

/** A recorded response file (`raw/version`), byte for byte. */
export function recordedResponse(recording: string): string {
  return readFileSync(join(referenceDir, `${recording}.response.xml`), 'utf8');
}

/** Every recorded exchange of a capture directory (`raw/version`...) by request signature. */
export async function loadRecordings(dir: 'raw' | 'raw-17'): Promise<Map<string, string>> {
  const recordings = new Map<string, string>();
  const names = readdirSync(join(referenceDir, dir))
    .filter((file) => file.endsWith('.request.xml'))
    .map((file) => file.replace('.request.xml', ''));
  for (const name of names) {
    const request = readFileSync(join(referenceDir, dir, `${name}.request.xml`), 'utf8');
    const { method, params } = await parseCall(request);
    recordings.set(signature(method, params), `${dir}/${name}`);
  }
  return recordings;
}

/** Answers each call with the recorded response of the same signature. */
export function replay(recordings: Map<string, string>): Responder {
  return (call: ReceivedCall): Reply => {
    const recording = recordings.get(signature(call.method, call.params));
    if (!recording) return { status: 500, body: `no recording for ${call.method}` };
    return { xml: recordedResponse(recording) };
  };
}

/** A JSON reference file, parsed. */
export function readReference(path: string): unknown {
  return JSON.parse(readFileSync(join(referenceDir, path), 'utf8'));
}
