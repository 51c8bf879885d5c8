import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { CliIo, OpenWallet } from './command.js';

/** Connects the wallet to the configured Odoo, or to the demo Odoo when none is set. */
export async function openWallet(
  _config: Config,
  _io: CliIo,
  _logger: Logger,
  _clock: () => Date,
): Promise<OpenWallet> {
  // TODO: connect through src/odoo once the client is merged.
  throw new ConfigError('No Odoo client in this build yet.');
}
