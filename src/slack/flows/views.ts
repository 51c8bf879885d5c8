import type { types, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../logger.js';

/** The id and hash of a view Slack shows; the hash guards `views.update` against races. */
export interface ShownView {
  id: string;
  hash: string;
}

/** A view to update; without a hash the update always wins. */
export interface ViewTarget {
  id: string;
  hash?: string;
}

const viewAnswer = z.object({ view: z.object({ id: z.string(), hash: z.string() }) });

/** Opens a modal from a trigger (valid for 3 s, once). */
export async function openModal(
  client: webApi.WebClient,
  triggerId: string,
  view: types.ModalView,
): Promise<ShownView> {
  return viewAnswer.parse(await client.views.open({ trigger_id: triggerId, view })).view;
}

function isHashConflict(error: unknown): boolean {
  if (!(error instanceof Error) || !('data' in error)) return false;
  const parsed = z.object({ error: z.string() }).safeParse(error.data);
  return parsed.success && parsed.data.error === 'hash_conflict';
}

/**
 * Replaces a modal's content. With a hash, an update that lost a race with another one is
 * dropped (null) instead of overwriting what the user now sees.
 */
export async function updateModal(
  client: webApi.WebClient,
  logger: Logger,
  target: ViewTarget,
  view: types.ModalView,
): Promise<ShownView | null> {
  try {
    const answer = await client.views.update({
      view_id: target.id,
      ...(target.hash ? { hash: target.hash } : {}),
      view,
    });
    return viewAnswer.parse(answer).view;
  } catch (error) {
    if (!isHashConflict(error)) throw error;
    logger.debug('modal changed meanwhile; update dropped', { view: target.id });
    return null;
  }
}
