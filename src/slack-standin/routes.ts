import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import { type ApiAnswer, errorAnswer } from './api-answer.js';
import { type ApiArgs, parseArgs, tokenOf } from './api-args.js';
import { readBody, sendBytes, sendJson } from './http-io.js';
import { methods } from './methods/index.js';
import type { CallRecorder } from './recorder.js';
import { handleResponsePost } from './response-post.js';
import type { StandinState } from './state.js';

/** What every route needs. */
export interface RouteContext {
  state: StandinState;
  recorder: CallRecorder;
  botToken: string;
  logger: Logger;
}

function withoutToken(args: ApiArgs): ApiArgs {
  const { token: _token, ...rest } = args;
  return rest;
}

function answerCall(
  method: string,
  args: ApiArgs,
  token: string | undefined,
  context: RouteContext,
): ApiAnswer {
  const handler = methods[method];
  if (!handler) return errorAnswer('unknown_method');
  if (token === undefined) return errorAnswer('not_authed');
  if (token !== context.botToken) return errorAnswer('invalid_auth');

  try {
    return handler(args, context.state);
  } catch (error) {
    context.logger.error('Slack stand-in method failed', { method, error });
    return errorAnswer('internal_error');
  }
}

/** `/api/<method>`: a Web API call, answered with HTTP 200 and `ok` as Slack does. */
export async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: RouteContext,
): Promise<void> {
  const method = decodeURIComponent(url.pathname.slice('/api/'.length));
  const body = await readBody(request);

  let args: ApiArgs;
  try {
    args = await parseArgs(request.headers['content-type'] ?? '', body, url.searchParams);
  } catch {
    const answer = errorAnswer('invalid_json');
    context.recorder.record({ method, args: {}, response: answer, status: 200 });
    sendJson(response, 200, answer);
    return;
  }

  const answer = answerCall(method, args, tokenOf(request.headers, args), context);
  context.recorder.record({ method, args: withoutToken(args), response: answer, status: 200 });
  sendJson(response, 200, answer);
}

/** The file bytes: the `body` part of a multipart post (as @slack/web-api sends it) or raw. */
async function uploadedBytes(request: IncomingMessage): Promise<Buffer> {
  const body = await readBody(request);
  const type = request.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) return body;

  const args = await parseArgs(type, body, new URLSearchParams());
  const part = args.body ?? Object.values(args).find((value) => Buffer.isBuffer(value));
  return Buffer.isBuffer(part) ? part : Buffer.from(typeof part === 'string' ? part : '');
}

/** `/upload/v1/<key>`: the upload URL files.getUploadURLExternal handed out. */
export async function handleUpload(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: RouteContext,
): Promise<void> {
  const key = url.pathname.slice('/upload/v1/'.length);
  const bytes = await uploadedBytes(request);
  const file = context.state.files.receive(key, bytes);

  const status = file ? 200 : 404;
  const answer = file
    ? { ok: true, file_id: file.id, size: bytes.length }
    : errorAnswer('not_found');
  context.recorder.record({
    method: 'upload',
    args: { file_id: file?.id, size: bytes.length },
    response: answer,
    status,
  });
  sendBytes(response, status, file ? `OK - ${bytes.length}` : 'Not found');
}

/** `/response/<id>`: a response_url, as Bolt's `respond()` posts JSON to it. */
export async function handleResponseUrl(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: RouteContext,
): Promise<void> {
  const id = decodeURIComponent(url.pathname.slice('/response/'.length));
  const raw = (await readBody(request)).toString('utf8');

  let body: unknown;
  try {
    const type = request.headers['content-type'] ?? '';
    body = type.startsWith('application/json')
      ? JSON.parse(raw)
      : Object.fromEntries(new URLSearchParams(raw));
  } catch {
    body = null;
  }

  const { status, answer } = handleResponsePost(id, body, context.state);
  context.recorder.record({ method: 'response_url', args: { id, body }, response: answer, status });
  sendJson(response, status, answer);
}

/** `/files/<id>/<name>`: the bytes of an uploaded file, for the playground to show. */
export function handleFile(response: ServerResponse, url: URL, context: RouteContext): void {
  const [, , id = ''] = url.pathname.split('/');
  const file = context.state.files.files.get(id);
  if (!file?.bytes) {
    sendBytes(response, 404, 'Not found');
    return;
  }
  sendBytes(response, 200, file.bytes, 'application/octet-stream');
}
