import type { Config, OdooSettings } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logger.js';
import { connectOdoo } from '../odoo/index.js';
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

/** Connects the wallet to the configured Odoo, or to the demo Odoo when none is set. */
export async function openWallet(
  config: Config,
  _io: CliIo,
  logger: Logger,
  clock: () => Date,
): Promise<OpenWallet> {
  if (config.odoo === null) {
    // TODO: start the in-process demo Odoo once the stand-in is merged.
    throw new ConfigError('ODOO_URL must be set (the demo Odoo is not in this build yet).');
  }
  const service = await walletOn(config.odoo, config, logger, clock);
  return { service, close: async () => {} };
}
