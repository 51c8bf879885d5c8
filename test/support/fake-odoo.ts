import { recordedResponse } from './odoo-fixtures.js';
import { answerXml, type ReceivedCall, type Reply, type Responder } from './xmlrpc-server.js';

/** An `execute_kw` call taken apart. */
export interface ExecuteCall {
  model: string;
  method: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
}

/** Splits an `execute_kw` call into model, method and arguments. */
export function executeCall(call: ReceivedCall): ExecuteCall {
  const [, , , model, method, args, kwargs] = call.params;
  return {
    model: String(model),
    method: String(method),
    args: Array.isArray(args) ? args : [],
    kwargs: typeof kwargs === 'object' && kwargs !== null ? { ...kwargs } : {},
  };
}

/** The `execute_kw` calls a server received. */
export function executeCalls(calls: ReceivedCall[]): ExecuteCall[] {
  return calls.filter((call) => call.method === 'execute_kw').map(executeCall);
}

/**
 * A responder that logs in (uid 2), reports Odoo 19, and hands `execute_kw` calls to
 * `execute`, whose return value is the answer unless it is already a Reply.
 */
export function fakeOdoo(execute: (call: ExecuteCall, index: number) => unknown): Responder {
  return (call, index): Reply => {
    if (call.method === 'version') return { xml: recordedResponse('raw/version') };
    if (call.method === 'authenticate') return { xml: answerXml(2) };
    if (call.method !== 'execute_kw') return { status: 404, body: 'not found' };
    const answer = execute(executeCall(call), index);
    if (answer === 'drop' || answer === 'hang') return answer;
    if (typeof answer === 'object' && answer !== null && ('xml' in answer || 'status' in answer)) {
      return answer as Reply;
    }
    return { xml: answerXml(answer) };
  };
}
