import { randomBytes } from 'node:crypto';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../src/slack/app.js';
import {
  interactionBody,
  type RecordedCall,
  type SlackStandin,
  signSlackRequest,
  slashCommandBody,
  startSlackStandin,
} from '../../src/slack-standin/index.js';
import type { WalletService } from '../../src/wallet/service.js';

export interface HarnessOptions {
  wallet: WalletService;
  reloadUsers?: string[];
  auditChannel?: string | null;
  submitWaitMs?: number;
}

export interface Answer {
  status: number;
  text: string;
  /** How many Slack calls the stand-in had seen when the answer arrived. */
  seq: number;
}

export interface Harness {
  slack: SlackStandin;
  secret: string;
  logs: string[];
  send(body: string, options?: SendOptions): Promise<Answer>;
  command(text: string, options?: { userId?: string; channelId?: string }): Promise<Answer>;
  interaction(payload: unknown): Promise<Answer>;
  /** The calls of one method, waiting until `count` of them arrived (5 s unless told). */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** Waits until a log line contains `text` (5 s at most). */
  waitForLog(text: string): Promise<void>;
  /** Posts a message into a channel of the stand-in (as the bot) and returns its ts. */
  postMessage(channel: string, text: string): Promise<string>;
  /** The modal on top of the user's stack, as the stand-in keeps it. */
  modal(userId?: string): Record<string, unknown>;
  close(): Promise<void>;
}

interface SendOptions {
  timestamp?: number;
  secret?: string;
  retryNum?: number;
}

async function until(ready: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts the app in HTTP mode on 127.0.0.1:0 against the Slack stand-in's demo workspace. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const slack = await startSlackStandin();
  const logs: string[] = [];
  const secret = randomBytes(16).toString('hex');
  const app: SlackApp = createSlackApp({
    settings: {
      mode: 'http',
      botToken: slack.botToken,
      signingSecret: secret,
      apiUrl: slack.apiUrl,
    },
    wallet: options.wallet,
    logger: createLogger('debug', (line) => logs.push(line)),
    reloadUsers: options.reloadUsers ?? [],
    auditChannel: options.auditChannel ?? null,
    submitWaitMs: options.submitWaitMs ?? 2000,
  });
  const { port } = await app.start({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;

  const send = async (body: string, sendOptions: SendOptions = {}): Promise<Answer> => {
    const timestamp = sendOptions.timestamp ?? Math.floor(Date.now() / 1000);
    const retry =
      sendOptions.retryNum === undefined
        ? {}
        : { retryNum: sendOptions.retryNum, retryReason: 'http_timeout' };
    const headers = signSlackRequest(sendOptions.secret ?? secret, body, timestamp, retry);
    const response = await fetch(url, { method: 'POST', headers: { ...headers }, body });
    const text = await response.text();
    return { status: response.status, text, seq: slack.calls.length };
  };

  const command: Harness['command'] = (text, commandOptions = {}) => {
    const userId = commandOptions.userId ?? 'U0AGENT';
    const channelId = commandOptions.channelId ?? 'C0SUPPORT';
    const body = slashCommandBody({
      command: '/wallet',
      text,
      userId,
      channelId,
      triggerId: slack.issueTriggerId(userId),
      responseUrl: slack.issueResponseUrl({ channel: channelId, user: userId }),
    });
    return send(body);
  };

  const waitFor: Harness['waitFor'] = async (method, count = 1, timeoutMs = 5000) => {
    const enough = () => slack.callsTo(method).length >= count;
    await until(enough, `${count} ${method} call(s)`, timeoutMs);
    return slack.callsTo(method);
  };

  return {
    slack,
    secret,
    logs,
    send,
    command,
    interaction: (payload) => send(interactionBody(payload)),
    waitFor,
    postMessage: async (channel, text) => {
      const response = await fetch(`${slack.apiUrl}chat.postMessage`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${slack.botToken}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ channel, text }).toString(),
      });
      const answer = (await response.json()) as { ts: string };
      return answer.ts;
    },
    waitForLog: (text) => until(() => logs.some((line) => line.includes(text)), text),
    modal: (userId = 'U0AGENT') => {
      const top = slack.views.modals.get(userId)?.at(-1);
      if (!top) throw new Error(`no modal open for ${userId}`);
      return { ...top };
    },
    close: async () => {
      await app.stop();
      await slack.close();
    },
  };
}

/** What the app sent: a response_url post's JSON body, or a Web API call's arguments. */
export function bodyOf(call: RecordedCall | undefined): Record<string, unknown> {
  if (!call) return {};
  const body = call.args.body;
  if (call.method === 'response_url' && typeof body === 'object' && body !== null) {
    return { ...body };
  }
  return call.args;
}
