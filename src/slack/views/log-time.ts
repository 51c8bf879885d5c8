import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { deliverLogTime, logTimeAs } from '../flows/log-time-submit.js';
import { answerSubmission } from '../flows/submission.js';
import { readLogTimeForm } from '../forms/log-time-form.js';
import { decodeMetadata } from '../metadata.js';

/** Log time submitted: one timesheet per submission, however often it arrives. */
export function logTimeSubmitted(ctx: SlackContext) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const read = readLogTimeForm(view.state);
    if (!read.ok) {
      await ack({ response_action: 'errors', errors: read.errors });
      return;
    }

    const { form } = read;
    const key = `log_time:${view.id}:${view.hash}`;
    const target = {
      userId: body.user.id,
      channelId: decodeMetadata(view.private_metadata).channelId,
    };
    await answerSubmission({
      ctx,
      key,
      ack,
      work: () => logTimeAs(ctx, { id: body.user.id, teamId: body.user.team_id }, form, key),
      deliver: (outcome) => deliverLogTime(ctx, client, target, form, outcome),
    });
  };
}
