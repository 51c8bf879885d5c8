import { openTicket } from '../flows/open-ticket.js';
import { channelOf, type Subcommand } from './subcommand.js';

/** `/wallet ticket [client]`: the new ticket modal. */
export const ticketCommand: Subcommand = async ({ command, args, client, ctx }) => {
  await openTicket(ctx, client, {
    triggerId: command.trigger_id,
    userId: command.user_id,
    teamId: command.team_id,
    channelId: channelOf(command),
    query: args,
  });
};
