import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { openTicket } from '../flows/open-ticket.js';

/** The Home tab's "New ticket" button: the same modal as `/wallet ticket`. */
export function homeNewTicketClicked(ctx: SlackContext) {
  return async ({
    ack,
    body,
    client,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    await openTicket(ctx, client, {
      triggerId: body.trigger_id,
      userId: body.user.id,
      teamId: body.user.team_id ?? null,
      channelId: null,
    });
  };
}
