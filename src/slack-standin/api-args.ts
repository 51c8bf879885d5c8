import type { IncomingHttpHeaders } from 'node:http';
import { isRecord } from './validate/report.js';

/** Arguments of one Web API call, JSON fields already parsed. */
export type ApiArgs = Record<string, unknown>;

/** Object arguments @slack/web-api JSON-stringifies into single form fields. */
const jsonFields = new Set(['blocks', 'attachments', 'view', 'files', 'metadata']);

async function parseMultipart(contentType: string, body: Buffer): Promise<ApiArgs> {
  const response = new Response(new Uint8Array(body), { headers: { 'content-type': contentType } });
  const form = await response.formData();
  const entries: [string, FormDataEntryValue][] = [];
  form.forEach((value, key) => {
    entries.push([key, value]);
  });

  const args: ApiArgs = {};
  for (const [key, value] of entries) {
    args[key] = typeof value === 'string' ? value : Buffer.from(await value.arrayBuffer());
  }
  return args;
}

function parseJsonFields(args: ApiArgs): ApiArgs {
  const parsed: ApiArgs = { ...args };
  for (const key of jsonFields) {
    const value = parsed[key];
    if (typeof value !== 'string') continue;
    try {
      parsed[key] = JSON.parse(value);
    } catch {
      // Left as the raw string: the method answers with its own format error.
    }
  }
  return parsed;
}

/** Reads a call's arguments from a form, JSON or multipart body, plus the query string. */
export async function parseArgs(
  contentType: string,
  body: Buffer,
  query: URLSearchParams,
): Promise<ApiArgs> {
  const args: ApiArgs = Object.fromEntries(query);
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' && body.length > 0) {
    const json: unknown = JSON.parse(body.toString('utf8'));
    if (isRecord(json)) Object.assign(args, json);
  } else if (type === 'multipart/form-data') {
    Object.assign(args, await parseMultipart(contentType, body));
  } else if (body.length > 0) {
    Object.assign(args, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  }
  return parseJsonFields(args);
}

/** The token of a call: `Authorization: Bearer …` first, then a `token` argument. */
export function tokenOf(headers: IncomingHttpHeaders, args: ApiArgs): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (match?.[1]) return match[1];
  return typeof args.token === 'string' && args.token !== '' ? args.token : undefined;
}

/** A string argument; numbers and booleans arrive as strings in forms and are read alike. */
export function stringArg(args: ApiArgs, key: string): string | undefined {
  const value = args[key];
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A boolean argument: `true`, `1` or a JSON true. */
export function boolArg(args: ApiArgs, key: string): boolean {
  const value = args[key];
  return value === true || value === 1 || value === 'true' || value === '1';
}

/** A numeric argument, or `undefined` when absent or not a number. */
export function numberArg(args: ApiArgs, key: string): number | undefined {
  const text = stringArg(args, key);
  if (text === undefined) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
