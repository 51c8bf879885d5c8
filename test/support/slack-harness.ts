import { randomBytes } from 'node:crypto';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../src/slack/app.js';
import { randomTriggerId } from '../../src/slack-standin/ids.js';
import {
  interactionBody,
  signSlackRequest,
  slashCommandBody,
} from '../../src/slack-standin/index.js';
import type { WalletService } from '../../src/wallet/service.js';
import { type RecordedCall, type SlackRecorder, startSlackRecorder } from './slack-recorder.js';

export interface HarnessOptions {
  wallet: WalletService;
  reloadUsers?: string[];
  auditChannel?: string | null;
  submitWaitMs?: number;
}

export interface Answer {
  status: number;
  text: string;
  /** Position of the answer among the recorder's calls. */
  seq: number;
}

export interface Harness {
  recorder: SlackRecorder;
  secret: string;
  url: string;
  logs: string[];
  send(
    body: string,
    options?: { timestamp?: number; secret?: string; retryNum?: number },
  ): Promise<Answer>;
  command(text: string, options?: { userId?: string; channelId?: string }): Promise<Answer>;
  interaction(payload: unknown): Promise<Answer>;
  /** The calls of one method, waiting until `count` of them arrived (5 s at most). */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  callsOf(method: string): RecordedCall[];
  /** Waits until a log line contains `text` (5 s at most). */
  waitForLog(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the app in HTTP mode on 127.0.0.1:0 against a Slack recorder, with test users. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const recorder = await startSlackRecorder();
  recorder.users.set('U0AGENT', {
    id: 'U0AGENT',
    name: 'Agent Smith',
    email: 'agent@example.com',
    tz: 'Europe/Amsterdam',
  });
  recorder.users.set('U0LEAD', {
    id: 'U0LEAD',
    name: 'Lead',
    email: 'lead@example.com',
    tz: 'UTC',
  });
  recorder.users.set('U0NOBODY', {
    id: 'U0NOBODY',
    name: 'Nobody',
    email: 'nobody@example.com',
    tz: 'UTC',
  });

  const logs: string[] = [];
  const secret = randomBytes(16).toString('hex');
  const slack: SlackApp = createSlackApp({
    settings: {
      mode: 'http',
      botToken: 'xoxb-test',
      signingSecret: secret,
      apiUrl: recorder.apiUrl,
    },
    wallet: options.wallet,
    logger: createLogger('debug', (line) => logs.push(line)),
    reloadUsers: options.reloadUsers ?? [],
    auditChannel: options.auditChannel ?? null,
    submitWaitMs: options.submitWaitMs ?? 2000,
  });
  const { port } = await slack.start({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;

  const send: Harness['send'] = async (body, sendOptions = {}) => {
    const timestamp = sendOptions.timestamp ?? Math.floor(Date.now() / 1000);
    const retry =
      sendOptions.retryNum === undefined
        ? {}
        : { retryNum: sendOptions.retryNum, retryReason: 'http_timeout' };
    const headers = signSlackRequest(sendOptions.secret ?? secret, body, timestamp, retry);
    const response = await fetch(url, { method: 'POST', headers: { ...headers }, body });
    const text = await response.text();
    return { status: response.status, text, seq: recorder.nextSeq() };
  };

  const callsOf = (method: string) => recorder.calls.filter((call) => call.method === method);

  const waitFor: Harness['waitFor'] = async (method, count = 1, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (callsOf(method).length < count) {
      if (Date.now() > deadline) {
        throw new Error(`waited for ${count} ${method} call(s), saw ${callsOf(method).length}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return callsOf(method);
  };

  const waitForLog = async (text: string) => {
    const deadline = Date.now() + 5000;
    while (!logs.some((line) => line.includes(text))) {
      if (Date.now() > deadline) throw new Error(`no log line with ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  return {
    recorder,
    waitForLog,
    secret,
    url,
    logs,
    send,
    command: (text, commandOptions = {}) =>
      send(
        slashCommandBody({
          command: '/wallet',
          text,
          userId: commandOptions.userId ?? 'U0AGENT',
          channelId: commandOptions.channelId ?? 'C0SUPPORT',
          triggerId: randomTriggerId(),
          responseUrl: recorder.responseUrl(`commands/${randomBytes(4).toString('hex')}`),
        }),
      ),
    interaction: (payload) => send(interactionBody(payload)),
    waitFor,
    callsOf,
    close: async () => {
      await slack.stop();
      await recorder.close();
    },
  };
}
