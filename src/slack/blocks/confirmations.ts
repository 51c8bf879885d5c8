import type { types } from '@slack/bolt';
import type { LogTimeResult, TicketResult } from '../../wallet/types.js';
import { formatBoth } from '../hours.js';
import { escapeMrkdwn, mrkdwnLink, truncate } from '../text.js';
import { context, section } from './kit.js';

function crossedWarning(result: LogTimeResult): string | null {
  const { balanceAfter: after } = result;
  const name = escapeMrkdwn(after.projectName);

  if (result.crossed === 'debt') {
    return (
      `:red_circle: *${name} is now in debt* (${formatBoth(after.remaining)}). ` +
      'The next batch starts lower by this much; time to sell a reload.'
    );
  }
  if (result.crossed === 'low') {
    return `:large_yellow_circle: *${name} is running low*: ${formatBoth(after.remaining)} left.`;
  }
  return null;
}

/** The private confirmation after logging time: the entry and the balance after it. */
export function buildLogConfirmation(
  result: LogTimeResult,
  description: string,
  taskLabel: string | null,
): { text: string; blocks: types.KnownBlock[] } {
  const after = result.balanceAfter;
  const project = mrkdwnLink(after.url, after.projectName);
  const where = taskLabel ? `${project} · ${escapeMrkdwn(taskLabel)}` : project;
  const text = `Logged ${formatBoth(result.hours)} on ${escapeMrkdwn(after.projectName)}`;

  const blocks: types.KnownBlock[] = [
    section(
      `:white_check_mark: Logged *${formatBoth(result.hours)}* on ${where}, ${result.date}\n` +
        `> ${escapeMrkdwn(truncate(description, 500)).replace(/\n/g, '\n> ')}`,
    ),
    context(
      `Balance now *${formatBoth(after.remaining)}* ` +
        `(was ${formatBoth(result.balanceBefore.remaining)}).`,
    ),
  ];

  const warning = crossedWarning(result);
  if (warning) blocks.push(section(warning));
  return { text, blocks };
}

/** The private confirmation after a ticket was created, with its link. */
export function buildTicketConfirmation(result: TicketResult): {
  text: string;
  blocks: types.KnownBlock[];
} {
  const link = mrkdwnLink(result.url, result.name);
  const batch = result.batch
    ? `It bills to batch *${escapeMrkdwn(result.batch.orderName)}*.`
    : ':white_circle: The project has no batch, so the ticket bills to none yet.';
  return {
    text: `Ticket created: ${escapeMrkdwn(result.name)} ${result.url}`,
    blocks: [section(`:ticket: Ticket created: *${link}*\n${batch}`)],
  };
}

/** Why time cannot be logged as this user, and what to ask an Odoo admin for. */
export function unknownUserText(email: string | null): string {
  if (!email) {
    return (
      'Your Slack profile shows no e-mail address to find you in Odoo with. ' +
      'Ask a Slack admin to let the app read e-mail addresses (scope users:read.email).'
    );
  }
  return (
    `No Odoo user has the e-mail *${escapeMrkdwn(email)}* (the one on your Slack profile). ` +
    'Ask an Odoo admin to give your Odoo user that e-mail, or to create one with it, ' +
    'linked to an employee so it can log timesheets.'
  );
}
