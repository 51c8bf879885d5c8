import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { float } from '../odoo/schema.js';
import { isIsoDate } from './dates.js';
import type { WalletDeps } from './deps.js';
import { cleanHours } from './hours.js';
import { findUserByEmail } from './users.js';

const amountFields = z.object({ unit_amount: float });

/** Hours of timesheets a user logged on projects from `from` to `to`, both included. */
export async function hoursLogged(
  deps: WalletDeps,
  email: string,
  from: string,
  to: string,
): Promise<number> {
  if (!isIsoDate(from) || !isIsoDate(to)) {
    throw new ValidationError('Dates are written YYYY-MM-DD, e.g. 2026-03-02.', { field: 'date' });
  }
  const user = await findUserByEmail(deps, email);
  if (!user) return 0;

  const rows = await deps.odoo.searchRead(
    'account.analytic.line',
    [
      ['user_id', '=', user.id],
      ['project_id', '!=', false],
      ['date', '>=', from],
      ['date', '<=', to],
    ],
    amountFields,
  );
  // One rounding at the end, never per row.
  return cleanHours(rows.reduce((sum, row) => sum + row.unit_amount, 0));
}
