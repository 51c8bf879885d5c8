import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { AuthError, ServerError } from '../errors.js';
import { type Logger, silentLogger } from '../logger.js';
import { type CallSite, credentialsHint, describeSite } from './faults.js';
import { displayUrl } from './http-post.js';
import { type HttpAnswer, isJsonAnswer, json2Error, safeJsonParse } from './json2-errors.js';
import { exchange } from './json2-http.js';
import { parseWebVersion } from './json2-version.js';
import { type RetryPolicy, withReadRetry } from './read-retry.js';
import type { CallContext, CallRequest, OdooTransport, OdooValue, ServerVersion } from './types.js';
import { toWire, toWireRecord } from './wire-values.js';

export interface Json2TransportOptions {
  /** Base URL of the Odoo server, without a trailing slash. */
  url: string;
  /** Sent as `X-Odoo-Database`; `null` lets a server with one database pick it. */
  db: string | null;
  apiKey: string;
  /** When set, the key's user must have this login, as XML-RPC's `authenticate` demands. */
  login?: string;
  timeoutMs?: number;
  logger?: Logger;
  /** How often a read is tried in all, and the first pause between tries (doubled each time). */
  retry?: Partial<RetryPolicy>;
  /** The time zone sent in the default context, as the XML-RPC transport does. */
  tz?: string;
}

const versionSite: CallSite = { method: '/web/version' };

const contextGet = z.object({ uid: z.number().int().positive() });
const userLogins = z.array(z.object({ login: z.string() }));

/** A transport speaking Odoo 19's JSON-2 API (`POST /json/2/<model>/<method>`). */
export function createJson2Transport(options: Json2TransportOptions): OdooTransport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const logger = options.logger ?? silentLogger;
  // JSON-2 replaces the server's context instead of merging it: without these a call runs
  // with no language and no time zone. The XML-RPC transport sends the same defaults.
  const baseContext: CallContext = { lang: 'en_US', tz: options.tz ?? 'UTC' };
  const policy: RetryPolicy = {
    attempts: options.retry?.attempts ?? 3,
    baseDelayMs: options.retry?.baseDelayMs ?? 250,
  };
  let uid: Promise<number> | undefined;
  let version: Promise<ServerVersion> | undefined;
  const base = options.url.replace(/\/+$/, '');
  const shownUrl = displayUrl(new URL(base));

  const headers: Record<string, string> = {
    Authorization: `bearer ${options.apiKey}`,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  if (options.db !== null) headers['X-Odoo-Database'] = options.db;

  async function post(request: CallRequest): Promise<unknown> {
    const site = { model: request.model, method: request.method };
    // The same cleaning as XML-RPC (no `undefined`, `null` as `false`, no Date or NaN), so a
    // request means the same thing over both protocols.
    const body: Record<string, OdooValue> = toWireRecord(request.params ?? {});
    if (request.ids !== undefined) body.ids = toWire(request.ids);
    body.context = toWire({ ...baseContext, ...request.context });

    const names = [request.model, request.method].map(encodeURIComponent);
    const path = `/json/2/${names.join('/')}`;
    const started = performance.now();
    const answer = await exchange({
      method: 'POST',
      url: `${base}${path}`,
      headers,
      body: JSON.stringify(body),
      timeoutMs,
      site,
      shownUrl,
    });
    logger.debug('Odoo call', {
      protocol: 'json2',
      call: describeSite(site),
      status: answer.status,
      ms: Math.round(performance.now() - started),
    });
    return readAnswer(answer, site);
  }

  function readAnswer(answer: HttpAnswer, site: CallSite): unknown {
    if (answer.status !== 200) throw json2Error(answer, { ...site, url: shownUrl, db: options.db });

    const value = isJsonAnswer(answer) ? safeJsonParse(answer.text) : undefined;
    if (value === undefined) {
      throw new ServerError(`Odoo answered ${describeSite(site)} with something that is not JSON`, {
        detail: answer.text.slice(0, 2000),
      });
    }
    return value;
  }

  return {
    protocol: 'json2',

    version(): Promise<ServerVersion> {
      // Asked once, at start, without retries: in `auto` a failure only means "ask XML-RPC".
      version ??= askVersion().catch((error: unknown) => {
        version = undefined;
        throw error;
      });
      return version;
    },

    authenticate(): Promise<number> {
      uid ??= whoAmI().catch((error: unknown) => {
        uid = undefined;
        throw error;
      });
      return uid;
    },

    call(request: CallRequest): Promise<unknown> {
      return withRetry(request, request.readOnly, () => post(request));
    },
  };

  // `/web/version` needs no key and no database (Odoo 19's rpc module serves it).
  async function askVersion(): Promise<ServerVersion> {
    const answer = await exchange({
      method: 'GET',
      url: `${base}/web/version`,
      headers: { Accept: 'application/json' },
      timeoutMs,
      site: versionSite,
      shownUrl,
    });
    return parseWebVersion(readAnswer(answer, versionSite));
  }

  // The key alone says who we are: `context_get` runs as the key's user and names its uid.
  async function whoAmI(): Promise<number> {
    const request = { model: 'res.users', method: 'context_get', readOnly: true };
    const answer = contextGet.safeParse(await withRetry(request, true, () => post(request)));
    if (!answer.success) {
      throw new ServerError('Odoo res.users/context_get did not name the API key user', {
        cause: answer.error,
      });
    }
    if (options.login !== undefined) await checkLogin(answer.data.uid, options.login);
    return answer.data.uid;
  }

  // XML-RPC refuses a key that is not the login's; JSON-2 must not quietly act as someone else.
  async function checkLogin(userId: number, login: string): Promise<void> {
    const request = {
      model: 'res.users',
      method: 'read',
      ids: [userId],
      params: { fields: ['login'] },
      readOnly: true,
    };
    const rows = userLogins.safeParse(await withRetry(request, true, () => post(request)));
    const owner = rows.success ? rows.data[0]?.login : undefined;
    if (owner?.toLowerCase() === login.toLowerCase()) return;
    throw new AuthError(
      `Odoo at ${shownUrl}: the API key belongs to ${owner ?? `user ${userId}`}, not to ` +
        `ODOO_LOGIN ${login}; ${credentialsHint}`,
    );
  }

  // Only reads are repeated, and only when Odoo could not be reached: a write that timed out
  // may have been committed, so sending it again could log the same hours twice.
  function withRetry<T>(site: CallSite, readOnly: boolean, send: () => Promise<T>) {
    return withReadRetry(send, { readOnly, policy, site, logger });
  }
}
