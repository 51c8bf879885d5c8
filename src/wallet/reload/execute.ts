import { ConflictError } from '../../errors.js';
import { loadBatches } from '../batches.js';
import { odooDatetime } from '../dates.js';
import type { WalletDeps } from '../deps.js';
import { cleanHours, displayHours, sameHours } from '../hours.js';
import { escapeHtml } from '../html.js';
import { readProject } from '../projects.js';
import type { ReloadPlan, ReloadProgress, ReloadResult, ReloadStep } from '../types.js';
import type { ReloadGuard } from './guard.js';
import { markerToken, postProjectNote, readMarkers } from './markers.js';
import { findCarriedOver } from './records.js';
import { carryOverDebt, lockTimesheets, migrateTasks, switchProject } from './steps.js';

type Report = (progress: ReloadProgress) => void;

function describePair(plan: ReloadPlan): string {
  const { oldBatch, newBatch } = plan;
  return (
    `${oldBatch.orderName} (line ${oldBatch.lineId}) → ` +
    `${newBatch.orderName} (line ${newBatch.lineId})`
  );
}

/** Where the project stands before the writes: its current line, and whether it is done. */
interface Start {
  current: number | null;
  alreadyDone: boolean;
}

/** A chatter note as HTML: one paragraph, its lines escaped and joined by `<br>`. */
export function noteHtml(lines: string[]): string {
  return `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
}

/** Checks the project is where the plan left it, and leaves the start note once. */
async function begin(deps: WalletDeps, plan: ReloadPlan): Promise<Start> {
  const project = await readProject(deps, plan.projectId);
  const current = project.sale_line_id?.id ?? null;
  if (current !== plan.oldBatch.lineId && current !== plan.newBatch.lineId) {
    throw new ConflictError(
      `Project "${plan.projectName}" changed batch since the plan was made; plan it again.`,
    );
  }

  const { oldBatch, newBatch } = plan;
  const markers = (await readMarkers(deps, [plan.projectId])).filter(
    (m) => m.oldLineId === oldBatch.lineId && m.newLineId === newBatch.lineId,
  );
  const last = markers.at(-1);
  if (current === newBatch.lineId && last?.kind === 'done') return { current, alreadyDone: true };

  if (last?.kind !== 'start') {
    const token = markerToken('start', oldBatch.lineId, newBatch.lineId);
    const text = `Batch reload started by ${plan.requestedBy}: ${describePair(plan)}. ${token}`;
    await postProjectNote(deps, plan.projectId, noteHtml([text]));
  }
  return { current, alreadyDone: false };
}

/**
 * Step 5: the old line keeps what it had; the new one holds what it had before any
 * carry-over plus everything carried for this pair.
 */
async function verify(deps: WalletDeps, plan: ReloadPlan, carried: number) {
  const batches = await loadBatches(deps, [plan.oldBatch.lineId, plan.newBatch.lineId]);
  const oldDelivered = batches.get(plan.oldBatch.lineId)?.delivered ?? Number.NaN;
  const newDelivered = batches.get(plan.newBatch.lineId)?.delivered ?? Number.NaN;

  const before = plan.newBatch.delivered - (plan.carriedBefore ?? 0);
  const expectedNew = cleanHours(before + carried);
  if (!sameHours(oldDelivered, plan.oldBatch.delivered) || !sameHours(newDelivered, expectedNew)) {
    const expectedOld = displayHours(plan.oldBatch.delivered);
    const message =
      `Reload of "${plan.projectName}" did not verify: ${plan.oldBatch.orderName} shows ` +
      `${displayHours(oldDelivered)} h delivered (expected ${expectedOld}), ` +
      `${plan.newBatch.orderName} shows ${displayHours(newDelivered)} h ` +
      `(expected ${displayHours(expectedNew)}). Check the timesheets in Odoo before going on.`;
    deps.logger.error('reload verification failed', {
      projectId: plan.projectId,
      oldDelivered,
      newDelivered,
      expectedOld: plan.oldBatch.delivered,
      expectedNew,
    });
    throw new ConflictError(message);
  }
  return { oldDelivered, newDelivered };
}

function recordLines(deps: WalletDeps, plan: ReloadPlan, result: Omit<ReloadResult, 'plan'>) {
  const { oldBatch, newBatch } = plan;
  return [
    `Batch reload by ${plan.requestedBy} at ${odooDatetime(deps.clock())} UTC: ` +
      `${describePair(plan)}.`,
    `${oldBatch.orderName}: ${displayHours(oldBatch.ordered)} h ordered, ` +
      `${displayHours(result.oldDelivered)} h delivered, ` +
      `${displayHours(oldBatch.ordered - result.oldDelivered)} h remaining.`,
    `Carried over: ${displayHours(plan.carryOver)} h. ${newBatch.orderName}: ` +
      `${displayHours(newBatch.ordered)} h ordered, ${displayHours(result.newDelivered)} h ` +
      `delivered, ${displayHours(newBatch.ordered - result.newDelivered)} h remaining.`,
    `Timesheets locked: ${result.lockedCount}; open tasks moved: ${result.migratedTaskCount}.`,
    markerToken('done', oldBatch.lineId, newBatch.lineId),
  ];
}

async function step<T>(
  report: Report,
  name: ReloadStep,
  work: () => Promise<T>,
  describe: (value: T) => { skipped: boolean; detail: string },
): Promise<T> {
  report({ step: name, state: 'started' });
  const value = await work();
  const { skipped, detail } = describe(value);
  report({ step: name, state: skipped ? 'skipped' : 'done', detail });
  return value;
}

/** Steps 1 to 4, the writes; each skips what an earlier run already did. */
async function writeSteps(
  deps: WalletDeps,
  plan: ReloadPlan,
  current: number | null,
  report: Report,
) {
  const lockedCount = await step(
    report,
    'lock',
    () => lockTimesheets(deps, plan),
    (n) => ({
      skipped: n === 0,
      detail: `${n} timesheet(s) locked on their batch`,
    }),
  );

  const carried = await step(
    report,
    'carry_over',
    () => carryOverDebt(deps, plan),
    (c) => ({
      skipped: c.id === null,
      detail: c.id === null ? 'no debt to carry over' : `${displayHours(c.total)} h carried over`,
    }),
  );

  await step(
    report,
    'project',
    () => switchProject(deps, plan, current),
    (switched) => ({
      skipped: !switched,
      detail: `project now on ${plan.newBatch.orderName}`,
    }),
  );

  const migratedTaskCount = await step(
    report,
    'tasks',
    () => migrateTasks(deps, plan),
    (n) => ({
      skipped: n === 0,
      detail: `${n} open task(s) moved to ${plan.newBatch.orderName}`,
    }),
  );
  return { lockedCount, carried, migratedTaskCount };
}

/**
 * Runs a reload plan: lock, carry-over, project, tasks, verify, record. Every step checks
 * what is already done, so running the same plan (or a fresh plan of the same request)
 * again after an interruption finishes the work with the same figures.
 */
export async function executeReload(
  deps: WalletDeps,
  guard: ReloadGuard,
  plan: ReloadPlan,
  onProgress: Report = () => {},
): Promise<ReloadResult> {
  return guard.hold(plan.projectId, async () => {
    const { current, alreadyDone } = await begin(deps, plan);
    if (alreadyDone) return alreadyDoneResult(deps, plan);
    const { carried, ...writes } = await writeSteps(deps, plan, current, onProgress);

    const figures = await step(
      onProgress,
      'verify',
      () => verify(deps, plan, carried.total),
      (f) => ({
        skipped: false,
        detail:
          `delivered: old ${displayHours(f.oldDelivered)} h, ` +
          `new ${displayHours(f.newDelivered)} h`,
      }),
    );

    const outcome = { ...figures, ...writes, carryOverTimesheetId: carried.id };
    await step(
      onProgress,
      'record',
      () => postProjectNote(deps, plan.projectId, noteHtml(recordLines(deps, plan, outcome))),
      () => ({ skipped: false, detail: 'note left on the project in Odoo' }),
    );
    deps.logger.info('reload done', { projectId: plan.projectId, ...figures });
    return { plan, ...outcome };
  });
}

/** A replayed plan that was already carried out: today's figures, nothing written. */
async function alreadyDoneResult(deps: WalletDeps, plan: ReloadPlan): Promise<ReloadResult> {
  const batches = await loadBatches(deps, [plan.oldBatch.lineId, plan.newBatch.lineId]);
  const { oldBatch, newBatch } = plan;
  const carried = await findCarriedOver(deps, plan.projectId, oldBatch.lineId, newBatch.lineId);
  deps.logger.info('reload already done', { projectId: plan.projectId });
  return {
    plan,
    oldDelivered: batches.get(oldBatch.lineId)?.delivered ?? oldBatch.delivered,
    newDelivered: batches.get(newBatch.lineId)?.delivered ?? newBatch.delivered,
    lockedCount: 0,
    migratedTaskCount: 0,
    carryOverTimesheetId: carried.ids[0] ?? null,
    alreadyDone: true,
  };
}
