import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger.js';
import { startSlackStandin } from '../slack-standin/index.js';
import type { WalletService } from '../wallet/service.js';
import { createSlackApp, SLACK_EVENTS_PATH } from './app.js';

export interface LocalModeOptions {
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
  stop(): Promise<void>;
}

/**
 * Runs without Slack tokens: the app in HTTP mode on 127.0.0.1 with a signing secret made up
 * for this run, its Web API calls going to an in-process Slack stand-in.
 * TODO: the browser playground that drives this stand-in plugs in here.
 */
export async function startLocalMode(options: LocalModeOptions): Promise<RunningSlack> {
  const slack = await startSlackStandin({ logger: options.logger });
  const app = createSlackApp({
    settings: {
      mode: 'http',
      botToken: slack.botToken,
      signingSecret: randomBytes(32).toString('hex'),
      apiUrl: slack.apiUrl,
    },
    wallet: options.wallet,
    logger: options.logger,
    clock: options.clock,
    reloadUsers: options.reloadUsers,
    auditChannel: options.auditChannel,
  });
  const { port } = await app.start({ port: options.port, host: '127.0.0.1' });

  return {
    mode: 'local',
    endpoint: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`,
    stop: async () => {
      await app.stop();
      await slack.close();
    },
  };
}
