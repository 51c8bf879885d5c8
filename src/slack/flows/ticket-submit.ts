import type { webApi } from '@slack/bolt';
import type { TicketResult } from '../../wallet/types.js';
import { buildTicketConfirmation } from '../blocks/confirmations.js';
import type { SlackContext } from '../context.js';
import { type TicketForm, ticketBlocks } from '../forms/ticket-form.js';
import { BlockId } from '../ids.js';
import { replyPrivately } from '../reply.js';
import { escapeMrkdwn, truncate } from '../text.js';
import { outcomeOfError, type SubmitOutcome } from './submission.js';

/** The assignee's e-mail, or the sentence to show under the assignee input. */
async function assigneeEmail(
  ctx: SlackContext,
  userId: string,
): Promise<{ email: string; problem: null } | { email: null; problem: string }> {
  const match = await ctx.users.odooMatch(userId);
  if (match.odoo) return { email: match.odoo.email, problem: null };

  const who = match.slack.email ? `the e-mail ${match.slack.email}` : 'no e-mail on Slack';
  const problem = `${match.slack.name} has ${who} and no Odoo user to match; pick someone else.`;
  return { email: null, problem };
}

/** Creates the task; the assignee is matched to an Odoo user by e-mail. Never throws. */
export async function createTicketFrom(
  ctx: SlackContext,
  form: TicketForm,
  idempotencyKey: string,
  requester?: { id: string; teamId?: string | null },
): Promise<SubmitOutcome<TicketResult>> {
  try {
    const access = requester ? await ctx.users.access(requester.id, requester.teamId) : null;
    if (access && !access.allowed)
      return { kind: 'refused', title: 'New ticket', text: access.reason };

    const assignee = form.assigneeId ? await assigneeEmail(ctx, form.assigneeId) : null;
    if (assignee?.problem) {
      return { kind: 'invalid', errors: { [BlockId.ticketAssignee]: assignee.problem } };
    }

    const result = await ctx.wallet.createTicket({
      projectId: form.projectId,
      title: form.title,
      ...(form.description ? { description: form.description } : {}),
      ...(assignee?.email ? { assigneeEmails: [assignee.email] } : {}),
      ...(form.tags.length > 0 ? { tags: form.tags } : {}),
      idempotencyKey,
    });
    return { kind: 'done', value: result };
  } catch (error) {
    return outcomeOfError(ctx, error, ticketBlocks, BlockId.ticketProject, 'create ticket');
  }
}

/** Posts the task link privately, or why no task was created. */
export async function deliverTicket(
  ctx: SlackContext,
  client: webApi.WebClient,
  target: { userId: string; channelId: string | null },
  form: TicketForm,
  outcome: SubmitOutcome<TicketResult>,
): Promise<void> {
  if (outcome.kind === 'done') {
    await replyPrivately(client, ctx.logger, {
      ...target,
      ...buildTicketConfirmation(outcome.value),
    });
    return;
  }

  const reason =
    outcome.kind === 'invalid'
      ? Object.values(outcome.errors).join(' ')
      : outcome.kind === 'refused'
        ? outcome.text
        : outcome.problem;
  const title = escapeMrkdwn(truncate(form.title, 100));
  const text = `:warning: The ticket “${title}” was not created. ${reason}`;
  await replyPrivately(client, ctx.logger, { ...target, text });
}
