import type { webApi } from '@slack/bolt';
import type { LogTimeResult } from '../../wallet/types.js';
import { buildLogConfirmation, unknownUserText } from '../blocks/confirmations.js';
import type { SlackContext } from '../context.js';
import { type LogTimeForm, logTimeBlocks, logTimeSummary } from '../forms/log-time-form.js';
import { BlockId } from '../ids.js';
import { replyPrivately } from '../reply.js';
import { outcomeOfError, type SubmitOutcome } from './submission.js';

/** Logs the entry as the Odoo user with the Slack profile's e-mail; never throws. */
export async function logTimeAs(
  ctx: SlackContext,
  user: { id: string; teamId?: string | null },
  form: LogTimeForm,
  idempotencyKey: string,
): Promise<SubmitOutcome<LogTimeResult>> {
  try {
    const access = await ctx.users.access(user.id, user.teamId);
    if (!access.allowed) return { kind: 'refused', title: 'Log time', text: access.reason };

    const { match } = access;
    if (!match.slack.email) {
      return { kind: 'refused', title: 'Log time', text: unknownUserText(null) };
    }

    const result = await ctx.wallet.logTime({
      userEmail: match.slack.email,
      projectId: form.projectId,
      ...(form.taskId ? { taskId: form.taskId } : {}),
      date: form.date,
      duration: form.duration,
      description: form.description,
      timeZone: match.slack.timeZone,
      idempotencyKey,
    });
    return { kind: 'done', value: result };
  } catch (error) {
    return outcomeOfError(ctx, error, logTimeBlocks, BlockId.logProject, 'log time');
  }
}

function outcomeText(outcome: SubmitOutcome<LogTimeResult>, form: LogTimeForm): string {
  const entered = `\nWhat you entered: ${logTimeSummary(form)}`;
  switch (outcome.kind) {
    case 'invalid': {
      const reasons = Object.values(outcome.errors).join(' ');
      return `:warning: The time was not logged: ${reasons}${entered}`;
    }
    case 'refused':
      return `:warning: The time was not logged. ${outcome.text}${entered}`;
    case 'failed':
      return `:warning: The time was not logged. ${outcome.problem}${entered}`;
    default:
      return '';
  }
}

/** Tells the user privately how it went, once the modal is closed. */
export async function deliverLogTime(
  ctx: SlackContext,
  client: webApi.WebClient,
  target: { userId: string; channelId: string | null },
  form: LogTimeForm,
  outcome: SubmitOutcome<LogTimeResult>,
): Promise<void> {
  const content =
    outcome.kind === 'done'
      ? buildLogConfirmation(outcome.value, form.description, form.taskLabel)
      : { text: outcomeText(outcome, form) };
  await replyPrivately(client, ctx.logger, { ...target, ...content });
}
