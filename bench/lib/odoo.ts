import type { OdooSettings } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { connectOdoo, type OdooConnection } from '../../src/odoo/index.js';
import {
  type OdooStandin,
  type ScaleOptions,
  seedScale,
  startOdooStandin,
} from '../../src/odoo-standin/index.js';
import { createWalletService, type WalletService } from '../../src/wallet/index.js';

export interface ScaledOdoo {
  standin: OdooStandin;
  projectIds: number[];
  lineIds: number[];
}

/** An empty Odoo stand-in on 127.0.0.1:0 with generated support projects. */
export async function startScaledOdoo(scale: ScaleOptions): Promise<ScaledOdoo> {
  const standin = await startOdooStandin({ port: 0, data: 'empty' });
  try {
    const seeded = seedScale(standin.engine, scale);
    return { standin, ...seeded };
  } catch (error) {
    await standin.close();
    throw error;
  }
}

export interface WalletOverOdoo {
  connection: OdooConnection;
  wallet: WalletService;
}

/** The product's own path to Odoo: connect with these settings, then the wallet service. */
export async function walletOn(settings: OdooSettings): Promise<WalletOverOdoo> {
  const connection = await connectOdoo(settings, silentLogger);
  const wallet = createWalletService({
    odoo: connection.client,
    capabilities: connection.capabilities,
    odooUrl: settings.url,
    clock: () => new Date(),
    logger: silentLogger,
  });
  return { connection, wallet };
}

/** The wallet service over a stand-in in this process, through XML-RPC as configured. */
export function walletOver(standin: OdooStandin): Promise<WalletOverOdoo> {
  return walletOn(standin.settings);
}
