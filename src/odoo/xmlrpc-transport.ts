import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { AuthError, ConfigError, hasCode, ServerError } from '../errors.js';
import { type Logger, silentLogger } from '../logger.js';
import { type CallSite, credentialsHint, describeSite, errorFromFault } from './faults.js';
import { createAgent, displayUrl, postText } from './http-post.js';
import { errorFromConnection, errorFromHttpAnswer } from './network-errors.js';
import { type RetryPolicy, withReadRetry } from './read-retry.js';
import type { CallContext, CallRequest, OdooTransport, OdooValue, ServerVersion } from './types.js';
import { toServerVersion } from './version.js';
import { toWire, toWireRecord } from './wire-values.js';
import { decodeResponse, encodeCall } from './xmlrpc-codec.js';

export interface XmlRpcTransportOptions {
  url: string;
  /** `null`: use the server's only database. */
  db: string | null;
  login: string;
  apiKey: string;
  timeoutMs?: number;
  logger?: Logger;
  /** How often a read is tried in all, and the first pause between tries (doubled each time). */
  retry?: { attempts?: number; baseDelayMs?: number };
  /** The time zone sent in the default context. */
  tz?: string;
}

type Service = 'common' | 'object' | 'db';

const versionSchema = z.object({
  server_version: z.string(),
  server_serie: z.string(),
  server_version_info: z.array(z.union([z.number(), z.string()])).optional(),
});

const uidSchema = z.union([z.number().int().positive(), z.literal(false)]);

/** Odoo over `/xmlrpc/2/common` and `/xmlrpc/2/object`: the one place that speaks XML-RPC. */
export function createXmlRpcTransport(options: XmlRpcTransportOptions): OdooTransport {
  const base = new URL(`${options.url.replace(/\/+$/, '')}/`);
  const shownUrl = displayUrl(base);
  const agent = createAgent(base);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const policy: RetryPolicy = {
    attempts: options.retry?.attempts ?? 3,
    baseDelayMs: options.retry?.baseDelayMs ?? 250,
  };
  const logger = options.logger ?? silentLogger;
  const defaultContext: CallContext = { lang: 'en_US', tz: options.tz ?? 'UTC' };
  let uid: Promise<number> | undefined;
  let database: Promise<string> | undefined;

  async function sendOnce(service: Service, method: string, params: unknown[], site: CallSite) {
    const url = new URL(`xmlrpc/2/${service}`, base);
    const headers = { 'Content-Type': 'text/xml', Accept: 'text/xml', 'User-Agent': 'wallet' };
    const started = performance.now();
    const body = encodeCall(method, params);
    const answer = await postText(url, body, { headers, timeoutMs, agent }).catch((error) => {
      throw errorFromConnection(error, site, shownUrl);
    });
    logger.debug('Odoo call', {
      protocol: 'xmlrpc',
      call: describeSite(site),
      status: answer.status,
      ms: Math.round(performance.now() - started),
    });

    if (answer.status !== 200) throw errorFromHttpAnswer(answer, site, shownUrl);
    const decoded = await decodeResponse(answer.body);
    if ('fault' in decoded) throw errorFromFault(decoded.fault, site);
    if ('garbage' in decoded) {
      throw errorFromHttpAnswer(answer, site, shownUrl, `not XML-RPC: ${decoded.garbage}`);
    }
    return decoded.value;
  }

  function rpc(
    service: Service,
    method: string,
    params: unknown[],
    site: CallSite,
    readOnly: boolean,
  ): Promise<unknown> {
    const send = () => sendOnce(service, method, params, site);
    return withReadRetry(send, { readOnly, policy, site, logger });
  }

  async function listDatabase(): Promise<string> {
    const answer = await rpc('db', 'list', [], { method: 'db.list' }, true).catch((error) => {
      if (hasCode(error, 'unavailable')) throw error;
      throw new ConfigError(`ODOO_DB must be set: Odoo at ${shownUrl} does not list databases`, {
        cause: error,
      });
    });
    const names = z.array(z.string()).safeParse(answer);
    if (names.success && names.data.length === 1 && names.data[0]) return names.data[0];
    const found = names.success ? names.data.join(', ') : 'an unreadable answer';
    throw new ConfigError(`ODOO_DB must be set: Odoo at ${shownUrl} has ${found || 'none'}`);
  }

  function resolveDatabase(): Promise<string> {
    if (options.db) return Promise.resolve(options.db);
    database ??= listDatabase().catch((error: unknown) => {
      database = undefined;
      throw error;
    });
    return database;
  }

  async function logIn(): Promise<number> {
    const db = await resolveDatabase();
    const params = [db, options.login, options.apiKey, {}];
    const answer = await rpc('common', 'authenticate', params, { method: 'authenticate' }, true);
    const parsed = uidSchema.safeParse(answer);
    if (!parsed.success) {
      throw new ServerError(`Odoo at ${shownUrl} answered authenticate with an unexpected value`, {
        detail: JSON.stringify(answer),
      });
    }
    if (parsed.data === false) {
      throw new AuthError(
        `Odoo at ${shownUrl} refused the login to database "${db}": ${credentialsHint} ` +
          '(the key comes from Preferences -> Account Security)',
      );
    }
    return parsed.data;
  }

  function authenticate(): Promise<number> {
    uid ??= logIn().catch((error: unknown) => {
      uid = undefined;
      throw error;
    });
    return uid;
  }

  async function version(): Promise<ServerVersion> {
    const answer = await rpc('common', 'version', [], { method: 'version' }, true);
    const parsed = versionSchema.safeParse(answer);
    if (!parsed.success) {
      throw new ServerError(`Odoo at ${shownUrl} answered version with an unexpected value`, {
        detail: JSON.stringify(answer),
      });
    }
    const { server_version, server_serie, server_version_info } = parsed.data;
    return toServerVersion(server_version, server_serie, server_version_info);
  }

  async function call(request: CallRequest): Promise<unknown> {
    const [userId, db] = await Promise.all([authenticate(), resolveDatabase()]);
    const { args, kwargs } = executeArguments(request, defaultContext);
    const params = [db, userId, options.apiKey, request.model, request.method, args, kwargs];
    const site = { model: request.model, method: request.method };
    try {
      return await rpc('object', 'execute_kw', params, site, request.readOnly);
    } catch (error) {
      // A key revoked while we run: log in afresh on the next call.
      if (hasCode(error, 'auth')) uid = undefined;
      throw error;
    }
  }

  return { protocol: 'xmlrpc', version, authenticate, call };
}

/** `execute_kw`'s positional and keyword arguments for a request. */
function executeArguments(
  request: CallRequest,
  defaultContext: CallContext,
): { args: OdooValue[]; kwargs: Record<string, OdooValue> } {
  const params = toWireRecord(request.params ?? {});
  const context = toWire({ ...defaultContext, ...request.context });

  // Odoo 17 answers `create` from its first positional argument: keyword-only fails there.
  if (request.method === 'create' && params.vals_list !== undefined) {
    const { vals_list: valsList, ...rest } = params;
    return { args: [valsList], kwargs: { ...rest, context } };
  }
  const kwargs: Record<string, OdooValue> = { ...params, context };
  return { args: request.ids ? [toWire(request.ids)] : [], kwargs };
}
