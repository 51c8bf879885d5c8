import { openReload } from '../flows/open-reload.js';
import { mayReload, reloadRefusal } from '../flows/reload-access.js';
import { channelOf, type Subcommand } from './subcommand.js';

/** `/wallet reload [project]`: the guarded reload modal, for the allowed users only. */
export const reloadCommand: Subcommand = async ({ command, args, respond, client, ctx }) => {
  if (!mayReload(ctx, command.user_id)) {
    await respond({ response_type: 'ephemeral', text: reloadRefusal });
    return;
  }
  await openReload(ctx, client, {
    triggerId: command.trigger_id,
    userId: command.user_id,
    channelId: channelOf(command),
    query: args,
  });
};
