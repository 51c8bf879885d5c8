import type { Config, OdooSettings } from '../config.js';
import type { Logger } from '../logger.js';
import { connectOdoo } from '../odoo/index.js';
import { startOdooStandin } from '../odoo-standin/index.js';
import { createWalletService } from '../wallet/index.js';
import type { CliIo, OpenWallet } from './command.js';

async function walletOn(
  settings: OdooSettings,
  config: Config,
  logger: Logger,
  clock: () => Date,
): Promise<OpenWallet['service']> {
  const connection = await connectOdoo(settings, logger);
  return createWalletService({
    odoo: connection.client,
    capabilities: connection.capabilities,
    odooUrl: settings.url,
    clock,
    lowHours: config.lowHours,
    logWindowDays: config.logWindowDays,
    logger,
  });
}

/** Connects the wallet to the configured Odoo, or to a demo Odoo in this process. */
export async function openWallet(
  config: Config,
  io: CliIo,
  logger: Logger,
  clock: () => Date,
): Promise<OpenWallet> {
  if (config.odoo !== null) {
    const service = await walletOn(config.odoo, config, logger, clock);
    return { service, close: async () => {} };
  }

  const demo = await startOdooStandin({ port: 0, data: 'demo', now: clock });
  io.stderr('No ODOO_URL set: running on the built-in demo Odoo (sample data, nothing real).');
  try {
    const service = await walletOn(demo.settings, config, logger, clock);
    return { service, close: () => demo.close() };
  } catch (error) {
    await demo.close();
    throw error;
  }
}
