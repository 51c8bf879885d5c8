import type { types } from '@slack/bolt';
import { unknownUserText } from '../blocks/confirmations.js';
import { buildHomeView, buildRefusedHomeView, type HomeInput } from '../blocks/home.js';
import type { SlackContext } from '../context.js';
import { dateTimeIn, weekIn } from '../dates.js';
import { reportFailure } from '../failures.js';
import { mayReload } from './reload-access.js';

async function myHours(ctx: SlackContext, userId: string, timeZone: string) {
  const week = weekIn(timeZone, ctx.clock());
  const match = await ctx.users.odooMatch(userId);
  if (!match.odoo || !match.slack.email) return { note: unknownUserText(match.slack.email) };

  const hours = await ctx.wallet.hoursLogged(match.slack.email, week.from, week.to);
  return { hours, ...week };
}

/** Builds the Home tab for one user: their week in their zone, then the overview. */
export async function buildHomeFor(ctx: SlackContext, userId: string): Promise<types.HomeView> {
  try {
    const access = await ctx.users.access(userId);
    if (!access.allowed) return buildRefusedHomeView(access.reason);
  } catch (error) {
    return buildRefusedHomeView(
      `:warning: ${reportFailure(ctx.logger, error, 'home access', { user: userId })}`,
    );
  }

  const timeZone = await ctx.users
    .slackUser(userId)
    .then((user) => user.timeZone)
    .catch(() => 'UTC');

  const [balances, hours] = await Promise.allSettled([
    ctx.wallet.balances(),
    myHours(ctx, userId, timeZone),
  ]);

  const input: HomeInput = {
    balances: balances.status === 'fulfilled' ? balances.value : null,
    myHours:
      hours.status === 'fulfilled'
        ? hours.value
        : { note: reportFailure(ctx.logger, hours.reason, 'home hours', { user: userId }) },
    mayReload: mayReload(ctx, userId),
    updatedAt: `${dateTimeIn(timeZone, ctx.clock())} (${timeZone} time)`,
  };
  if (balances.status === 'rejected') {
    input.problem = reportFailure(ctx.logger, balances.reason, 'home overview', { user: userId });
  }
  return buildHomeView(input);
}
