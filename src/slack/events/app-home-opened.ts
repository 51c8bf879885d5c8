import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { buildHomeFor } from '../flows/home.js';

/** Publishes a fresh Home tab each time a user opens it; a redelivered event is ignored. */
export function appHomeOpened(ctx: SlackContext) {
  return async ({
    event,
    body,
    client,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    if (!ctx.dedupe.claim(`event:${body.event_id}`)) {
      ctx.logger.debug('event already handled', { event: body.event_id });
      return;
    }

    const view = await buildHomeFor(ctx, event.user);
    await client.views.publish({ user_id: event.user, view });
  };
}
