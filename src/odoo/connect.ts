import type { OdooSettings } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logger.js';
import { detectCapabilities } from './capabilities.js';
import { createOdooClient } from './client.js';
import { displayUrl } from './http-post.js';
import type { OdooCapabilities, OdooClient, OdooTransport, ServerVersion } from './types.js';
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

/** The one place that picks a wire protocol; the JSON-2 transport plugs in here. */
function openTransport(settings: OdooSettings, logger: Logger, tz: string): OdooTransport {
  if (settings.protocol === 'json2') {
    throw new ConfigError(
      'ODOO_PROTOCOL=json2 is not available in this build; set ODOO_PROTOCOL to xmlrpc or auto',
    );
  }
  // TODO: once the JSON-2 transport exists, `auto` asks the version and takes JSON-2 on 19+.
  return createXmlRpcTransport({
    url: settings.url,
    db: settings.db,
    login: settings.login,
    apiKey: settings.apiKey,
    timeoutMs: settings.timeoutMs,
    logger,
    tz,
  });
}

/** Connects to Odoo: picks the protocol, logs in, and reads what the server can do. */
export async function connectOdoo(
  settings: OdooSettings,
  logger: Logger,
  options: ConnectOptions = {},
): Promise<OdooConnection> {
  const transport = openTransport(settings, logger, options.tz ?? 'UTC');
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
