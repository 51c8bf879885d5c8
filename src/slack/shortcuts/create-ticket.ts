import type {
  AllMiddlewareArgs,
  MessageShortcut,
  SlackShortcutMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import { z } from 'zod';
import type { SlackContext } from '../context.js';
import { openTicket } from '../flows/open-ticket.js';
import { mrkdwnToPlain } from '../mrkdwn-plain.js';
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

/** A user's display name if Slack gives it quickly, else null (the id is shown instead). */
async function quickName(ctx: SlackContext, userId: string): Promise<string | null> {
  try {
    const settled = await settleWithin(ctx.users.slackUser(userId), 1000);
    return settled.done ? settled.value.name : null;
  } catch (error) {
    ctx.logger.warn('users.info failed; the mention keeps the user id', { error, userId });
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

    const [permalink, plain] = await Promise.all([
      quickPermalink(ctx, client, shortcut),
      mrkdwnToPlain(shortcut.message.text ?? '', (id) => quickName(ctx, id)),
    ]);
    const text = plain.trim();
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
