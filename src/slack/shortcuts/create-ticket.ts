import type {
  AllMiddlewareArgs,
  MessageShortcut,
  SlackShortcutMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import { z } from 'zod';
import type { SlackContext } from '../context.js';
import { openTicket } from '../flows/open-ticket.js';
import { settleWithin } from '../settle.js';

const permalinkAnswer = z.object({ permalink: z.string() });

/** The message's link if Slack gives it quickly; the trigger only lives 3 s. */
async function quickPermalink(
  ctx: SlackContext,
  client: webApi.WebClient,
  shortcut: MessageShortcut,
) {
  try {
    const call = client.chat.getPermalink({
      channel: shortcut.channel.id,
      message_ts: shortcut.message_ts,
    });
    const settled = await settleWithin(call, 1000);
    return settled.done ? permalinkAnswer.parse(settled.value).permalink : null;
  } catch (error) {
    ctx.logger.warn('chat.getPermalink failed; the ticket goes without the link', { error });
    return null;
  }
}

/** The "Create support ticket" message shortcut: the ticket modal, prefilled from the message. */
export function createTicketShortcut(ctx: SlackContext) {
  return async ({
    ack,
    shortcut,
    client,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs) => {
    await ack();

    const permalink = await quickPermalink(ctx, client, shortcut);
    const text = shortcut.message.text?.trim() ?? '';
    const description = [text, permalink ? `From Slack: ${permalink}` : '']
      .filter(Boolean)
      .join('\n\n');
    await openTicket(ctx, client, {
      triggerId: shortcut.trigger_id,
      userId: shortcut.user.id,
      teamId: shortcut.user.team_id,
      channelId: shortcut.channel.id,
      description,
    });
  };
}
