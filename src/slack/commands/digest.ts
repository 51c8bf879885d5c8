import { buildDigestMessage } from '../digest/message.js';
import type { Subcommand } from './subcommand.js';

/**
 * `/wallet digest`: a private preview of this week's digest as the channel would see it,
 * read in the asking user's time zone.
 */
export const digestCommand: Subcommand = async ({ command, respond, ctx }) => {
  const digest = ctx.wallet.digest?.bind(ctx.wallet);
  if (!digest) {
    await respond({ response_type: 'ephemeral', text: 'The digest is not available here.' });
    return;
  }

  const user = await ctx.users.slackUser(command.user_id);
  const data = await digest({ asOf: ctx.clock(), timeZone: user.timeZone });
  const { text, blocks } = buildDigestMessage(data);
  await respond({ response_type: 'ephemeral', text, blocks });
};
