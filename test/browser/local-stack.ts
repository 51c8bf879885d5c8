import { randomBytes } from 'node:crypto';
import { createLogger, type Logger } from '../../src/logger.js';
import { connectOdoo } from '../../src/odoo/index.js';
import { startOdooStandin } from '../../src/odoo-standin/index.js';
import { peopleOf } from '../../src/playground/screen.js';
import { startPlayground } from '../../src/playground/server.js';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../src/slack/app.js';
import { CallbackId } from '../../src/slack/ids.js';
import { startSlackStandin } from '../../src/slack-standin/index.js';
import { createWalletService } from '../../src/wallet/index.js';

/** Everything local mode runs, started in this process on free ports. */
export interface LocalStack {
  url: string;
  logs: string[];
  close(): Promise<void>;
}

/** Starts the demo Odoo, the Slack stand-in, the app and the playground. */
export async function startLocalStack(): Promise<LocalStack> {
  const logs: string[] = [];
  const logger: Logger = createLogger('info', (line) => logs.push(line));
  const clock = () => new Date();
  const reloadUsers = ['U0LEAD'];

  const odoo = await startOdooStandin();
  const connection = await connectOdoo(odoo.settings, logger);
  const wallet = createWalletService({
    odoo: connection.client,
    capabilities: connection.capabilities,
    odooUrl: odoo.url,
    clock,
    logger,
  });
  const standin = await startSlackStandin({ logger });
  const signingSecret = randomBytes(16).toString('hex');
  const slack = createSlackApp({
    settings: { mode: 'http', botToken: standin.botToken, signingSecret, apiUrl: standin.apiUrl },
    wallet,
    logger,
    clock,
    reloadUsers,
  });
  const { port } = await slack.start({ port: 0, host: '127.0.0.1' });
  const playground = await startPlayground({
    port: 0,
    app: { url: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, signingSecret, clock },
    standin,
    users: peopleOf(standin),
    reloadUsers,
    channels: [{ id: 'C0SUPPORT', name: '# support' }],
    shortcuts: [{ name: 'Create support ticket', callbackId: CallbackId.createTicketShortcut }],
    logger,
  });

  return {
    url: playground.url,
    logs,
    close: async () => {
      await playground.close();
      await slack.stop();
      await standin.close();
      await odoo.close();
    },
  };
}
