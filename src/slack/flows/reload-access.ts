import type { SlackContext } from '../context.js';

/** Only the people in WALLET_RELOAD_USERS may open or submit a reload. */
export function mayReload(ctx: SlackContext, userId: string): boolean {
  return ctx.reloadUsers.has(userId);
}

export const reloadRefusal =
  'Sorry, reloading a batch is limited to the people an admin listed in WALLET_RELOAD_USERS, ' +
  'because it changes what clients are billed. Ask your support lead to run it, or to add you.';
