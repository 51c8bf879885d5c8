import type { MethodSpec } from './behaviour.js';
import type { EngineCall, OdooEngine } from './engine.js';
import { EXC, OdooFault } from './fault.js';
import { genericMethods } from './methods.js';

/** Methods Odoo marks `@api.private` besides the `_underscore` ones. */
const PRIVATE = new Set(['exists', 'check_access', 'browse', 'sudo', 'with_context', 'ensure_one']);

/** Methods that only exist from a given version on. */
const SINCE_19 = new Set(['formatted_read_group']);

function privateFault(engine: OdooEngine, model: string, method: string): OdooFault {
  const example = engine.version === '19.0' ? `'${model}.${method}'` : method;
  return new OdooFault({
    exception: EXC.access,
    message: `Private methods (such as ${example}) cannot be called remotely.`,
    kind: 'private_method',
    model,
    method,
  });
}

function unknownFault(engine: OdooEngine, model: string, method: string): OdooFault {
  const message =
    engine.version === '19.0'
      ? `The method '${model}.${method}' does not exist`
      : `The method '${method}' does not exist on the model '${model}'`;
  return new OdooFault({
    exception: EXC.attribute,
    message,
    kind: 'unknown_method',
    model,
    method,
  });
}

/** Finds a public method the way Odoo's `get_public_method` does. */
export function publicMethod(engine: OdooEngine, model: string, method: string): MethodSpec {
  engine.table(model);
  if (method.startsWith('_') || PRIVATE.has(method)) throw privateFault(engine, model, method);
  const spec = engine.method(model, method) ?? genericMethods[method];
  if (!spec || (SINCE_19.has(method) && engine.version !== '19.0')) {
    throw unknownFault(engine, model, method);
  }
  return spec;
}

function typeFault(kind: OdooFault['kind'], message: string, call: EngineCall): OdooFault {
  return new OdooFault({
    exception: EXC.type,
    message,
    kind,
    model: call.model,
    method: call.method,
  });
}

/** Binds named arguments to the method's signature, then runs it. */
export function callMethod(engine: OdooEngine, call: EngineCall): unknown {
  const spec = publicMethod(engine, call.model, call.method);
  const params = call.params ?? {};
  const ids = call.ids ?? [];
  if (spec.modelLevel && call.ids !== undefined && ids.length > 0) {
    throw typeFault(
      'ids_on_model_method',
      `cannot call ${call.model}.${call.method} with ids`,
      call,
    );
  }
  // Python's signature binding reports a missing argument before an unexpected one.
  for (const param of spec.params) {
    if (param.required && params[param.name] === undefined) {
      throw typeFault('missing_argument', `missing a required argument: '${param.name}'`, call);
    }
  }
  const names = new Set(spec.params.map((param) => param.name));
  for (const name of Object.keys(params)) {
    if (!names.has(name) && !spec.varKeywords) {
      throw typeFault('unexpected_argument', `got an unexpected keyword argument '${name}'`, call);
    }
  }
  return spec.run({
    engine,
    uid: call.uid,
    model: call.model,
    ids,
    params,
    context: call.context ?? {},
  });
}
