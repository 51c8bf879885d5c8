import { randomBytes } from 'node:crypto';
import { type Environment, loadConfig, type OdooSettings } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { connectOdoo, type OdooConnection } from '../../src/odoo/connect.js';
import { createJson2Transport } from '../../src/odoo/json2-transport.js';

export type Protocol = 'xmlrpc' | 'json2';

/** The Odoo the suite runs against, or why it does not run. */
export type Target = { settings: OdooSettings; protocols: Protocol[] } | { skip: string };

/**
 * Reads the ODOO_* variables and asks the server once which protocols it speaks: XML-RPC
 * always, JSON-2 from Odoo 19 on. Without ODOO_URL the suite is skipped, saying why.
 */
export async function findTarget(env: Environment): Promise<Target> {
  const settings = loadConfig(env).odoo;
  if (!settings) {
    return { skip: 'ODOO_URL is not set: set ODOO_URL, ODOO_DB, ODOO_LOGIN, ODOO_API_KEY' };
  }
  const version = await createJson2Transport(settings)
    .version()
    .catch(() => null);
  if (version && version.major >= 19) return { settings, protocols: ['xmlrpc', 'json2'] };
  console.warn('JSON-2 left out: the server answers no /web/version, so it is older than Odoo 19');
  return { settings, protocols: ['xmlrpc'] };
}

/** Connects the product's way, with the protocol forced. */
export function connect(settings: OdooSettings, protocol: Protocol): Promise<OdooConnection> {
  return connectOdoo({ ...settings, protocol }, silentLogger);
}

/** Tells one run's records apart from every other run's, on a shared database. */
export const runTag = `${new Date().toISOString().slice(0, 10)} ${randomBytes(3).toString('hex')}`;

/** A record name no other run or test uses. */
export function uniqueName(label: string, protocol: Protocol): string {
  return `Wallet test ${label} ${protocol} ${runTag}`;
}
