import { ConflictError } from '../../errors.js';
import { loadBatches } from '../batches.js';
import { odooDatetime } from '../dates.js';
import type { WalletDeps } from '../deps.js';
import { displayHours, sameHours } from '../hours.js';
import { readProject } from '../projects.js';
import type { ReloadPlan, ReloadProgress, ReloadResult, ReloadStep } from '../types.js';
import type { ReloadGuard } from './guard.js';
import { markerToken, postProjectNote, readMarkers, unfinishedReloads } from './markers.js';
import { carryOverDebt, lockTimesheets, migrateTasks, switchProject } from './steps.js';

type Report = (progress: ReloadProgress) => void;

function describePair(plan: ReloadPlan): string {
  const { oldBatch, newBatch } = plan;
  return (
    `${oldBatch.orderName} (line ${oldBatch.lineId}) → ` +
    `${newBatch.orderName} (line ${newBatch.lineId})`
  );
}

/** Checks the project is where the plan left it, and leaves the start note once. */
async function begin(deps: WalletDeps, plan: ReloadPlan): Promise<number | null> {
  const project = await readProject(deps, plan.projectId);
  const current = project.sale_line_id?.id ?? null;
  if (current !== plan.oldBatch.lineId && current !== plan.newBatch.lineId) {
    throw new ConflictError(
      `Project "${plan.projectName}" changed batch since the plan was made; plan it again.`,
    );
  }

  const { oldBatch, newBatch } = plan;
  const unfinished = unfinishedReloads(await readMarkers(deps, [plan.projectId]), plan.projectId);
  const started = unfinished.some(
    (m) => m.oldLineId === oldBatch.lineId && m.newLineId === newBatch.lineId,
  );
  if (!started) {
    const token = markerToken('start', oldBatch.lineId, newBatch.lineId);
    await postProjectNote(
      deps,
      plan.projectId,
      `Batch reload started by ${plan.requestedBy}: ${describePair(plan)}. ${token}`,
    );
  }
  return current;
}

/** Step 5: the old line keeps what it had; the new one gained exactly the carry-over. */
async function verify(deps: WalletDeps, plan: ReloadPlan, carryOverId: number | null) {
  const batches = await loadBatches(deps, [plan.oldBatch.lineId, plan.newBatch.lineId]);
  const oldDelivered = batches.get(plan.oldBatch.lineId)?.delivered ?? Number.NaN;
  const newDelivered = batches.get(plan.newBatch.lineId)?.delivered ?? Number.NaN;

  const added = plan.carryOverTimesheetId === null && carryOverId !== null ? plan.carryOver : 0;
  const expectedNew = plan.newBatch.delivered + added;
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

function recordText(deps: WalletDeps, plan: ReloadPlan, result: Omit<ReloadResult, 'plan'>) {
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
  ].join('\n');
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

  const carryOverTimesheetId = await step(
    report,
    'carry_over',
    () => carryOverDebt(deps, plan),
    (id) => ({
      skipped: id === null,
      detail:
        id === null ? 'no debt to carry over' : `${displayHours(plan.carryOver)} h carried over`,
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
  return { lockedCount, carryOverTimesheetId, migratedTaskCount };
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
    const current = await begin(deps, plan);
    const writes = await writeSteps(deps, plan, current, onProgress);

    const figures = await step(
      onProgress,
      'verify',
      () => verify(deps, plan, writes.carryOverTimesheetId),
      (f) => ({
        skipped: false,
        detail:
          `delivered: old ${displayHours(f.oldDelivered)} h, ` +
          `new ${displayHours(f.newDelivered)} h`,
      }),
    );

    const outcome = { ...figures, ...writes };
    await step(
      onProgress,
      'record',
      () => postProjectNote(deps, plan.projectId, recordText(deps, plan, outcome)),
      () => ({ skipped: false, detail: 'note left on the project in Odoo' }),
    );
    deps.logger.info('reload done', { projectId: plan.projectId, ...figures });
    return { plan, ...outcome };
  });
}
