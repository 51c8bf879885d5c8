import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import { silentLogger } from '../../src/logger.js';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../src/slack/app.js';
import { toBoltLogger } from '../../src/slack/bolt-logger.js';
import type { WalletService } from '../../src/wallet/index.js';

/** A Slack app listening on 127.0.0.1:0, ready to take signed requests. */
export interface SlackTarget {
  url: string;
  secret: string;
  /** Whether `/wallet log` opens a modal here (the plain HTTP floor does not). */
  opensModals: boolean;
  close(): Promise<void>;
}

/** Where the Slack stand-in takes Web API calls. */
export interface SlackApi {
  apiUrl: string;
  botToken: string;
}

/** The product's Slack app over a wallet service, pointed at the Slack stand-in. */
export async function startWalletApp(slack: SlackApi, wallet: WalletService): Promise<SlackTarget> {
  const secret = randomBytes(16).toString('hex');
  const app = createSlackApp({
    settings: {
      mode: 'http',
      botToken: slack.botToken,
      signingSecret: secret,
      apiUrl: slack.apiUrl,
    },
    wallet,
    logger: silentLogger,
  });
  const { port } = await app.start({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
  return { url, secret, opensModals: true, close: () => app.stop() };
}

/**
 * The baseline: a bare Bolt app on the same HTTP receiver whose `/wallet` handler only acks,
 * and for `log` opens an empty modal, the least any app can do.
 */
export async function startBareBolt(slack: SlackApi): Promise<SlackTarget> {
  const secret = randomBytes(16).toString('hex');
  const logger = toBoltLogger(silentLogger);
  const receiver = new HTTPReceiver({
    signingSecret: secret,
    endpoints: SLACK_EVENTS_PATH,
    logger,
    processBeforeResponse: false,
  });
  const app = new App({
    token: slack.botToken,
    receiver,
    logger,
    deferInitialization: true,
    clientOptions: { slackApiUrl: slack.apiUrl },
  });
  app.command('/wallet', async ({ ack, command, client }) => {
    await ack();
    if (command.text !== 'log') return;
    await client.views.open({
      trigger_id: command.trigger_id,
      view: { type: 'modal', title: { type: 'plain_text', text: 'Log time' }, blocks: [] },
    });
  });
  await app.init();
  const server: Server = await receiver.start({ port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
  return { url, secret, opensModals: true, close: () => receiver.stop() };
}

/** The floor under both: plain node:http answering 200 to every request, no Bolt at all. */
export async function startHttpFloor(): Promise<SlackTarget> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`,
    secret: 'unused',
    opensModals: false,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
