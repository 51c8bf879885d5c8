import { errorReply, type HttpReply, httpErrorReply } from './replies.js';

/** What the JSON-2 endpoint needs of the engine's OdooFault. */
export interface FaultLike {
  exception: string;
  message: string;
  kind: string;
  model?: string | undefined;
}

/** True for an error the engine raised as Odoo would (an OdooFault). */
export function isFaultLike(error: unknown): error is FaultLike {
  return (
    error instanceof Error &&
    'exception' in error &&
    typeof error.exception === 'string' &&
    'kind' in error &&
    typeof error.kind === 'string'
  );
}

// `http_status` of Odoo's exceptions (odoo/exceptions.py); everything else is a 500.
const exceptionStatus: Record<string, number> = {
  'odoo.exceptions.UserError': 422,
  'odoo.exceptions.ValidationError': 422,
  'odoo.exceptions.RedirectWarning': 422,
  'odoo.exceptions.AccessError': 403,
  'odoo.exceptions.AccessDenied': 403,
  'odoo.exceptions.MissingError': 404,
  'odoo.exceptions.LockError': 409,
};

/** The status and body Odoo 19's JSON-2 endpoint answers for an engine fault. */
export function faultReply(fault: FaultLike): HttpReply {
  switch (fault.kind) {
    case 'unknown_model':
      return httpErrorReply(404, `the model '${fault.model ?? ''}' does not exist`);
    case 'unknown_method':
      return httpErrorReply(404, fault.message);
    // The controller binds the arguments to the method's signature before the call and
    // answers werkzeug's 422 when they do not fit.
    case 'missing_argument':
    case 'unexpected_argument':
    case 'ids_on_model_method':
      return httpErrorReply(422, fault.message);
    default:
      return errorReply(exceptionStatus[fault.exception] ?? 500, fault.exception, fault.message);
  }
}
