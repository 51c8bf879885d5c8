import { ValidationError } from '../errors.js';
import type { WalletDeps } from './deps.js';
import { employeeFields, userFields } from './records.js';
import type { OdooUser } from './types.js';

/** The Odoo user whose e-mail or login is this address (case-insensitive), or null. */
export async function findUserByEmail(deps: WalletDeps, email: string): Promise<OdooUser | null> {
  const wanted = email.trim().toLowerCase();
  if (wanted === '') return null;

  // `ilike` finds candidates on any server; the exact comparison happens here, because
  // `_` and `%` in an address are wildcards to Odoo.
  const users = await deps.odoo.searchRead(
    'res.users',
    ['|', ['login', 'ilike', wanted], ['email', 'ilike', wanted]],
    userFields,
    { order: 'id asc' },
  );
  const user = users.find(
    (u) => u.login.toLowerCase() === wanted || (u.email ?? '').toLowerCase() === wanted,
  );
  if (!user) return null;

  const employees = await deps.odoo.searchRead(
    'hr.employee',
    [['user_id', '=', user.id]],
    employeeFields,
    { limit: 1, order: 'id asc' },
  );
  return {
    id: user.id,
    name: user.name,
    email: user.email ?? user.login,
    employeeId: employees[0]?.id ?? null,
    timeZone: user.tz,
  };
}

/** The user with this e-mail; a ValidationError on `field` names the address otherwise. */
export async function requireUser(
  deps: WalletDeps,
  email: string,
  field: string,
): Promise<OdooUser> {
  const user = await findUserByEmail(deps, email);
  if (!user) {
    throw new ValidationError(`No Odoo user has the e-mail ${email.trim()}.`, { field });
  }
  return user;
}
