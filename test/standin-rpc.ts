import xmlrpc from 'xmlrpc';
import type { OdooStandin } from '../src/odoo-standin/index.js';

/** An XML-RPC fault as the npm `xmlrpc` client reports it. */
export interface Fault {
  faultCode: number;
  faultString: string;
}

/** Calls a method with the npm `xmlrpc` client; rejects with the fault struct on a fault. */
export function xmlCall(url: string, method: string, params: unknown[]): Promise<unknown> {
  const client = xmlrpc.createClient({ url });
  return new Promise((resolve, reject) => {
    client.methodCall(method, params, (error: unknown, value: unknown) => {
      if (!error) return resolve(value);
      const fault = error as Partial<Fault>;
      if (typeof fault.faultCode === 'number') {
        reject({ faultCode: fault.faultCode, faultString: String(fault.faultString) });
      } else {
        reject(error);
      }
    });
  });
}

/** `execute_kw` as the admin of a stand-in. */
export function kw(
  standin: OdooStandin,
  model: string,
  method: string,
  args: unknown[],
  kwargs: Record<string, unknown> = {},
): Promise<unknown> {
  const params = [standin.db, 2, standin.apiKey, model, method, args, kwargs];
  return xmlCall(`${standin.url}/xmlrpc/2/object`, 'execute_kw', params);
}

/** The fault a call ends with; fails the test when it succeeds. */
export async function faultOf(promise: Promise<unknown>): Promise<Fault> {
  try {
    await promise;
  } catch (error) {
    return error as Fault;
  }
  throw new Error('expected a fault, got a result');
}

/** The last line of a faultString (the message of a traceback). */
export function lastLine(faultString: string): string {
  return faultString.trim().split('\n').pop() ?? '';
}
