import type { webApi } from '@slack/bolt';
import { buildLogTimeModal } from '../blocks/log-time-modal.js';
import { buildNoticeModal } from '../blocks/notice.js';
import type { SlackContext } from '../context.js';
import { dateIn } from '../dates.js';
import { reportFailure } from '../failures.js';
import { findProject } from './find-project.js';
import { type ModalRequest, quickTimeZone } from './request.js';
import { openModal, updateModal } from './views.js';

/**
 * Opens the log time modal at once, then, with the modal up, checks the user has an Odoo
 * account and preselects the client the command named.
 */
export async function openLogTime(
  ctx: SlackContext,
  client: webApi.WebClient,
  request: ModalRequest,
): Promise<void> {
  const timeZone = await quickTimeZone(ctx, request.userId);
  const initialDate = timeZone ? dateIn(timeZone, ctx.clock()) : null;
  const metadata = { channelId: request.channelId };
  const shown = await openModal(
    client,
    request.triggerId,
    buildLogTimeModal({ metadata, initialDate }),
  );

  try {
    const [access, project] = await Promise.all([
      ctx.users.access(request.userId, request.teamId),
      request.query ? findProject(ctx, request.query) : null,
    ]);

    if (!access.allowed) {
      await updateModal(client, ctx.logger, shown, buildNoticeModal('Log time', access.reason));
    } else if (project) {
      const view = buildLogTimeModal({
        metadata: { ...metadata, projectId: project.id, projectLabel: project.label },
        initialDate,
        project,
      });
      await updateModal(client, ctx.logger, shown, view);
    }
  } catch (error) {
    // The modal works without the preselection; the submission reports real problems.
    reportFailure(ctx.logger, error, 'log time modal preparation', { user: request.userId });
  }
}
