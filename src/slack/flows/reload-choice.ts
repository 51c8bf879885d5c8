import type { webApi } from '@slack/bolt';
import { noBatchToReload } from '../../wallet/reload/plan.js';
import type { ReloadPlan } from '../../wallet/types.js';
import { idFromValue } from '../blocks/options.js';
import { buildReloadModal } from '../blocks/reload-modal.js';
import { newBatchText } from '../blocks/reload-plan.js';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import { NEW_BATCH_VALUE, OptionPrefix } from '../ids.js';
import type { ModalMetadata } from '../metadata.js';
import { updateModal, type ViewTarget } from './views.js';

export interface ReloadChoice {
  view: ViewTarget;
  metadata: ModalMetadata;
  project: { id: number; label: string };
  userId: string;
  /** `line:<id>` or NEW_BATCH_VALUE; the first candidate when not chosen yet. */
  choice?: string;
}

/** The name the chatter note and audit message give for who asked. */
export async function requesterName(ctx: SlackContext, userId: string): Promise<string> {
  try {
    const user = await ctx.users.slackUser(userId);
    return `${user.name} (Slack ${userId})`;
  } catch {
    return `Slack user ${userId}`;
  }
}

async function planFor(
  ctx: SlackContext,
  choice: ReloadChoice,
  lineId: number,
): Promise<{ plan: ReloadPlan | null; problem: string | null }> {
  try {
    const requestedBy = await requesterName(ctx, choice.userId);
    const plan = await ctx.wallet.planReload({
      projectId: choice.project.id,
      newLineId: lineId,
      requestedBy,
    });
    return { plan, problem: null };
  } catch (error) {
    const problem = reportFailure(ctx.logger, error, 'reload plan', {
      project: choice.project.id,
      line: lineId,
    });
    return { plan: null, problem };
  }
}

/**
 * Why the project cannot be reloaded at all (it has no batch yet), checked before anything
 * is offered or sold; null when it has a batch or is not a listed support project.
 */
export async function reloadRefusal(ctx: SlackContext, projectId: number): Promise<string | null> {
  const balance = (await ctx.wallet.balances()).find((b) => b.projectId === projectId);
  return balance && balance.batch === null ? noBatchToReload(balance.projectName) : null;
}

async function showChoice(
  ctx: SlackContext,
  client: webApi.WebClient,
  request: ReloadChoice,
): Promise<void> {
  const { project } = request;
  const refusal = await reloadRefusal(ctx, project.id);
  if (refusal) {
    const view = buildReloadModal({ metadata: request.metadata, project, problem: refusal });
    await updateModal(client, ctx.logger, request.view, view);
    return;
  }
  const candidates = await ctx.wallet.candidateBatches(project.id);
  const first = candidates[0];
  const choice =
    request.choice ?? (first ? `${OptionPrefix.line}${first.lineId}` : NEW_BATCH_VALUE);
  const lineId = idFromValue(choice, OptionPrefix.line);
  const metadata = { ...request.metadata, projectId: project.id, projectLabel: project.label };

  if (lineId === null) {
    const current = (await ctx.wallet.balances()).find((b) => b.projectId === project.id);
    const view = buildReloadModal({
      metadata: { ...metadata, plannedLineId: undefined },
      project,
      candidates,
      choice: NEW_BATCH_VALUE,
      newBatchText: newBatchText(current ?? null),
    });
    await updateModal(client, ctx.logger, request.view, view);
    return;
  }

  const { plan, problem } = await planFor(ctx, request, lineId);
  const view = buildReloadModal({
    metadata: { ...metadata, plannedLineId: plan ? lineId : undefined },
    project,
    candidates,
    choice,
    plan,
    problem,
  });
  await updateModal(client, ctx.logger, request.view, view);
}

/**
 * Reads the candidate batches and the plan for the chosen one, then shows them in the modal
 * (or what went wrong). Read only: nothing is written until the user confirms.
 */
export async function showReloadChoice(
  ctx: SlackContext,
  client: webApi.WebClient,
  request: ReloadChoice,
): Promise<void> {
  try {
    await showChoice(ctx, client, request);
  } catch (error) {
    const problem = reportFailure(ctx.logger, error, 'reload choice', {
      project: request.project.id,
    });
    await showReloadProblem(ctx, client, request.view, request, problem);
  }
}

/**
 * Shows what went wrong in the reload modal. The metadata is cut to the channel so this last
 * update cannot fail for the reason the one before it did; if Slack still refuses, it is
 * logged, as there is nowhere else to say it.
 */
export async function showReloadProblem(
  ctx: SlackContext,
  client: webApi.WebClient,
  view: ViewTarget,
  request: { metadata: ModalMetadata; project: { id: number; label: string } },
  problem: string,
): Promise<void> {
  const modal = buildReloadModal({
    metadata: { channelId: request.metadata.channelId },
    project: request.project,
    problem,
  });
  try {
    await updateModal(client, ctx.logger, { id: view.id }, modal);
  } catch (error) {
    ctx.logger.error('could not show the reload problem in the modal', { error, problem });
  }
}
