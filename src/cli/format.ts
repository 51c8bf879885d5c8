import { displayHours } from '../wallet/hours.js';
import type { Batch, ProjectBalance, ReloadPlan } from '../wallet/types.js';

/** Prints a value as the one JSON document of a `--json` run. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** `S00012 / line 7`, or a dash when there is no batch. */
export function batchLabel(batch: Batch | null): string {
  return batch ? `${batch.orderName} / line ${batch.lineId}` : '-';
}

/** A balance in one sentence. */
export function balanceLine(balance: ProjectBalance): string {
  const { remaining, ordered, status } = balance;
  return `${displayHours(remaining)} h left of ${displayHours(ordered)} (${status})`;
}

/** The plan as the lines a lead reads before saying yes. */
export function planLines(plan: ReloadPlan): string[] {
  const { oldBatch, newBatch } = plan;
  const customer = plan.customer?.name ?? 'no customer';
  return [
    `Reload of project #${plan.projectId} ${plan.projectName} (${customer})` +
      (plan.resuming ? ': finishing an interrupted reload' : ''),
    `  from ${batchLabel(oldBatch)}: ${displayHours(oldBatch.ordered)} h ordered, ` +
      `${displayHours(oldBatch.delivered)} h delivered, ` +
      `${displayHours(oldBatch.remaining)} h remaining`,
    `  to   ${batchLabel(newBatch)}: ${displayHours(newBatch.ordered)} h ordered, ` +
      `${displayHours(newBatch.delivered)} h delivered`,
    `  carry-over: ${displayHours(plan.carryOver)} h; new batch starts at ` +
      `${displayHours(plan.newStartingBalance)} h`,
    `  open tasks to move: ${plan.taskIdsToMigrate.length}; timesheets to lock: ` +
      `${plan.timesheetIdsToLock.length}`,
    `  server lock module: ${plan.serverLockModule ? 'installed' : 'not installed'}`,
  ];
}
