import type { Batch, ProjectBalance, ReloadPlan } from '../../wallet/types.js';
import { formatBoth, formatHours } from '../hours.js';
import type { SoldBatch } from '../metadata.js';
import { plural } from '../plural.js';
import { escapeMrkdwn } from '../text.js';

const EPSILON = 1e-6;

/** `*S00012*: 20 h ordered, 22 h delivered, *-2 h (-2:00)* left`. */
export function batchFigures(batch: Batch): string {
  return (
    `*${escapeMrkdwn(batch.orderName)}*: ${formatHours(batch.ordered)} ordered, ` +
    `${formatHours(batch.delivered)} delivered, *${formatBoth(batch.remaining)}* left`
  );
}

/** A price as an order shows it: `95.00`, `1,900.00`. */
export function formatAmount(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** `*S00088*: 20 h (20:00) at 95.00 per hour, 1,900.00 in total`. */
export function soldFigures(sold: SoldBatch): string {
  return (
    `*${escapeMrkdwn(sold.orderName)}*: ${formatBoth(sold.hours)} at ` +
    `${formatAmount(sold.unitPrice)} per hour, ${formatAmount(sold.hours * sold.unitPrice)} in total`
  );
}

/**
 * What happens to the old batch's balance: debt moves over; hours left stay where they are,
 * still usable and invoiced on the old batch, because only debt is carried over.
 */
export function carryOverText(oldBatch: Batch, carryOver: number, future = false): string {
  const name = `*${escapeMrkdwn(oldBatch.orderName)}*`;
  if (carryOver > EPSILON) {
    const moves = future ? 'will move' : 'moves';
    return `Carry-over: *${formatBoth(carryOver)}* of debt on ${name} ${moves} to the new batch.`;
  }
  if (oldBatch.remaining > EPSILON) {
    return (
      `The *${formatBoth(oldBatch.remaining)}* left on ${name} stay on it: they can still be ` +
      'used and are invoiced there. Nothing is carried over, because only debt moves to the ' +
      'new batch.'
    );
  }
  return `${name} is used up exactly, with no debt: nothing is carried over.`;
}

function newBatchLine(plan: ReloadPlan, sold: SoldBatch | undefined): string {
  const starts = `it starts at *${formatBoth(plan.newStartingBalance)}*.`;
  if (sold && sold.lineId === plan.newBatch.lineId) {
    return `New batch ${soldFigures(sold)}; ${starts}`;
  }
  return `New batch ${batchFigures(plan.newBatch)}; ${starts}`;
}

/** The plan as the reload modal shows it before anything is written. */
export function planText(plan: ReloadPlan, sold?: SoldBatch): string {
  const lock = plan.serverLockModule
    ? 'The server lock module is installed; the app locks the timesheets it does not cover.'
    : 'The server lock module is not installed; the app locks the timesheets itself.';
  const tasks = plan.taskIdsToMigrate.length;

  const resuming = plan.resuming
    ? [':arrows_counterclockwise: A reload of this pair was interrupted; this run finishes it.']
    : [];
  return [
    `*Plan for ${escapeMrkdwn(plan.projectName)}*`,
    ...resuming,
    `Old batch ${batchFigures(plan.oldBatch)}`,
    carryOverText(plan.oldBatch, plan.carryOver),
    newBatchLine(plan, sold),
    `${plural(tasks, 'open task')} ${tasks === 1 ? 'moves' : 'move'} to the new batch; ` +
      `${plural(plan.timesheetIdsToLock.length, 'timesheet')} stay locked on the old one.`,
    lock,
  ].join('\n');
}

/** What is known before a new batch is sold: the old batch and what becomes of its balance. */
export function newBatchText(current: ProjectBalance | null): string {
  const lines = ['*Sell a new batch*'];
  const batch = current?.batch ?? null;

  if (batch) {
    lines.push(`Old batch ${batchFigures(batch)}`);
    lines.push(carryOverText(batch, Math.max(0, -batch.remaining), true));
  } else {
    lines.push('The project has no batch yet.');
  }
  lines.push(
    'Submitting sells and confirms the new batch in Odoo. Nothing else changes until you ' +
      'have seen the full plan and confirmed the reload.',
  );
  return lines.join('\n');
}
