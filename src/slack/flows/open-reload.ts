import type { webApi } from '@slack/bolt';
import { buildReloadModal } from '../blocks/reload-modal.js';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import { escapeMrkdwn, truncate } from '../text.js';
import { findProject } from './find-project.js';
import { showReloadChoice } from './reload-choice.js';
import type { ModalRequest } from './request.js';
import { openModal, updateModal } from './views.js';

/** Opens the reload modal at once; with a project named, goes straight to its plan. */
export async function openReload(
  ctx: SlackContext,
  client: webApi.WebClient,
  request: ModalRequest,
): Promise<void> {
  const metadata = { channelId: request.channelId };
  const query = request.query?.trim() ?? '';
  const shown = await openModal(
    client,
    request.triggerId,
    buildReloadModal({ metadata, loading: query !== '' }),
  );
  if (!query) return;

  let project: { id: number; label: string } | null = null;
  try {
    project = await findProject(ctx, query);
  } catch (error) {
    const problem = reportFailure(ctx.logger, error, 'reload project search', { query });
    await updateModal(client, ctx.logger, shown, buildReloadModal({ metadata, problem }));
    return;
  }

  if (!project) {
    const typed = escapeMrkdwn(truncate(query, 60));
    const problem = `No single project matches “${typed}”; pick it above.`;
    await updateModal(client, ctx.logger, shown, buildReloadModal({ metadata, problem }));
    return;
  }
  await showReloadChoice(ctx, client, { view: shown, metadata, project, userId: request.userId });
}
