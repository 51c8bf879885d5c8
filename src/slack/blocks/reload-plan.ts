import type { Batch, ProjectBalance, ReloadPlan } from '../../wallet/types.js';
import { formatBoth, formatHours } from '../hours.js';
import { escapeMrkdwn } from '../text.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `*S00012*: 20 h ordered, 22 h delivered, *-2 h (-2:00)* left`. */
export function batchFigures(batch: Batch): string {
  return (
    `*${escapeMrkdwn(batch.orderName)}*: ${formatHours(batch.ordered)} ordered, ` +
    `${formatHours(batch.delivered)} delivered, *${formatBoth(batch.remaining)}* left`
  );
}

/** The plan as the reload modal shows it before anything is written. */
export function planText(plan: ReloadPlan): string {
  const lock = plan.serverLockModule
    ? 'The server lock module is installed; the app locks the timesheets it does not cover.'
    : 'The server lock module is not installed; the app locks the timesheets itself.';
  const carry =
    plan.carryOver > 0
      ? `Carry-over: *${formatBoth(plan.carryOver)}* of debt moves to the new batch.`
      : 'Carry-over: none, the old batch is not in debt.';

  const resuming = plan.resuming
    ? [':arrows_counterclockwise: A reload of this pair was interrupted; this run finishes it.']
    : [];
  return [
    `*Plan for ${escapeMrkdwn(plan.projectName)}*`,
    ...resuming,
    `Old batch ${batchFigures(plan.oldBatch)}`,
    carry,
    `New batch ${batchFigures(plan.newBatch)}; ` +
      `it starts at *${formatBoth(plan.newStartingBalance)}*.`,
    `${plural(plan.taskIdsToMigrate.length, 'open task')} ` +
      `${plan.taskIdsToMigrate.length === 1 ? 'moves' : 'move'} to the new batch; ` +
      `${plural(plan.timesheetIdsToLock.length, 'timesheet')} stay locked on the old one.`,
    lock,
  ].join('\n');
}

/** What is known before a new batch is sold: the old batch and the debt it carries. */
export function newBatchText(current: ProjectBalance | null): string {
  const lines = ['*Sell a new batch*'];
  const batch = current?.batch ?? null;

  if (batch) {
    lines.push(`Old batch ${batchFigures(batch)}`);
    const debt = Math.max(0, -batch.remaining);
    if (debt > 1e-6) lines.push(`Carry-over: *${formatBoth(debt)}* of debt will move over.`);
  } else {
    lines.push('The project has no batch yet.');
  }
  lines.push(
    'Submitting sells and confirms the new batch in Odoo. Nothing else changes until you ' +
      'have seen the full plan and confirmed the reload.',
  );
  return lines.join('\n');
}
