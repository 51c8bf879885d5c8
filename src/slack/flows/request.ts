import type { SlackContext } from '../context.js';
import { settleWithin } from '../settle.js';

/** Where a modal is opened from: the trigger, the user, and the channel to answer in. */
export interface ModalRequest {
  triggerId: string;
  userId: string;
  /** Null from App Home; replies then go to the user's DM. */
  channelId: string | null;
  /** Text after the subcommand, e.g. a client to preselect. */
  query?: string;
  /** The user's team as the request carried it; another workspace's users are refused. */
  teamId?: string | null;
}

/**
 * The user's zone if Slack answers quickly; the modal must open within the trigger's 3 s,
 * so a slow `users.info` leaves the date for the user to pick instead.
 */
export async function quickTimeZone(ctx: SlackContext, userId: string): Promise<string | null> {
  try {
    const settled = await settleWithin(ctx.users.slackUser(userId), 1000);
    return settled.done ? settled.value.timeZone : null;
  } catch (error) {
    ctx.logger.warn('users.info failed; the date is left empty', { user: userId, error });
    return null;
  }
}
