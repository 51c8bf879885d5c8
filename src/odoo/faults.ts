import {
  AccessError,
  AuthError,
  NotFoundError,
  ServerError,
  ValidationError,
  type WalletError,
  type WalletErrorOptions,
} from '../errors.js';

/** What was called, for messages: a model and its method, or a service method alone. */
export interface CallSite {
  model?: string;
  method: string;
}

/** An exception as Odoo names it, whatever the protocol that carried it. */
export interface OdooException {
  /** The Python class path, e.g. `odoo.exceptions.ValidationError` or `builtins.ValueError`. */
  exception: string;
  /** Odoo's message: user-facing for Odoo's own exceptions. */
  message: string;
  /** The full text for the log (a whole traceback); never shown to users. */
  detail?: string;
}

/** The called model is not installed on the server. */
export class MissingModelError extends ServerError {
  readonly model: string;

  constructor(model: string, message: string, options?: WalletErrorOptions) {
    super(message, options);
    this.name = 'MissingModelError';
    this.model = model;
  }
}

/** The called method does not exist on the model (an older or newer Odoo). */
export class MissingMethodError extends ServerError {
  /** The bare method name, e.g. `formatted_read_group`. */
  readonly method: string;

  constructor(method: string, message: string, options?: WalletErrorOptions) {
    super(message, options);
    this.name = 'MissingMethodError';
    this.method = method;
  }
}

export const credentialsHint = 'check ODOO_LOGIN, ODOO_API_KEY and ODOO_DB';

const kinds: Record<string, 'auth' | 'access' | 'not_found' | 'validation'> = {
  'odoo.exceptions.AccessDenied': 'auth',
  'werkzeug.exceptions.Unauthorized': 'auth',
  'odoo.exceptions.AccessError': 'access',
  'odoo.exceptions.MissingError': 'not_found',
  'odoo.exceptions.UserError': 'validation',
  'odoo.exceptions.ValidationError': 'validation',
  'odoo.exceptions.RedirectWarning': 'validation',
};

// XML-RPC says "Object x doesn't exist"; JSON-2 says "the model 'x' does not exist".
const missingModel = /^Object (\S+) doesn't exist|the model '([^']+)' does not exist/;
// 19: "The method 'res.partner.x' does not exist"; 17: "The method 'x' does not exist on ...".
const missingMethod = /The method '(?:[\w.]*\.)?(\w+)' does not exist/;

/** `project.task.write` or `authenticate`. */
export function describeSite(site: CallSite): string {
  return site.model ? `${site.model}.${site.method}` : site.method;
}

/** Maps an Odoo exception (class name and message) to our error classes. */
export function errorFromOdooException(
  odoo: OdooException,
  site: CallSite,
  cause?: unknown,
): WalletError {
  const where = describeSite(site);
  const message = odoo.message.trim();
  const options = { cause, detail: odoo.detail ?? odoo.message };
  const model = missingModel.exec(message);
  if (model) {
    const name = model[1] ?? model[2] ?? '?';
    const text = `Odoo has no model ${name} (called by ${where}): its module is not installed`;
    return new MissingModelError(name, text, options);
  }

  const shortName = odoo.exception.split('.').pop() ?? odoo.exception;
  const method = missingMethod.exec(message);
  if (method && (shortName === 'AttributeError' || shortName === 'NotFound')) {
    const name = method[1] ?? site.method;
    return new MissingMethodError(name, `Odoo failed on ${where}: ${message}`, options);
  }

  switch (kinds[odoo.exception]) {
    case 'auth':
      return new AuthError(
        `Odoo refused the credentials on ${where} (${message}): ${credentialsHint}`,
        options,
      );
    case 'access':
      return new AccessError(`Odoo denied ${where}: ${message}`, options);
    case 'not_found':
      return new NotFoundError(`Odoo could not find the record for ${where}: ${message}`, options);
    case 'validation':
      return new ValidationError(`Odoo refused ${where}: ${message}`, options);
    default:
      return new ServerError(`Odoo failed on ${where}: ${shortName}: ${message}`, options);
  }
}

/**
 * Reads the exception at the end of a Python traceback: the lines after the last indented
 * frame line, the first shaped `module.Class: message` (builtins have no module).
 */
export function exceptionFromTraceback(traceback: string): OdooException {
  const lines = traceback.trimEnd().split('\n');
  const lastFrame = lines.findLastIndex((line) => /^\s/.test(line));
  const [head = '', ...rest] = lines.slice(lastFrame + 1);
  const match = /^([A-Za-z_][\w.]*)(?:: ?(.*))?$/.exec(head);
  if (!match?.[1]) return { exception: 'builtins.Exception', message: head, detail: traceback };

  const exception = match[1].includes('.') ? match[1] : `builtins.${match[1]}`;
  const message = [match[2] ?? '', ...rest].join('\n');
  return { exception, message, detail: traceback };
}

/**
 * Turns an XML-RPC fault into the Odoo exception it stands for. Codes: 1 an unexpected
 * error with a whole traceback, 2 a user-facing error (message kept whole), 3 Access
 * Denied, 4 an access error.
 */
export function exceptionFromFault(faultCode: number | string, faultString: string): OdooException {
  const text = faultString.trim();
  if (faultCode === 3 || text === 'Access Denied') {
    return { exception: 'odoo.exceptions.AccessDenied', message: text, detail: faultString };
  }
  if (faultCode === 4) {
    return { exception: 'odoo.exceptions.AccessError', message: text, detail: faultString };
  }
  if (faultCode === 2) {
    const exception = text.startsWith('Record does not exist or has been deleted')
      ? 'odoo.exceptions.MissingError'
      : 'odoo.exceptions.UserError';
    return { exception, message: text, detail: faultString };
  }
  return exceptionFromTraceback(faultString);
}

/** Maps an XML-RPC fault to our error classes. */
export function errorFromFault(
  fault: { faultCode: number | string; faultString: string },
  site: CallSite,
  cause?: unknown,
): WalletError {
  return errorFromOdooException(
    exceptionFromFault(fault.faultCode, fault.faultString),
    site,
    cause,
  );
}
