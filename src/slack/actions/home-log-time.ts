import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { openLogTime } from '../flows/open-log-time.js';

/** The Home tab's "Log time" button: the same modal as `/wallet log`, answered by DM. */
export function homeLogTimeClicked(ctx: SlackContext) {
  return async ({
    ack,
    body,
    client,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    await openLogTime(ctx, client, {
      triggerId: body.trigger_id,
      userId: body.user.id,
      teamId: body.user.team_id ?? null,
      channelId: null,
    });
  };
}
