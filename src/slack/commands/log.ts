import { openLogTime } from '../flows/open-log-time.js';
import { channelOf, type Subcommand } from './subcommand.js';

/** `/wallet log [client]`: the log time modal, opened before Odoo is asked anything. */
export const logCommand: Subcommand = async ({ command, args, client, ctx }) => {
  await openLogTime(ctx, client, {
    triggerId: command.trigger_id,
    userId: command.user_id,
    teamId: command.team_id,
    channelId: channelOf(command),
    query: args,
  });
};
