import { createLogger } from '../../src/logger.js';
import { connectOdoo } from '../../src/odoo/index.js';
import { startOdooStandin } from '../../src/odoo-standin/index.js';
import { startLocalMode } from '../../src/slack/local-mode.js';
import { createWalletService } from '../../src/wallet/index.js';

/** Local mode as `npm start` runs it with nothing configured, on free ports. */
export interface LocalStack {
  url: string;
  logs: string[];
  close(): Promise<void>;
}

/** Starts the demo Odoo and local mode (Slack stand-in, app, playground) in this process. */
export async function startLocalStack(): Promise<LocalStack> {
  const logs: string[] = [];
  const logger = createLogger('info', (line) => logs.push(line));
  const clock = () => new Date();

  const odoo = await startOdooStandin({ port: 0, data: 'demo' });
  const connection = await connectOdoo(odoo.settings, logger);
  const wallet = createWalletService({
    odoo: connection.client,
    capabilities: connection.capabilities,
    odooUrl: odoo.url,
    clock,
    logger,
  });
  const local = await startLocalMode({
    port: 0,
    wallet,
    logger,
    clock,
    reloadUsers: [],
    auditChannel: null,
  });

  return {
    url: local.playgroundUrl,
    logs,
    close: async () => {
      await local.stop();
      await odoo.close();
    },
  };
}
