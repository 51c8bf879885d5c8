import { pyRepr } from './py-repr.js';

/**
 * Where the two protocols word or classify a fault differently; `plain` means both report
 * `exception` and `message` as they are.
 */
export type FaultKind =
  | 'plain'
  | 'unknown_model'
  | 'unknown_method'
  | 'private_method'
  | 'missing_argument'
  | 'unexpected_argument'
  | 'ids_on_model_method'
  | 'access_denied';

export interface FaultInit {
  exception: string;
  message: string;
  kind?: FaultKind;
  /** The model a kind such as `unknown_model` is about. */
  model?: string;
  method?: string;
}

/** An error Odoo would raise: the Python class it reports and the text it shows. */
export class OdooFault extends Error {
  readonly exception: string;
  readonly kind: FaultKind;
  readonly model: string | undefined;
  readonly method: string | undefined;

  constructor(init: FaultInit) {
    super(init.message);
    this.name = 'OdooFault';
    this.exception = init.exception;
    this.kind = init.kind ?? 'plain';
    this.model = init.model;
    this.method = init.method;
  }

  /** The Python class name without its module, as a traceback's last line prints it. */
  get shortException(): string {
    return this.exception.replace(/^builtins\./, '');
  }
}

export const EXC = {
  user: 'odoo.exceptions.UserError',
  validation: 'odoo.exceptions.ValidationError',
  missing: 'odoo.exceptions.MissingError',
  access: 'odoo.exceptions.AccessError',
  denied: 'odoo.exceptions.AccessDenied',
  value: 'builtins.ValueError',
  attribute: 'builtins.AttributeError',
  type: 'builtins.TypeError',
  key: 'builtins.KeyError',
} as const;

/** A builtins.ValueError, the class Odoo raises for bad domains, fields and values. */
export function valueError(message: string): OdooFault {
  return new OdooFault({ exception: EXC.value, message });
}

export function userError(message: string): OdooFault {
  return new OdooFault({ exception: EXC.user, message });
}

export function missingError(model: string, ids: number[], uid: number): OdooFault {
  const tuple = ids.length === 1 ? `(${ids[0]},)` : `(${ids.join(', ')})`;
  return new OdooFault({
    exception: EXC.missing,
    message: `Record does not exist or has been deleted.\n(Record: ${model}${tuple}, User: ${uid})`,
  });
}

export function accessDenied(): OdooFault {
  return new OdooFault({ exception: EXC.denied, message: 'Access Denied', kind: 'access_denied' });
}

/** The condition as Odoo prints it inside domain errors: a Python tuple. */
export function conditionRepr(leaf: readonly unknown[]): string {
  return pyRepr(leaf, { tuple: true });
}
