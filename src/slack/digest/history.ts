import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { digestEventType } from './message.js';

/** Who the bot is, to tell its own digests from anything else carrying the same marker. */
export interface BotIdentity {
  userId: string;
  botId: string | null;
}

const authAnswer = z.object({ user_id: z.string(), bot_id: z.string().optional() });

/** Asks Slack who the token belongs to. */
export async function whoAmI(client: webApi.WebClient): Promise<BotIdentity> {
  const answer = authAnswer.parse(await client.auth.test());
  return { userId: answer.user_id, botId: answer.bot_id ?? null };
}

const historyAnswer = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string(),
        user: z.string().optional(),
        bot_id: z.string().optional(),
        metadata: z
          .object({
            event_type: z.string(),
            event_payload: z.record(z.string(), z.unknown()).optional(),
          })
          .optional(),
      }),
    )
    .default([]),
  has_more: z.boolean().optional(),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

/**
 * The ts of the bot's digest for `week` in the channel, or null. Reads only messages since
 * `since` (the start of the week), asking Slack to include the metadata it otherwise omits.
 */
export async function findPostedDigest(
  client: webApi.WebClient,
  channel: string,
  week: string,
  since: Date,
  bot: BotIdentity,
): Promise<string | null> {
  let cursor: string | undefined;
  do {
    const answer = historyAnswer.parse(
      await client.conversations.history({
        channel,
        oldest: (since.getTime() / 1000).toFixed(6),
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      }),
    );
    const digest = answer.messages.find(
      (message) =>
        message.metadata?.event_type === digestEventType &&
        message.metadata.event_payload?.week === week &&
        (message.user === bot.userId || (bot.botId !== null && message.bot_id === bot.botId)),
    );
    if (digest) return digest.ts;
    cursor = answer.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return null;
}

const listAnswer = z.object({
  channels: z.array(z.object({ id: z.string(), name: z.string().optional() })).default([]),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

/**
 * The id of a channel given as an id (`C0123…`) or a name (`#support`, `support`): history
 * and uploads take ids only. Returns null when no channel the bot can see has that name.
 */
export async function resolveChannelId(
  client: webApi.WebClient,
  channel: string,
): Promise<string | null> {
  if (/^[CGD][A-Z0-9]{2,}$/.test(channel)) return channel;

  const name = channel.replace(/^#/, '').toLowerCase();
  let cursor: string | undefined;
  do {
    const answer = listAnswer.parse(
      await client.conversations.list({
        // The manifest grants channels:read only; a private channel is given by its id.
        types: 'public_channel',
        exclude_archived: true,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      }),
    );
    const match = answer.channels.find((candidate) => candidate.name?.toLowerCase() === name);
    if (match) return match.id;
    cursor = answer.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return null;
}
