import { HangUp } from '../calls.js';
import { publicMethod } from '../engine/dispatch.js';
import type { EngineCall, OdooEngine } from '../engine/engine.js';
import { OdooFault } from '../engine/fault.js';
import type { Context } from '../engine/types.js';
import { type EnvelopeStyle, encodeFault, encodeResponse, parseMethodCall } from './codec.js';
import { toXmlRpcFault } from './faults.js';

/** Runs one engine call with the stand-in's logging and fault injection around it. */
export type Dispatch = (call: EngineCall) => Promise<unknown>;

/** Runs a `common` service call (no model) with the stand-in's hooks around it. */
export type ServiceHook = (method: string) => Promise<void>;

export interface XmlRpcOptions {
  engine: OdooEngine;
  dispatch: Dispatch;
  onService?: ServiceHook;
}

function versionInfo(engine: OdooEngine) {
  const major = Number.parseInt(engine.version, 10);
  return {
    server_version: engine.version === '17.0' ? '17.0-20240709' : engine.version,
    server_version_info: [major, 0, 0, 'final', 0, ''],
    server_serie: engine.version,
    protocol_version: 1,
  };
}

function typeError(message: string): OdooFault {
  return new OdooFault({ exception: 'builtins.TypeError', message });
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

function common(engine: OdooEngine, method: string, params: unknown[]): unknown {
  const [db, login, key] = params.map(asText);
  switch (method) {
    case 'version':
      return versionInfo(engine);
    case 'authenticate':
    case 'login':
      return engine.authenticate(db ?? '', login ?? '', key ?? '');
    case 'about':
      return 'See http://openerp.com';
    default:
      throw new OdooFault({
        exception: 'builtins.Exception',
        message: `Method not found: ${method}`,
      });
  }
}

/** Maps `execute_kw`'s positional args onto the method's parameter names. */
export function bindArgs(
  engine: OdooEngine,
  model: string,
  method: string,
  args: unknown[],
  kwargs: Record<string, unknown>,
): { ids?: number[]; params: Record<string, unknown> } {
  const spec = publicMethod(engine, model, method);
  const rest = [...args];
  let ids: number[] | undefined;
  if (!spec.modelLevel) {
    if (rest.length === 0) {
      throw new OdooFault({
        exception: 'builtins.IndexError',
        message: 'tuple index out of range',
      });
    }
    const first = rest.shift();
    ids = (Array.isArray(first) ? first : [first]).filter(
      (id): id is number => typeof id === 'number',
    );
  }
  if (rest.length > spec.params.length) {
    throw typeError(
      `${method}() takes ${spec.params.length + 1} positional arguments but ` +
        `${rest.length + 1} were given`,
    );
  }
  const params: Record<string, unknown> = {};
  rest.forEach((value, index) => {
    const name = spec.params[index]?.name;
    if (name) params[name] = value;
  });
  for (const [name, value] of Object.entries(kwargs)) {
    if (name in params) throw typeError(`${method}() got multiple values for argument '${name}'`);
    params[name] = value;
  }
  return ids === undefined ? { params } : { ids, params };
}

function userContext(engine: OdooEngine, uid: number, sent: unknown): Context {
  const user = engine.row('res.users', uid);
  const base: Context = { lang: user?.lang || 'en_US', tz: user?.tz || false, uid };
  return sent && typeof sent === 'object' && !Array.isArray(sent) ? { ...base, ...sent } : base;
}

async function object(options: XmlRpcOptions, method: string, params: unknown[]) {
  const { engine } = options;
  if (method !== 'execute_kw' && method !== 'execute') {
    throw new OdooFault({
      exception: 'builtins.NameError',
      message: `Method not available ${method}`,
    });
  }
  const [db, uid, key, model, name, args, kwargs] = params;
  engine.checkCredentials(asText(db), Number(uid), asText(key));
  const positional = method === 'execute' ? params.slice(5) : Array.isArray(args) ? args : [];
  const named =
    method === 'execute_kw' && kwargs && typeof kwargs === 'object'
      ? { ...(kwargs as Record<string, unknown>) }
      : {};
  const context = userContext(engine, Number(uid), named.context);
  delete named.context;
  const bound = bindArgs(engine, asText(model), asText(name), positional, named);
  return options.dispatch({
    uid: Number(uid),
    model: asText(model),
    method: asText(name),
    ...bound,
    context,
  });
}

/** Answers one XML-RPC request body for `/xmlrpc/2/<service>`; always HTTP 200, like Odoo. */
export async function handleXmlRpc(
  options: XmlRpcOptions,
  service: string,
  body: string,
): Promise<string> {
  const style: EnvelopeStyle = options.engine.version === '19.0' ? 'odoo19' : 'python';
  try {
    const call = parseMethodCall(body);
    let result: unknown;
    if (service === 'common') {
      await options.onService?.(call.methodName);
      result = common(options.engine, call.methodName, call.params);
    } else if (service === 'object') {
      result = await object(options, call.methodName, call.params);
    } else if (service === 'db' && call.methodName === 'list') {
      result = [options.engine.db];
    } else {
      throw new OdooFault({ exception: 'builtins.KeyError', message: `'${service}'` });
    }
    return encodeResponse(result, style);
  } catch (error) {
    if (error instanceof HangUp) throw error;
    const fault = toXmlRpcFault(error, options.engine.version);
    return encodeFault(fault.faultCode, fault.faultString, style);
  }
}
