import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { buildNoticeModal } from '../blocks/notice.js';
import { idFromValue } from '../blocks/options.js';
import { buildReloadModal } from '../blocks/reload-modal.js';
import type { SlackContext } from '../context.js';
import { mayReload, reloadRefusal } from '../flows/reload-access.js';
import { showReloadChoice } from '../flows/reload-choice.js';
import { updateModal } from '../flows/views.js';
import { ActionId, BlockId, OptionPrefix } from '../ids.js';
import { decodeMetadata } from '../metadata.js';
import { readViewState } from '../state.js';

/**
 * A project or a batch was picked in the reload modal: show "reading…" at once, then the
 * candidate batches and the plan. Both selects dispatch here; the state holds both values.
 */
export function reloadSelectionChanged(ctx: SlackContext) {
  return async ({
    ack,
    body,
    client,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const { view } = body;
    if (!view) return;

    if (!mayReload(ctx, body.user.id)) {
      await updateModal(
        client,
        ctx.logger,
        { id: view.id },
        buildNoticeModal('Reload a batch', reloadRefusal),
      );
      return;
    }

    const state = readViewState(view.state);
    const picked = state.option(BlockId.reloadProject, ActionId.reloadProjectSelect);
    const projectId = idFromValue(picked?.value, OptionPrefix.project);
    if (!picked || !projectId) return;

    const metadata = decodeMetadata(view.private_metadata);
    const project = { id: projectId, label: picked.text };
    const sameProject = metadata.projectId === projectId;
    const choice = sameProject
      ? state.option(BlockId.reloadBatch, ActionId.reloadBatchSelect)?.value
      : undefined;

    const loading = buildReloadModal({ metadata, project, loading: true });
    const shown = await updateModal(client, ctx.logger, { id: view.id, hash: view.hash }, loading);
    if (!shown) return;
    await showReloadChoice(ctx, client, {
      view: shown,
      metadata,
      project,
      userId: body.user.id,
      ...(choice ? { choice } : {}),
    });
  };
}
