import { z } from 'zod';
import { float, id, many2one, selection, text } from '../../odoo/schema.js';
import type { WalletDeps } from '../deps.js';
import { cleanHours } from '../hours.js';
import { openTaskDomain } from '../tasks.js';
import type { Batch } from '../types.js';

const lockableFields = z.object({ id, timesheet_invoice_id: many2one });
const invoiceFields = z.object({ id, state: selection });
const carryOverFields = z.object({ id, name: text, unit_amount: float });

/**
 * Timesheets of the project (with or without a task) that Odoo would still move to another
 * line: not flagged as edited and not on a live invoice. Odoo recomputes the line of a
 * timesheet whose invoice is cancelled, so those count as not invoiced.
 */
export async function timesheetsToLock(deps: WalletDeps, projectId: number): Promise<number[]> {
  const timesheets = await deps.odoo.searchRead(
    'account.analytic.line',
    [
      ['project_id', '=', projectId],
      ['is_so_line_edited', '=', false],
    ],
    lockableFields,
    { order: 'id asc' },
  );

  const invoiceIds = [
    ...new Set(
      timesheets.flatMap((t) => (t.timesheet_invoice_id ? [t.timesheet_invoice_id.id] : [])),
    ),
  ];
  const invoices =
    invoiceIds.length === 0 ? [] : await deps.odoo.read('account.move', invoiceIds, invoiceFields);
  const cancelled = new Set(invoices.filter((i) => i.state === 'cancel').map((i) => i.id));
  return timesheets
    .filter((t) => t.timesheet_invoice_id === null || cancelled.has(t.timesheet_invoice_id.id))
    .map((t) => t.id);
}

/** Open tasks of the project still pointing at the line. */
export async function openTasksOnLine(
  deps: WalletDeps,
  projectId: number,
  lineId: number,
): Promise<number[]> {
  return deps.odoo.search(
    'project.task',
    [['project_id', '=', projectId], ...openTaskDomain, ['sale_line_id', '=', lineId]],
    { order: 'id asc' },
  );
}

/** The description of a carry-over timesheet; it names both lines so it can be found again. */
export function carryOverName(oldBatch: Batch, newBatch: Batch): string {
  return (
    `Balance carry-over from ${oldBatch.orderName} (line ${oldBatch.lineId}) ` +
    `to ${newBatch.orderName} (line ${newBatch.lineId})`
  );
}

/** Carry-over timesheets already made for this pair of lines, and the hours they carry. */
export interface CarriedOver {
  ids: number[];
  total: number;
}

/** Every carry-over (first entry and top-ups) already made for this pair of lines. */
export async function findCarriedOver(
  deps: WalletDeps,
  projectId: number,
  oldLineId: number,
  newLineId: number,
): Promise<CarriedOver> {
  const found = await deps.odoo.searchRead(
    'account.analytic.line',
    [
      ['project_id', '=', projectId],
      ['so_line', '=', newLineId],
      ['name', 'ilike', `(line ${oldLineId}) to`],
    ],
    carryOverFields,
    { order: 'id asc' },
  );
  const marker = `(line ${oldLineId}) to `;
  const matches = found.filter(
    (t) => t.name?.startsWith('Balance carry-over') && t.name.includes(marker),
  );
  const total = cleanHours(matches.reduce((sum, t) => sum + t.unit_amount, 0));
  return { ids: matches.map((t) => t.id), total };
}

/** The first carry-over timesheet already made for this pair of lines, if any. */
export async function findCarryOver(
  deps: WalletDeps,
  projectId: number,
  oldLineId: number,
  newLineId: number,
): Promise<number | null> {
  const { ids } = await findCarriedOver(deps, projectId, oldLineId, newLineId);
  return ids[0] ?? null;
}

/** Whether the server module that locks task timesheets on a line change is installed. */
export async function hasServerLockModule(deps: WalletDeps): Promise<boolean> {
  const count = await deps.odoo.searchCount('ir.module.module', [
    ['name', '=', 'strictbase_task_sol_lock'],
    ['state', '=', 'installed'],
  ]);
  return count > 0;
}
