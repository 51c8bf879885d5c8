import type { webApi } from '@slack/bolt';
import { buildNoticeModal } from '../blocks/notice.js';
import { buildTicketModal } from '../blocks/ticket-modal.js';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import { settleWithin } from '../settle.js';
import { findProject } from './find-project.js';
import type { ModalRequest } from './request.js';
import { openModal, updateModal } from './views.js';

async function tagsIfCached(ctx: SlackContext): Promise<string[] | null> {
  try {
    const settled = await settleWithin(ctx.tags(), 0);
    return settled.done ? settled.value : null;
  } catch {
    return null;
  }
}

/**
 * Opens the ticket modal at once (with tags only if already cached), then fills in the tags
 * and the preselected project once Odoo answers.
 */
export async function openTicket(
  ctx: SlackContext,
  client: webApi.WebClient,
  request: ModalRequest & { description?: string },
): Promise<void> {
  const metadata = { channelId: request.channelId };
  const cachedTags = await tagsIfCached(ctx);
  const base = { metadata, ...(request.description ? { description: request.description } : {}) };
  const shown = await openModal(
    client,
    request.triggerId,
    buildTicketModal({ ...base, tags: cachedTags ?? [] }),
  );

  try {
    const access = await ctx.users.access(request.userId, request.teamId);
    if (!access.allowed) {
      const notice = buildNoticeModal('New ticket', access.reason);
      await updateModal(client, ctx.logger, shown, notice);
      return;
    }

    const [tags, project] = await Promise.all([
      cachedTags ? cachedTags : ctx.tags(),
      request.query ? findProject(ctx, request.query) : null,
    ]);
    if (cachedTags && !project) return;

    const view = buildTicketModal({
      ...base,
      metadata: project ? { ...metadata, projectId: project.id } : metadata,
      project,
      tags,
    });
    await updateModal(client, ctx.logger, shown, view);
  } catch (error) {
    reportFailure(ctx.logger, error, 'ticket modal preparation', { user: request.userId });
  }
}
