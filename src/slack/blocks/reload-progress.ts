import type { types } from '@slack/bolt';
import type { ReloadProgress, ReloadResult, ReloadStep } from '../../wallet/types.js';
import { formatBoth, formatHours } from '../hours.js';
import type { SoldBatch } from '../metadata.js';
import { plural } from '../plural.js';
import { escapeMrkdwn } from '../text.js';
import { context, section } from './kit.js';
import { carryOverText, formatAmount } from './reload-plan.js';

const stepNames: Record<ReloadStep, string> = {
  lock: 'Lock the old timesheets on the old batch',
  carry_over: 'Carry the debt over',
  project: 'Point the project at the new batch',
  tasks: 'Point the open tasks at the new batch',
  verify: 'Verify both batches',
  record: 'Note the reload on the project',
};

const stepOrder: ReloadStep[] = ['lock', 'carry_over', 'project', 'tasks', 'verify', 'record'];

const stateIcons: Record<ReloadProgress['state'], string> = {
  started: ':hourglass_flowing_sand:',
  done: ':white_check_mark:',
  skipped: ':fast_forward:',
};

export type ReloadOutcome =
  | { ok: true; result: ReloadResult }
  | { ok: false; problem: string }
  | null;

export interface ReloadReport {
  projectName: string;
  requestedBy: string;
  /** The latest state of each step seen so far. */
  steps: Partial<Record<ReloadStep, ReloadProgress>>;
  outcome: ReloadOutcome;
  /** The batch the reload modal sold, when it did. */
  sold?: SoldBatch;
}

function stepLine(step: ReloadStep, report: ReloadReport): string {
  const progress = report.steps[step];
  const failedHere = report.outcome?.ok === false && progress?.state === 'started';
  const icon = failedHere ? ':x:' : progress ? stateIcons[progress.state] : ':white_small_square:';
  const detail = progress?.detail ? ` (${escapeMrkdwn(progress.detail)})` : '';
  return `${icon} ${stepNames[step]}${detail}`;
}

function resultText(result: ReloadResult, sold: SoldBatch | undefined): string {
  const { plan } = result;
  const soldHere = sold && sold.lineId === plan.newBatch.lineId ? sold : undefined;
  const sale = soldHere
    ? ` (sold: ${formatBoth(soldHere.hours)} at ${formatAmount(soldHere.unitPrice)} per hour, ` +
      `${formatAmount(soldHere.hours * soldHere.unitPrice)} in total)`
    : '';
  const newBatch = `New batch *${escapeMrkdwn(plan.newBatch.orderName)}*${sale}: `;
  return [
    ':white_check_mark: *Reload done and verified.*',
    `Old batch *${escapeMrkdwn(plan.oldBatch.orderName)}*: ` +
      `${formatHours(result.oldDelivered)} delivered, as planned.`,
    carryOverText(plan.oldBatch, plan.carryOver),
    `${newBatch}${formatHours(result.newDelivered)} delivered (the carry-over), ` +
      `*${formatBoth(plan.newStartingBalance)}* left.`,
    `${plural(result.lockedCount, 'timesheet')} locked, ` +
      `${plural(result.migratedTaskCount, 'task')} moved.`,
  ].join('\n');
}

/** The audit message, rebuilt after every step so `chat.update` shows the run as it goes. */
export function buildReloadReport(report: ReloadReport): {
  text: string;
  blocks: types.KnownBlock[];
} {
  const project = escapeMrkdwn(report.projectName);
  const title = `Batch reload for *${project}*, asked by <@${report.requestedBy}>`;
  const blocks: types.KnownBlock[] = [
    section(title),
    section(stepOrder.map((step) => stepLine(step, report)).join('\n')),
  ];

  const { outcome } = report;
  if (outcome?.ok) blocks.push(section(resultText(outcome.result, report.sold)));
  if (outcome && !outcome.ok) {
    blocks.push(
      section(`:x: *The reload stopped.* ${escapeMrkdwn(outcome.problem)}`),
      context('Every step is safe to repeat: running the reload again finishes the work.'),
    );
  }

  const state = outcome === null ? 'running' : outcome.ok ? 'done' : 'stopped';
  return { text: `Batch reload for ${escapeMrkdwn(report.projectName)}: ${state}`, blocks };
}
