import type { Logger } from '../logger.js';
import type { OdooCapabilities, OdooClient } from '../odoo/types.js';

/** What every part of the wallet domain is built from. */
export interface WalletDeps {
  odoo: OdooClient;
  capabilities: OdooCapabilities;
  /** Base URL of the Odoo web client, for links. */
  odooUrl: string;
  clock: () => Date;
  /** Below this many hours a wallet is `low`. */
  lowHours: number;
  /** How many days back a timesheet may be dated. */
  logWindowDays: number;
  logger: Logger;
}

/** The options createWalletService takes; the thresholds have the product's defaults. */
export type WalletOptions = Omit<WalletDeps, 'lowHours' | 'logWindowDays'> & {
  lowHours?: number;
  logWindowDays?: number;
};
