import type { types, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../logger.js';

export interface PrivateReply {
  /** The channel the user acted in; null when there is none (App Home, a closed modal). */
  channelId: string | null;
  userId: string;
  text: string;
  blocks?: types.KnownBlock[];
}

const openAnswer = z.object({ channel: z.object({ id: z.string() }) });

/** Opens (or finds) the app's DM with a user; needs the `im:write` scope. */
export async function openDirectMessage(client: webApi.WebClient, userId: string) {
  const answer = openAnswer.parse(await client.conversations.open({ users: userId }));
  return answer.channel.id;
}

/**
 * Sends a message only the user sees: ephemeral in the channel they acted in, or a DM when
 * there is no channel or the bot may not post there (not a member of a private channel).
 */
export async function replyPrivately(
  client: webApi.WebClient,
  logger: Logger,
  reply: PrivateReply,
): Promise<void> {
  const content = { text: reply.text, ...(reply.blocks ? { blocks: reply.blocks } : {}) };

  if (reply.channelId) {
    try {
      await client.chat.postEphemeral({ channel: reply.channelId, user: reply.userId, ...content });
      return;
    } catch (error) {
      logger.warn('ephemeral reply failed; sending a DM instead', {
        channel: reply.channelId,
        error,
      });
    }
  }

  const channel = await openDirectMessage(client, reply.userId);
  await client.chat.postMessage({ channel, ...content });
}
