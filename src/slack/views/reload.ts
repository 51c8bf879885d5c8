import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { buildNoticeModal } from '../blocks/notice.js';
import { buildReloadModal } from '../blocks/reload-modal.js';
import type { SlackContext } from '../context.js';
import { mayReload, reloadRefusal } from '../flows/reload-access.js';
import { showReloadChoice } from '../flows/reload-choice.js';
import { runReload } from '../flows/run-reload.js';
import { sellBatchThenPlan } from '../flows/sell-batch.js';
import { readReloadForm } from '../forms/reload-form.js';
import { decodeMetadata } from '../metadata.js';

/**
 * Reload confirmed. A new batch is sold first and its plan shown; an existing line runs at
 * once, reported step by step in a message. Access is checked again: a modal can outlive a
 * change of WALLET_RELOAD_USERS.
 */
export function reloadSubmitted(ctx: SlackContext) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const userId = body.user.id;
    if (!mayReload(ctx, userId)) {
      await ack({
        response_action: 'update',
        view: buildNoticeModal('Reload a batch', reloadRefusal),
      });
      return;
    }

    const metadata = decodeMetadata(view.private_metadata);
    const read = readReloadForm(view.state, metadata);
    if (!read.ok && 'errors' in read) {
      await ack({ response_action: 'errors', errors: read.errors });
      return;
    }

    if (!read.ok) {
      const { project, choice } = read.next;
      await ack({
        response_action: 'update',
        view: buildReloadModal({ metadata, project, loading: true }),
      });
      const step = { view: { id: view.id }, metadata, project, userId };
      await showReloadChoice(ctx, client, { ...step, ...(choice ? { choice } : {}) });
      return;
    }

    const { form } = read;
    const project = { id: form.projectId, label: form.projectLabel };
    if (!ctx.dedupe.claim(`reload:${view.id}:${view.hash}`)) {
      await ack();
      return;
    }

    if (form.kind === 'new') {
      await ack({
        response_action: 'update',
        view: buildReloadModal({ metadata, project, loading: true }),
      });
      const sale = { viewId: view.id, metadata, project, userId, ...form };
      await sellBatchThenPlan(ctx, client, sale);
      return;
    }

    await ack();
    await runReload(ctx, client, {
      projectId: form.projectId,
      projectLabel: form.projectLabel,
      lineId: form.lineId,
      userId,
      channelId: metadata.channelId,
      ...(metadata.sold ? { sold: metadata.sold } : {}),
    });
  };
}
