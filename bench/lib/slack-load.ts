import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  type SlackStandin,
  signSlackRequest,
  slashCommandBody,
  workspace,
} from '../../src/slack-standin/index.js';
import type { SlackTarget } from './slack-targets.js';

export interface Signed {
  body: string;
  headers: Record<string, string>;
  triggerId?: string;
}

/** A signed `/wallet <text>` as Slack would POST it, with its own trigger and response URL. */
export function signedCommand(
  target: SlackTarget,
  slack: SlackStandin,
  text: string,
): Signed & { triggerId: string } {
  const triggerId = slack.issueTriggerId('U0AGENT');
  const body = slashCommandBody({
    command: '/wallet',
    text,
    userId: 'U0AGENT',
    channelId: workspace.supportChannel,
    triggerId,
    responseUrl: slack.issueResponseUrl({ channel: workspace.supportChannel, user: 'U0AGENT' }),
  });
  const headers = { ...signSlackRequest(target.secret, body, Math.floor(Date.now() / 1000)) };
  return { body, headers, triggerId };
}

/** POSTs one request on a fresh connection and resolves with the status once answered. */
export function send(url: string, signed: Signed, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...signed.headers, 'Content-Length': Buffer.byteLength(signed.body) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(signed.body);
  });
}

/**
 * Sends every request at once (signed beforehand, so signing is not timed) and returns each
 * one's time from sending to the end of its HTTP answer, in milliseconds.
 */
export async function burst(url: string, requests: Signed[]): Promise<number[]> {
  const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  try {
    return await Promise.all(
      requests.map(async (signed) => {
        const started = performance.now();
        const status = await send(url, signed, agent);
        if (status !== 200) throw new Error(`the app answered ${status}`);
        return performance.now() - started;
      }),
    );
  } finally {
    agent.destroy();
  }
}

/** Milliseconds from sending `/wallet log` to the views.open it causes at the Slack stand-in. */
export async function timeToModal(target: SlackTarget, slack: SlackStandin): Promise<number> {
  const agent = new Agent({ keepAlive: false });
  try {
    const signed = signedCommand(target, slack, 'log');
    const opened = slack.waitForCall(
      'views.open',
      (call) => call.args.trigger_id === signed.triggerId,
      5000,
    );
    const started = Date.now();
    await send(target.url, signed, agent);
    const call = await opened;
    return call.time - started;
  } finally {
    agent.destroy();
  }
}
