import type { AddressInfo } from 'node:net';
import type { OdooSettings } from '../config.js';
import { type CallHook, CallLog, type CallRecord, HangUp, type Protocol } from './calls.js';
import { seedBaseData } from './demo/base-data.js';
import { seedDemo } from './demo/demo-data.js';
import { type EngineCall, OdooEngine } from './engine/engine.js';
import { floatKeysOf, type OdooVersion } from './engine/types.js';
import { json2Routes } from './json2/mount.js';
import { closeServer, listen, type RouteHandler } from './server.js';
import { handleXmlRpc } from './xmlrpc/endpoint.js';

export type { CallHook, CallRecord, Protocol } from './calls.js';
export { CallLog, HangUp } from './calls.js';
export { DEMO_USERS, type DemoUser } from './demo/demo-data.js';
export { type ScaleOptions, type ScaleResult, seedScale } from './demo/scale.js';
export type { EngineCall, SearchOptions } from './engine/engine.js';
export { OdooEngine } from './engine/engine.js';
export { EXC, type FaultKind, OdooFault } from './engine/fault.js';
export { FLOAT_KEYS, floatKeysOf, type OdooVersion } from './engine/types.js';
export type { RouteHandler } from './server.js';

/** The demo administrator's API key (a throw-away value; the stand-in only runs locally). */
export const DEMO_ADMIN_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

export interface StandinOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: '127.0.0.1' | 'localhost';
  version?: OdooVersion;
  /** `demo` (default): support projects, batches and timesheets; `empty`: a fresh database. */
  data?: 'demo' | 'empty';
  /** Delay before every answer, to look like a remote server. */
  latencyMs?: number;
  /** The clock; demo dates are relative to it. Defaults to the real time. */
  now?: Date | (() => Date);
  db?: string;
  /** The administrator's API key (login `admin`). */
  apiKey?: string;
  /** Install the `strictbase_task_sol_lock` server module (listed in ir.module.module). */
  lockModule?: boolean;
}

export interface OdooStandin {
  url: string;
  db: string;
  login: string;
  apiKey: string;
  /** Ready settings for the product's Odoo client. */
  settings: OdooSettings;
  version: OdooVersion;
  /** Direct access to models and records, bypassing RPC. */
  engine: OdooEngine;
  calls: CallLog;
  /** Adds a hook run before every call (delay, fail, hang up); returns its removal. */
  onCall(hook: CallHook): () => void;
  /** Runs a model call the way every endpoint must: logged, hooked, then the engine. */
  dispatch(protocol: Protocol, call: EngineCall): Promise<unknown>;
  /** Serves another protocol under a path prefix (e.g. `/json/2/`) on the same port. */
  route(prefix: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

/** Starts an in-memory Odoo that speaks XML-RPC on 127.0.0.1. */
export async function startOdooStandin(options: StandinOptions = {}): Promise<OdooStandin> {
  const now = options.now;
  const clock = typeof now === 'function' ? now : now ? () => now : () => new Date();
  const engine = new OdooEngine({
    version: options.version ?? '19.0',
    db: options.db ?? 'wallet',
    now: clock,
  });
  const apiKey = options.apiKey ?? DEMO_ADMIN_KEY;
  seedBaseData(engine, { adminKey: apiKey, lockModule: options.lockModule ?? false });
  if ((options.data ?? 'demo') === 'demo') seedDemo(engine);

  const calls = new CallLog();
  const hooks: CallHook[] = [];
  const runHooks = async (record: CallRecord) => {
    for (const hook of [...hooks]) {
      if ((await hook(record)) === 'hang-up') throw new HangUp();
    }
  };
  const dispatch = async (protocol: Protocol, call: EngineCall) => {
    const record = calls.record(protocol, call);
    await runHooks(record);
    return engine.call(call);
  };

  const routes: Array<{ prefix: string; handler: RouteHandler }> = [];
  const xmlrpc: RouteHandler = async (_req, res, body) => {
    const service = (_req.url ?? '').split('?')[0]?.split('/').filter(Boolean).pop() ?? '';
    const answer = await handleXmlRpc(
      {
        engine,
        dispatch: (call) => dispatch('xmlrpc', call),
        onService: (method) => runHooks(calls.record('xmlrpc', { model: null, method })),
      },
      service,
      body.toString('utf8'),
    );
    res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' }).end(answer);
  };
  routes.push({ prefix: '/xmlrpc/', handler: xmlrpc });
  routes.push(
    ...json2Routes({
      engine,
      dispatch: (call) => dispatch('json2', call),
      floatKeys: floatKeysOf,
    }),
  );

  const host = options.host ?? '127.0.0.1';
  const server = await listen({
    host,
    port: options.port ?? 0,
    latencyMs: options.latencyMs ?? 0,
    routes,
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  const db = engine.db;
  return {
    url,
    db,
    login: 'admin',
    apiKey,
    settings: { url, db, login: 'admin', apiKey, protocol: 'auto', timeoutMs: 30_000 },
    version: engine.version,
    engine,
    calls,
    onCall(hook) {
      hooks.push(hook);
      return () => {
        const index = hooks.indexOf(hook);
        if (index >= 0) hooks.splice(index, 1);
      };
    },
    dispatch,
    route(prefix, handler) {
      routes.unshift({ prefix, handler });
    },
    close: () => closeServer(server),
  };
}
