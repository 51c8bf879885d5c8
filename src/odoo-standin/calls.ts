import type { EngineCall } from './engine/engine.js';

export type Protocol = 'xmlrpc' | 'json2';

/** One RPC call as the stand-in saw it. */
export interface CallRecord {
  protocol: Protocol;
  /** `null` for the `common` service (version, authenticate). */
  model: string | null;
  method: string;
  ids?: number[];
  params?: Record<string, unknown>;
  /** 1 for the first call of this model and method, 2 for the second... */
  nth: number;
}

/** What a hook may answer: nothing (go on), or `'hang-up'` to drop the connection unanswered. */
export type HookAnswer = undefined | 'hang-up';

/**
 * Runs before every call; it may wait (a slow Odoo) or throw (an OdooFault becomes the
 * protocol's fault, any other error a server error).
 */
export type CallHook = (
  call: CallRecord,
) => HookAnswer | Promise<HookAnswer> | void | Promise<void>;

/** The log of calls, for assertions such as "one search_read, no write". */
export class CallLog {
  readonly list: CallRecord[] = [];
  private readonly counts = new Map<string, number>();

  record(
    protocol: Protocol,
    call: Pick<EngineCall, 'method' | 'ids' | 'params'> & { model: string | null },
  ) {
    const key = `${call.model ?? ''}/${call.method}`;
    const nth = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, nth);
    const record: CallRecord = { protocol, model: call.model, method: call.method, nth };
    if (call.ids) record.ids = call.ids;
    if (call.params) record.params = call.params;
    this.list.push(record);
    return record;
  }

  /** How many calls matched (any model or method when left out). */
  count(model?: string, method?: string): number {
    return this.list.filter(
      (call) =>
        (model === undefined || call.model === model) &&
        (method === undefined || call.method === method),
    ).length;
  }

  reset(): void {
    this.list.length = 0;
    this.counts.clear();
  }
}

/** Thrown by the dispatcher when a hook asked to drop the connection. */
export class HangUp extends Error {
  constructor() {
    super('connection dropped by a test hook');
    this.name = 'HangUp';
  }
}
