import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { ServerError, UnavailableError } from '../errors.js';
import { type Logger, silentLogger } from '../logger.js';
import { type HttpAnswer, isJsonAnswer, json2Error, safeJsonParse } from './json2-errors.js';
import { exchange } from './json2-http.js';
import { parseWebVersion } from './json2-version.js';
import type { CallContext, CallRequest, OdooTransport, ServerVersion } from './types.js';

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** Wait before the first retry; doubled for each next one. */
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Json2TransportOptions {
  /** Base URL of the Odoo server, without a trailing slash. */
  url: string;
  /** Sent as `X-Odoo-Database`; `null` lets a server with one database pick it. */
  db: string | null;
  apiKey: string;
  timeoutMs?: number;
  logger?: Logger;
  retry?: RetryOptions;
  /** The time zone sent in the default context, as the XML-RPC transport does. */
  tz?: string;
}

const contextGet = z.object({ uid: z.number().int().positive() });

/** A transport speaking Odoo 19's JSON-2 API (`POST /json/2/<model>/<method>`). */
export function createJson2Transport(options: Json2TransportOptions): OdooTransport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const logger = options.logger ?? silentLogger;
  // JSON-2 replaces the server's context instead of merging it: without these a call runs
  // with no language and no time zone. The XML-RPC transport sends the same defaults.
  const baseContext: CallContext = { lang: 'en_US', tz: options.tz ?? 'UTC' };
  let uid: Promise<number> | undefined;
  const base = options.url.replace(/\/+$/, '');
  const site = (what: string) => ({ url: withoutCredentials(base), db: options.db, what });

  const headers: Record<string, string> = {
    Authorization: `bearer ${options.apiKey}`,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  if (options.db !== null) headers['X-Odoo-Database'] = options.db;

  async function post(request: CallRequest): Promise<unknown> {
    const what = `${request.model}.${request.method}`;
    const body: Record<string, unknown> = { ...request.params };
    if (request.ids !== undefined) body.ids = request.ids;
    body.context = { ...baseContext, ...request.context };

    const path = `/json/2/${encodeURIComponent(request.model)}/${encodeURIComponent(request.method)}`;
    const started = performance.now();
    const answer = await exchange({
      method: 'POST',
      url: `${base}${path}`,
      headers,
      body: JSON.stringify(body),
      timeoutMs,
      what,
    });
    logger.debug('Odoo call', {
      protocol: 'json2',
      call: what,
      status: answer.status,
      ms: Math.round(performance.now() - started),
    });
    return readAnswer(answer, what);
  }

  function readAnswer(answer: HttpAnswer, what: string): unknown {
    if (answer.status !== 200) throw json2Error(answer, site(what));

    const value = isJsonAnswer(answer) ? safeJsonParse(answer.text) : undefined;
    if (value === undefined) {
      throw new ServerError(`Odoo answered ${what} with something that is not JSON`, {
        detail: answer.text.slice(0, 2000),
      });
    }
    return value;
  }

  return {
    protocol: 'json2',

    async version(): Promise<ServerVersion> {
      const answer = await exchange({
        method: 'GET',
        url: `${base}/web/version`,
        headers: { Accept: 'application/json' },
        timeoutMs,
        what: '/web/version',
      });
      return parseWebVersion(readAnswer(answer, '/web/version'));
    },

    authenticate(): Promise<number> {
      uid ??= whoAmI().catch((error: unknown) => {
        uid = undefined;
        throw error;
      });
      return uid;
    },

    call(request: CallRequest): Promise<unknown> {
      return withRetry(request, () => post(request));
    },
  };

  // The key alone says who we are: `context_get` runs as the key's user and names its uid.
  async function whoAmI(): Promise<number> {
    const request = { model: 'res.users', method: 'context_get', readOnly: true };
    const answer = contextGet.safeParse(await withRetry(request, () => post(request)));
    if (!answer.success) {
      throw new ServerError('Odoo res.users/context_get did not name the API key user', {
        cause: answer.error,
      });
    }
    return answer.data.uid;
  }

  // Only reads are repeated, and only when Odoo could not be reached: a write that timed out
  // may have been committed, so sending it again could log the same hours twice.
  async function withRetry<T>(request: CallRequest, run: () => Promise<T>): Promise<T> {
    const attempts = request.readOnly ? (options.retry?.attempts ?? 3) : 1;
    const baseDelayMs = options.retry?.baseDelayMs ?? 250;
    const sleep = options.retry?.sleep ?? defaultSleep;

    for (let attempt = 1; ; attempt += 1) {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof UnavailableError) || attempt >= attempts) throw error;
        const delayMs = baseDelayMs * 2 ** (attempt - 1);
        logger.warn('odoo unreachable, retrying a read', {
          call: `${request.model}.${request.method}`,
          attempt,
          delayMs,
          error,
        });
        await sleep(delayMs);
      }
    }
  }
}

// A URL may carry a user and password; messages and logs must not.
function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString().replace(/\/+$/, '');
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
