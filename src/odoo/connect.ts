import type { OdooSettings } from '../config.js';
import type { Logger } from '../logger.js';
import { detectCapabilities } from './capabilities.js';
import { createOdooClient } from './client.js';
import { displayUrl } from './http-post.js';
import { createJson2Transport } from './json2-transport.js';
import { chooseProtocol } from './protocol-choice.js';
import type { OdooCapabilities, OdooClient, ServerVersion } from './types.js';
import { createXmlRpcTransport } from './xmlrpc-transport.js';

export interface OdooConnection {
  client: OdooClient;
  capabilities: OdooCapabilities;
  version: ServerVersion;
  protocol: 'xmlrpc' | 'json2';
}

export interface ConnectOptions {
  /** The time zone sent in every call's context; UTC by default. */
  tz?: string;
}

/** The one place that picks a wire protocol: `auto` takes JSON-2 on Odoo 19 and later. */
function openTransport(settings: OdooSettings, logger: Logger, tz: string) {
  const common = {
    url: settings.url,
    db: settings.db,
    apiKey: settings.apiKey,
    login: settings.login,
    timeoutMs: settings.timeoutMs,
    logger,
    tz,
  };
  return chooseProtocol({
    protocol: settings.protocol,
    createJson2: () => createJson2Transport(common),
    createXmlRpc: () => createXmlRpcTransport(common),
  });
}

/** Connects to Odoo: picks the protocol, logs in, and reads what the server can do. */
export async function connectOdoo(
  settings: OdooSettings,
  logger: Logger,
  options: ConnectOptions = {},
): Promise<OdooConnection> {
  const { transport } = await openTransport(settings, logger, options.tz ?? 'UTC');
  await transport.authenticate();
  const client = createOdooClient(transport, { logger });
  const capabilities = await detectCapabilities(client);

  logger.info('Connected to Odoo', {
    protocol: transport.protocol,
    version: capabilities.version.serverVersion,
    url: displayUrl(new URL(settings.url)),
    database: settings.db ?? '(the only one on the server)',
  });
  return { client, capabilities, version: capabilities.version, protocol: transport.protocol };
}
