import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { z } from 'zod';
import type { SlackSettings } from '../config.js';
import type { Logger } from '../logger.js';
import type { WalletService } from '../wallet/service.js';
import { registerActions } from './actions/index.js';
import { toBoltLogger } from './bolt-logger.js';
import { registerCommands } from './commands/index.js';
import { cachedValue, type SlackContext } from './context.js';
import { createDedupe } from './dedupe.js';
import { registerEvents } from './events/index.js';
import { reportFailure } from './failures.js';
import { registerOptions } from './options/index.js';
import { registerShortcuts } from './shortcuts/index.js';
import { createUserDirectory } from './users.js';
import { registerViews } from './views/index.js';

/** The path Slack posts commands, interactions and events to in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAppDeps {
  settings: SlackSettings;
  wallet: WalletService;
  logger: Logger;
  clock?: () => Date;
  /** Slack user ids allowed to reload a batch. */
  reloadUsers?: string[];
  auditChannel?: string | null;
  /** How long a modal submission waits for Odoo before answering by message (default 2.5 s). */
  submitWaitMs?: number;
  /** How long Slack profiles, e-mail matches and tags are cached (default 10 min). */
  cacheTtlMs?: number;
}

export interface SlackApp {
  app: App;
  /** HTTP mode: listens and returns the bound port. Socket Mode: connects, port null. */
  start(listen?: { port: number; host?: string }): Promise<{ port: number | null }>;
  stop(): Promise<void>;
}

function apiUrl(settings: SlackSettings): string | undefined {
  if (!settings.apiUrl) return undefined;
  return settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/`;
}

function createReceiver(settings: SlackSettings, logger: Logger) {
  const boltLogger = toBoltLogger(logger);
  if (settings.mode === 'socket') {
    // TODO: Socket Mode opens its connection on slack.com even when SLACK_API_URL is set;
    // Bolt's receiver takes no client options. HTTP mode is the one that runs on a stand-in.
    return new SocketModeReceiver({ appToken: settings.appToken, logger: boltLogger });
  }
  return new HTTPReceiver({
    signingSecret: settings.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    logger: boltLogger,
    processBeforeResponse: false,
  });
}

/** Builds the Bolt app with every listener; nothing listens or connects until `start`. */
export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const clock = deps.clock ?? (() => new Date());
  const ttl = deps.cacheTtlMs ?? 10 * 60_000;
  const receiver = createReceiver(deps.settings, deps.logger);
  const slackApiUrl = apiUrl(deps.settings);
  const app = new App({
    token: deps.settings.botToken,
    receiver,
    logger: toBoltLogger(deps.logger),
    convoStore: false,
    deferInitialization: true,
    clientOptions: {
      ...(slackApiUrl ? { slackApiUrl } : {}),
      retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    },
  });

  // The workspace the app is installed in, to tell its members from Slack Connect guests.
  const appTeamId = cachedValue(clock, 24 * 60 * 60_000, async () => {
    const answer = z.object({ team_id: z.string() }).safeParse(await app.client.auth.test());
    return answer.success ? answer.data.team_id : null;
  });

  const ctx: SlackContext = {
    wallet: deps.wallet,
    logger: deps.logger,
    clock,
    users: createUserDirectory({
      client: app.client,
      findOdooUser: (email) => deps.wallet.findUserByEmail(email),
      clock,
      ttlMs: ttl,
      appTeamId: () => appTeamId().catch(() => null),
    }),
    dedupe: createDedupe(clock, 10 * 60_000),
    reloadUsers: new Set(deps.reloadUsers ?? []),
    auditChannel: deps.auditChannel ?? null,
    submitWaitMs: deps.submitWaitMs ?? 2500,
    tags: cachedValue(clock, ttl, () => deps.wallet.listTags()),
  };

  registerCommands(app, ctx);
  registerViews(app, ctx);
  registerActions(app, ctx);
  registerShortcuts(app, ctx);
  registerEvents(app, ctx);
  registerOptions(app, ctx);
  app.error(async (error) => {
    reportFailure(deps.logger, error, 'slack listener');
  });

  const start = async (listen: { port: number; host?: string } = { port: 3000 }) => {
    await app.init();
    if (receiver instanceof SocketModeReceiver) {
      await receiver.start();
      return { port: null };
    }

    const server: Server = await receiver.start(listen);
    return { port: (server.address() as AddressInfo).port };
  };

  return { app, start, stop: () => receiver.stop() };
}
