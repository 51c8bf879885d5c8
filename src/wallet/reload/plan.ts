import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { loadBatches } from '../batches.js';
import type { WalletDeps } from '../deps.js';
import { earlierBatchLines } from '../earlier-batches.js';
import { cleanHours } from '../hours.js';
import { readProject } from '../projects.js';
import type { ProjectRecord } from '../records.js';
import type { Batch, ReloadPlan, ReloadRequest } from '../types.js';
import type { ReloadGuard } from './guard.js';
import { readMarkers, unfinishedReloads } from './markers.js';
import {
  findCarriedOver,
  hasServerLockModule,
  openTasksOnLine,
  timesheetsToLock,
} from './records.js';

/** Why a project without a batch cannot be reloaded, and what to do instead. */
export function noBatchToReload(projectName: string): string {
  return (
    `Project "${projectName}" has no batch yet, so there is nothing to reload; set its ` +
    'first batch on the project in Odoo (Sales Order Item).'
  );
}

interface Lines {
  oldLineId: number;
  resuming: boolean;
}

/**
 * Which line the reload leaves. Normally the project's current one; when the project already
 * points at the new line, the old one comes from the start note an interrupted run left.
 */
async function findOldLine(
  deps: WalletDeps,
  project: ProjectRecord,
  newLineId: number,
): Promise<Lines> {
  const unfinished = unfinishedReloads(await readMarkers(deps, [project.id]), project.id);
  const current = project.sale_line_id?.id ?? null;

  if (current === newLineId) {
    const interrupted = unfinished.find((marker) => marker.newLineId === newLineId);
    if (!interrupted) {
      throw new ValidationError(`Project "${project.name}" already uses this batch.`, {
        field: 'batch',
      });
    }
    return { oldLineId: interrupted.oldLineId, resuming: true };
  }
  if (current === null) {
    throw new ValidationError(noBatchToReload(project.name), { field: 'project' });
  }

  const other = unfinished.find((m) => m.oldLineId !== current || m.newLineId !== newLineId);
  if (other) {
    throw new ConflictError(
      `A reload of "${project.name}" from line ${other.oldLineId} to line ${other.newLineId} ` +
        'was interrupted; run that reload again to finish it before starting another.',
    );
  }
  return { oldLineId: current, resuming: unfinished.length > 0 };
}

interface Target {
  newBatch: Batch;
  /** The project billed to it before this reload. */
  earlier: boolean;
  /** An interrupted run already chose it; time logged on it since may have used it up. */
  resuming: boolean;
}

function checkNewBatch(project: ProjectRecord, target: Target): void {
  const { newBatch } = target;
  const refuse = (reason: string) => {
    throw new ValidationError(`${newBatch.orderName} cannot be this project's batch: ${reason}.`, {
      field: 'batch',
    });
  };
  if (newBatch.customer?.id !== project.partner_id?.id) {
    refuse(`it was sold to ${newBatch.customer?.name ?? 'nobody'}, not to this customer`);
  }
  if (newBatch.state !== 'sale') refuse('its sales order is not confirmed');
  if (!newBatch.prepaid) refuse('it is not a prepaid time product (such as Support Hour)');
  if (target.earlier) {
    refuse('the project billed to it before, and going back would count its debt twice');
  }
  if (!target.resuming && newBatch.remaining <= 0) refuse('it has no hours left');
}

/** Read only: what a reload would do, with every figure the user confirms. */
export async function planReload(
  deps: WalletDeps,
  guard: ReloadGuard,
  request: ReloadRequest,
): Promise<ReloadPlan> {
  const project = await readProject(deps, request.projectId);
  if (guard.isRunning(project.id)) {
    throw new ConflictError('A reload of this project is already running; wait for it to finish.');
  }
  const { oldLineId, resuming } = await findOldLine(deps, project, request.newLineId);

  const batches = await loadBatches(deps, [oldLineId, request.newLineId]);
  const oldBatch = batches.get(oldLineId);
  const newBatch = batches.get(request.newLineId);
  if (!newBatch) throw new NotFoundError(`Sales order line ${request.newLineId} does not exist.`);
  if (!oldBatch) throw new NotFoundError(`Sales order line ${oldLineId} does not exist.`);

  const [carried, taskIdsToMigrate, timesheetIdsToLock, serverLockModule, earlier] =
    await Promise.all([
      findCarriedOver(deps, project.id, oldLineId, newBatch.lineId),
      openTasksOnLine(deps, project.id, oldLineId),
      timesheetsToLock(deps, project.id),
      hasServerLockModule(deps),
      // A resumed run may itself have locked time on the new line.
      resuming ? new Set<number>() : earlierBatchLines(deps, project.id, [newBatch.lineId]),
    ]);
  checkNewBatch(project, {
    newBatch,
    earlier: earlier.has(newBatch.lineId),
    resuming,
  });

  const carryOver = cleanHours(Math.max(0, -oldBatch.remaining));
  // What an interrupted run carried is already in the new line's delivered hours.
  const pending = cleanHours(carryOver - carried.total);
  return {
    projectId: project.id,
    projectName: project.name,
    customer: project.partner_id,
    oldBatch,
    newBatch,
    carryOver,
    newStartingBalance: cleanHours(newBatch.remaining - pending),
    taskIdsToMigrate,
    timesheetIdsToLock,
    serverLockModule,
    requestedBy: request.requestedBy,
    resuming,
    carryOverTimesheetId: carried.ids[0] ?? null,
    carriedBefore: carried.total,
  };
}
