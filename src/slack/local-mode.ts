import { randomBytes } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import type { Logger } from '../logger.js';
import { startLocalPlayground } from '../playground/index.js';
import { startSlackStandin } from '../slack-standin/index.js';
import type { WalletService } from '../wallet/service.js';
import { createSlackApp, SLACK_EVENTS_PATH } from './app.js';
import { CallbackId } from './ids.js';

export interface LocalModeOptions {
  /** The playground's port; the app itself listens on a free one. */
  port: number;
  wallet: WalletService;
  logger: Logger;
  clock: () => Date;
  reloadUsers: string[];
  auditChannel: string | null;
}

/** A running front end: the Slack app in one of its modes. */
export interface RunningSlack {
  mode: 'socket' | 'http' | 'local';
  /** Where Slack (or the stand-in) posts to; null in Socket Mode. */
  endpoint: string | null;
  /** The app's Web API client, for jobs that post on their own (the weekly digest). */
  client: webApi.WebClient;
  stop(): Promise<void>;
}

/** The demo Slack user local mode lets reload, so the playground can show both sides. */
export const LOCAL_RELOAD_USER = 'U0LEAD';

/**
 * Runs without Slack tokens: the app in HTTP mode on 127.0.0.1 with a signing secret made up
 * for this run, its Web API calls going to an in-process Slack stand-in, and the browser
 * playground on `port` playing the Slack client.
 */
export async function startLocalMode(
  options: LocalModeOptions,
): Promise<RunningSlack & { playgroundUrl: string }> {
  const slack = await startSlackStandin({ logger: options.logger });
  const signingSecret = randomBytes(32).toString('hex');
  const reloadUsers = [...new Set([...options.reloadUsers, LOCAL_RELOAD_USER])];
  const app = createSlackApp({
    settings: { mode: 'http', botToken: slack.botToken, signingSecret, apiUrl: slack.apiUrl },
    wallet: options.wallet,
    logger: options.logger,
    clock: options.clock,
    reloadUsers,
    auditChannel: options.auditChannel,
  });
  const { port } = await app.start({ port: 0, host: '127.0.0.1' });
  const endpoint = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
  const playground = await startLocalPlayground({
    port: options.port,
    standin: slack,
    appUrl: endpoint,
    signingSecret,
    reloadUsers,
    shortcuts: [{ name: 'Create support ticket', callbackId: CallbackId.createTicketShortcut }],
    logger: options.logger,
    clock: options.clock,
  });

  options.logger.info('Playground ready: open it in a browser', { url: playground.url });

  return {
    mode: 'local',
    endpoint,
    client: app.app.client,
    playgroundUrl: playground.url,
    stop: async () => {
      await playground.close();
      await app.stop();
      await slack.close();
    },
  };
}
