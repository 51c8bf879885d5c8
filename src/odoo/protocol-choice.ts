import type { OdooProtocol } from '../config.js';
import type { OdooTransport, ServerVersion } from './types.js';

/** The first Odoo version with the JSON-2 API. */
export const firstJson2Major = 19;

export interface ProtocolChoiceOptions {
  protocol: OdooProtocol;
  createJson2: () => OdooTransport;
  createXmlRpc: () => OdooTransport;
}

export interface ProtocolChoice {
  transport: OdooTransport;
  version: ServerVersion;
}

/**
 * Picks the wire protocol. `auto` asks the server's version once: JSON-2 from Odoo 19 on,
 * XML-RPC before (JSON-2 does not exist there).
 */
export async function chooseProtocol(options: ProtocolChoiceOptions): Promise<ProtocolChoice> {
  if (options.protocol === 'xmlrpc') return withVersion(options.createXmlRpc());
  if (options.protocol === 'json2') return withVersion(options.createJson2());

  const json2 = options.createJson2();
  // Before 19 `/web/version` is missing (an HTML 404, or whatever a proxy makes of it): ask
  // XML-RPC, which every version has and which gives the verdict on a server that is down.
  const version = await json2.version().catch(() => null);
  if (version && version.major >= firstJson2Major) return { transport: json2, version };
  if (version) return { transport: options.createXmlRpc(), version };
  return withVersion(options.createXmlRpc());
}

async function withVersion(transport: OdooTransport): Promise<ProtocolChoice> {
  return { transport, version: await transport.version() };
}
