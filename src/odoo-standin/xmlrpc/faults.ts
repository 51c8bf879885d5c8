import { EXC, OdooFault } from '../engine/fault.js';
import type { OdooVersion } from '../engine/types.js';
import { NoneNotAllowed } from './codec.js';

export interface XmlRpcFault {
  faultCode: number;
  faultString: string;
}

const FRAMES_19 = [
  [
    '/opt/odoo/addons/rpc/controllers/xmlrpc.py',
    162,
    'xmlrpc_2',
    'response = self._xmlrpc(service)',
  ],
  [
    '/opt/odoo/addons/rpc/controllers/xmlrpc.py',
    134,
    '_xmlrpc',
    'result = dispatch_rpc(service, method, params)',
  ],
  ['/opt/odoo/odoo/http.py', 439, 'dispatch_rpc', 'return dispatch(method, params)'],
  [
    '/opt/odoo/odoo/service/model.py',
    129,
    'dispatch',
    'res = execute_cr(cr, uid, model, method_, args, kw)',
  ],
  ['/opt/odoo/odoo/service/model.py', 93, 'call_kw', 'result = method(recs, *args, **kwargs)'],
] as const;

const FRAMES_17 = [
  ['odoo/addons/base/controllers/rpc.py', 150, 'xmlrpc_2', 'response = self._xmlrpc(service)'],
  [
    'odoo/addons/base/controllers/rpc.py',
    127,
    '_xmlrpc',
    'result = dispatch_rpc(service, method, params)',
  ],
  ['odoo/http.py', 368, 'dispatch_rpc', 'return dispatch(method, params)'],
  ['odoo/service/model.py', 39, 'dispatch', 'res = execute_kw(db, uid, *params[3:])'],
  ['odoo/api.py', 466, 'call_kw', 'result = _call_kw_multi(method, model, args, kwargs)'],
] as const;

/** A Python-style traceback whose last line is `ExceptionClass: message`, as Odoo sends. */
export function traceback(version: OdooVersion, exception: string, message: string): string {
  const frames = version === '19.0' ? FRAMES_19 : FRAMES_17;
  const lines = ['Traceback (most recent call last):'];
  for (const [file, line, fn, code] of frames) {
    lines.push(`  File "${file}", line ${line}, in ${fn}`, `    ${code}`);
  }
  lines.push(`${exception}: ${message}`);
  return `${lines.join('\n')}\n`;
}

const USER_ERRORS: ReadonlySet<string> = new Set([EXC.user, EXC.validation, EXC.missing]);

/** Turns any error of a call into the fault Odoo's XML-RPC controller would send. */
export function toXmlRpcFault(error: unknown, version: OdooVersion): XmlRpcFault {
  if (error instanceof OdooFault) {
    if (error.exception === EXC.denied) return { faultCode: 3, faultString: 'Access Denied' };
    if (error.exception === EXC.access) return { faultCode: 4, faultString: error.message };
    if (USER_ERRORS.has(error.exception)) return { faultCode: 2, faultString: error.message };
    return {
      faultCode: 1,
      faultString: traceback(version, error.shortException, error.message),
    };
  }
  if (error instanceof NoneNotAllowed) {
    return { faultCode: 1, faultString: traceback(version, 'TypeError', error.message) };
  }
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error && error.name !== 'Error' ? error.name : 'Exception';
  return { faultCode: 1, faultString: traceback(version, name, message) };
}
