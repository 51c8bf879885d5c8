import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { signSlackRequest, slashCommandBody, workspace } from '../../src/slack-standin/index.js';
import type { SlackTarget } from './slack-targets.js';

export interface Signed {
  body: string;
  headers: Record<string, string>;
}

/** A trigger id and response URL the Slack stand-in issued for one command. */
export interface Issued {
  triggerId: string;
  responseUrl: string;
}

/** A signed `/wallet <text>` as Slack would POST it, with its own trigger and response URL. */
export function signedCommand(target: SlackTarget, issued: Issued, text: string): Signed {
  const body = slashCommandBody({
    command: '/wallet',
    text,
    userId: 'U0AGENT',
    channelId: workspace.supportChannel,
    triggerId: issued.triggerId,
    responseUrl: issued.responseUrl,
  });
  const headers = { ...signSlackRequest(target.secret, body, Math.floor(Date.now() / 1000)) };
  return { body, headers };
}

/** POSTs one request and resolves with the status once the answer has fully arrived. */
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
 * Sends every request at once, each on its own connection (signed beforehand, so signing is
 * not timed), and returns each one's time from sending to the end of its answer, in ms.
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
