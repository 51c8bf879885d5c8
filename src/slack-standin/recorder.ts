import { EventEmitter } from 'node:events';
import type { RecordedCall } from './types.js';

/** Events a stand-in emits; a browser playground subscribes to stay in step. */
export type StandinEvents = { call: [RecordedCall] };

/** Keeps every call in order and tells listeners about each one. */
export class CallRecorder {
  readonly calls: RecordedCall[] = [];
  readonly events = new EventEmitter<StandinEvents>();

  constructor(private readonly clock: () => number) {}

  record(call: Omit<RecordedCall, 'seq' | 'time'>): RecordedCall {
    const recorded: RecordedCall = { seq: this.calls.length + 1, time: this.clock(), ...call };
    this.calls.push(recorded);
    this.events.emit('call', recorded);
    return recorded;
  }

  /**
   * The first call of `method` matching `predicate`, already recorded or still to come;
   * rejects after `timeoutMs` naming the method, so a test fails with a reason.
   */
  waitForCall(
    method: string,
    predicate: (call: RecordedCall) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<RecordedCall> {
    const matches = (call: RecordedCall) => call.method === method && predicate(call);
    const earlier = this.calls.find(matches);
    if (earlier) return Promise.resolve(earlier);

    return new Promise((resolve, reject) => {
      const listener = (call: RecordedCall) => {
        if (!matches(call)) return;
        clearTimeout(timer);
        this.events.off('call', listener);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.events.off('call', listener);
        reject(new Error(`No ${method} call arrived within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on('call', listener);
    });
  }
}
