import { type Config, loadConfig, type SlackSettings } from './config.js';
import { createLogger, type Logger, secretsOf } from './logger.js';
import { displayUrl } from './odoo/http-post.js';
import { connectOdoo, type OdooConnection } from './odoo/index.js';
import { startOdooStandin } from './odoo-standin/index.js';
import { createSlackApp, SLACK_EVENTS_PATH } from './slack/app.js';
import { startWeeklyDigest } from './slack/digest/index.js';
import { type RunningSlack, startLocalMode } from './slack/local-mode.js';
import { createWalletService } from './wallet/index.js';
import type { WalletService } from './wallet/service.js';

interface OpenOdoo {
  connection: OdooConnection;
  /** The Odoo web client's base URL, for links. */
  url: string;
  database: string;
  demo: boolean;
  close(): Promise<void>;
}

/** The configured Odoo, or the demo Odoo running in this process when none is configured. */
async function openOdoo(config: Config, logger: Logger): Promise<OpenOdoo> {
  if (config.odoo) {
    const connection = await connectOdoo(config.odoo, logger);
    const database = config.odoo.db ?? '(the only one on the server)';
    return { connection, url: config.odoo.url, database, demo: false, close: async () => {} };
  }

  const standin = await startOdooStandin({ port: 0, data: 'demo' });
  const connection = await connectOdoo(standin.settings, logger);
  const close = () => standin.close();
  return { connection, url: standin.url, database: standin.db, demo: true, close };
}

async function startSlack(
  config: Config,
  settings: SlackSettings,
  wallet: WalletService,
  logger: Logger,
  clock: () => Date,
): Promise<RunningSlack> {
  const app = createSlackApp({
    settings,
    wallet,
    logger,
    clock,
    reloadUsers: config.reloadUsers,
    auditChannel: config.auditChannel,
  });
  const { port } = await app.start({ port: config.port });
  const endpoint = port === null ? null : `port ${port}, path ${SLACK_EVENTS_PATH}`;
  return { mode: settings.mode, endpoint, client: app.app.client, stop: () => app.stop() };
}

/** Runs `stop` once on the first SIGINT or SIGTERM, then exits. */
function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handle = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('Support Wallet stopping', { signal });
    await stop().catch((error: unknown) => logger.warn('stop failed', { error }));
    process.exit(0);
  };
  process.once('SIGINT', () => void handle('SIGINT'));
  process.once('SIGTERM', () => void handle('SIGTERM'));
}

/** Wires config -> Odoo -> wallet -> Slack and the digest, starts, stops on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel, undefined, secretsOf(config));
  const clock = () => new Date();
  if (!config.slack) {
    const odoo = config.odoo
      ? `the Odoo at ${displayUrl(new URL(config.odoo.url))}`
      : 'a demo Odoo';
    logger.info(
      `Local mode (no Slack tokens set): ${odoo}, a Slack stand-in and the playground at ` +
        `http://127.0.0.1:${config.port}/`,
    );
  }
  const odoo = await openOdoo(config, logger);
  const wallet = createWalletService({
    odoo: odoo.connection.client,
    capabilities: odoo.connection.capabilities,
    odooUrl: odoo.url,
    clock,
    lowHours: config.lowHours,
    logWindowDays: config.logWindowDays,
    logger,
  });

  const slack = config.slack
    ? await startSlack(config, config.slack, wallet, logger, clock)
    : await startLocalMode({ ...config, wallet, logger, clock });
  logger.info('Support Wallet started', {
    mode: slack.mode,
    slack: slack.endpoint ?? 'Socket Mode',
    odoo: displayUrl(new URL(odoo.url)),
    database: odoo.database,
    demoOdoo: odoo.demo,
  });

  const digest = startWeeklyDigest({
    settings: config.digest,
    client: slack.client,
    wallet,
    logger,
    clock,
  });
  onShutdown(logger, async () => {
    digest?.stop();
    await slack.stop();
    await odoo.close();
  });
}

main().catch((error: unknown) => {
  // Servers may already listen, so exit explicitly rather than wait for them.
  createLogger('info').error('Support Wallet could not start', {
    error: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
});
