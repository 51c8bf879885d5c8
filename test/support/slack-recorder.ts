import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatBlockError, validateBlocks, validateView } from '../../src/slack-standin/index.js';

/** One Web API call or response_url post the app made. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** What Slack would have refused, in Slack's `reason [json-pointer:...]` form. */
  errors: string[];
  /** Order among everything the recorder saw, for ordering assertions. */
  seq: number;
}

export interface SlackUserRecord {
  id: string;
  name: string;
  email: string | null;
  tz: string;
}

export interface SlackRecorder {
  apiUrl: string;
  responseUrl: (name: string) => string;
  calls: RecordedCall[];
  users: Map<string, SlackUserRecord>;
  views: Map<string, Record<string, unknown>>;
  /** Shared sequence counter, so tests can order app answers against recorded calls. */
  nextSeq(): number;
  close(): Promise<void>;
}

const objectArgs = new Set(['blocks', 'view', 'attachments', 'files']);

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return JSON.parse(body || '{}');

  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = objectArgs.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

/**
 * A small Slack Web API stand-in for the app's tests: answers the methods the app calls,
 * records every call and checks blocks and views with the Slack stand-in's validator.
 */
export async function startSlackRecorder(): Promise<SlackRecorder> {
  let seq = 0;
  let viewCounter = 0;
  const calls: RecordedCall[] = [];
  const users = new Map<string, SlackUserRecord>();
  const views = new Map<string, Record<string, unknown>>();

  const storeView = (id: string, view: Record<string, unknown>) => {
    const hash = `1767225590.${randomBytes(4).toString('hex')}`;
    const stored = { ...view, id, hash, root_view_id: id };
    views.set(id, stored);
    return stored;
  };

  const answer = (method: string, args: Record<string, unknown>, errors: string[]) => {
    if (errors.length > 0) {
      const error = method.startsWith('views.') ? 'invalid_arguments' : 'invalid_blocks';
      return { ok: false, error, errors, response_metadata: { messages: errors } };
    }
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'U0WALLETBOT', bot_id: 'B0WALLET', team_id: 'T0001' };
      case 'users.info': {
        const user = users.get(String(args.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        const profile = user.email ? { email: user.email, real_name: user.name } : {};
        return {
          ok: true,
          user: { id: user.id, name: user.id, real_name: user.name, tz: user.tz, profile },
        };
      }
      case 'views.open':
      case 'views.publish': {
        viewCounter += 1;
        const view = args.view as Record<string, unknown>;
        return { ok: true, view: storeView(`V0REC${viewCounter}`, view) };
      }
      case 'views.update': {
        const current = views.get(String(args.view_id));
        if (!current) return { ok: false, error: 'not_found' };
        if (args.hash !== undefined && args.hash !== current.hash) {
          return { ok: false, error: 'hash_conflict' };
        }
        return {
          ok: true,
          view: storeView(String(args.view_id), args.view as Record<string, unknown>),
        };
      }
      case 'chat.postMessage':
        return {
          ok: true,
          channel: args.channel,
          ts: `1767225700.${String(seq).padStart(6, '0')}`,
        };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: '1767225800.000100' };
      case 'conversations.open':
        return { ok: true, channel: { id: 'D0WALLET' } };
      case 'chat.getPermalink':
        return {
          ok: true,
          channel: args.channel,
          permalink: `https://example-support.example.com/archives/${args.channel}/p1767225000000100`,
        };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const check = (method: string, args: Record<string, unknown>): string[] => {
    if (method.startsWith('views.')) return validateView(args.view).map(formatBlockError);
    if (args.blocks === undefined) return [];
    return validateBlocks(args.blocks, 'message').map(formatBlockError);
  };

  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const args = parseArgs(body, request.headers['content-type']);
    const path = request.url ?? '';

    if (path.startsWith('/response/')) {
      const errors = check('response_url', args);
      seq += 1;
      calls.push({ method: 'response_url', args: { ...args, url: path }, errors, seq });
      response
        .writeHead(errors.length > 0 ? 400 : 200)
        .end(errors.length > 0 ? 'invalid_blocks' : 'ok');
      return;
    }

    const method = path.replace(/^\/api\//, '');
    const errors = check(method, args);
    seq += 1;
    calls.push({ method, args, errors, seq });
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(answer(method, args, errors)));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (name) => `${base}/response/${name}`,
    calls,
    users,
    views,
    nextSeq: () => {
      seq += 1;
      return seq;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
