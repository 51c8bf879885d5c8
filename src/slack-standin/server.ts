import type { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Logger, silentLogger } from '../logger.js';
import { FileStore } from './file-store.js';
import { sendBytes } from './http-io.js';
import { IdSource } from './ids.js';
import { MessageStore } from './message-store.js';
import { CallRecorder, type StandinEvents } from './recorder.js';
import { type ResponseTarget, ResponseUrlRegistry } from './response-urls.js';
import {
  handleApi,
  handleFile,
  handleResponseUrl,
  handleUpload,
  type RouteContext,
} from './routes.js';
import type { StandinState } from './state.js';
import { TriggerRegistry } from './triggers.js';
import type {
  RecordedCall,
  StandinUser,
  StandinViews,
  StoredFile,
  StoredMessage,
} from './types.js';
import { demoUsers } from './users.js';
import { applyViewAck, type ViewAckOutcome } from './view-ack.js';
import { ViewStore } from './view-store.js';

export interface SlackStandinOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The only token the Web API accepts; default `xoxb-standin`. */
  botToken?: string;
  /** Replaces the demo users (spread `demoUsers` to keep them). */
  users?: readonly StandinUser[];
  /** Milliseconds since the epoch; inject one to expire triggers without waiting. */
  clock?: () => number;
  /** How long a trigger id may open a view; Slack's is 3 s. */
  triggerTtlMs?: number;
  logger?: Logger;
}

/** A running local stand-in for Slack's Web API, upload URLs and response URLs. */
export interface SlackStandin {
  /** Base URL, ending in `/`. */
  readonly url: string;
  /** `slackApiUrl` for WebClient / Bolt's `clientOptions`, ending in `/api/`. */
  readonly apiUrl: string;
  readonly botToken: string;
  readonly calls: readonly RecordedCall[];
  readonly events: EventEmitter<StandinEvents>;
  readonly files: ReadonlyMap<string, StoredFile>;
  /** Messages per channel, in posting order, ephemeral ones included. */
  readonly messages: ReadonlyMap<string, readonly StoredMessage[]>;
  readonly views: StandinViews;
  readonly users: ReadonlyMap<string, StandinUser>;
  /** Messages of one channel (empty when none). */
  messagesIn(channel: string): readonly StoredMessage[];
  callsTo(method: string): RecordedCall[];
  waitForCall(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
  /** A fresh trigger id for an interaction by `userId` (default the agent). */
  issueTriggerId(userId?: string): string;
  /** A response_url on the stand-in that posts into `target.channel` for `target.user`. */
  issueResponseUrl(target: ResponseTarget): string;
  /** Applies the app's ack to a view_submission, as the Slack client would. */
  applyViewAck(viewId: string, ack: unknown): ViewAckOutcome;
  close(): Promise<void>;
}

function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') {
    throw new Error('The Slack stand-in is not listening on a TCP port');
  }
  return address.port;
}

function route(request: IncomingMessage, response: ServerResponse, context: RouteContext) {
  const url = new URL(request.url ?? '/', 'http://stand-in');
  const post = request.method === 'POST';
  if (url.pathname.startsWith('/api/')) return handleApi(request, response, url, context);
  if (post && url.pathname.startsWith('/upload/v1/')) {
    return handleUpload(request, response, url, context);
  }
  if (post && url.pathname.startsWith('/response/')) {
    return handleResponseUrl(request, response, url, context);
  }
  if (url.pathname.startsWith('/files/')) return handleFile(response, url, context);
  sendBytes(response, 404, 'Not found');
}

function buildState(options: SlackStandinOptions, clock: () => number): StandinState {
  const ids = new IdSource();
  const users = new Map((options.users ?? demoUsers).map((user) => [user.id, user]));
  return {
    baseUrl: '',
    clock,
    ids,
    users,
    messages: new MessageStore(clock, users),
    views: new ViewStore(ids, clock),
    files: new FileStore(ids, clock),
    triggers: new TriggerRegistry(clock, options.triggerTtlMs ?? 3000),
    responseUrls: new ResponseUrlRegistry(clock),
  };
}

/** Starts the stand-in on 127.0.0.1 (a free port unless told otherwise). */
export async function startSlackStandin(options: SlackStandinOptions = {}): Promise<SlackStandin> {
  const clock = options.clock ?? Date.now;
  const state = buildState(options, clock);
  const recorder = new CallRecorder(clock);
  const logger = options.logger ?? silentLogger;
  const context: RouteContext = {
    state,
    recorder,
    botToken: options.botToken ?? 'xoxb-standin',
    logger,
  };

  const server = createServer((request, response) => {
    Promise.resolve(route(request, response, context)).catch((error: unknown) => {
      logger.error('Slack stand-in request failed', { url: request.url, error });
      if (!response.headersSent) sendBytes(response, 500, 'Internal error');
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  state.baseUrl = `http://${host}:${portOf(server.address())}/`;

  return {
    url: state.baseUrl,
    apiUrl: `${state.baseUrl}api/`,
    botToken: context.botToken,
    calls: recorder.calls,
    events: recorder.events,
    files: state.files.files,
    messages: state.messages.messages,
    views: { modals: state.views.modals, homes: state.views.homes },
    users: state.users,
    messagesIn: (channel) => state.messages.messages.get(channel) ?? [],
    callsTo: (method) => recorder.calls.filter((call) => call.method === method),
    waitForCall: (method, predicate, timeoutMs) =>
      recorder.waitForCall(method, predicate, timeoutMs),
    issueTriggerId: (userId = 'U0AGENT') => state.triggers.issue(userId),
    issueResponseUrl: (target) => `${state.baseUrl}response/${state.responseUrls.issue(target)}`,
    applyViewAck: (viewId, ack) => applyViewAck(state.views, viewId, ack),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
