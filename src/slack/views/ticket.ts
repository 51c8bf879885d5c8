import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { answerSubmission } from '../flows/submission.js';
import { createTicketFrom, deliverTicket } from '../flows/ticket-submit.js';
import { readTicketForm } from '../forms/ticket-form.js';
import { decodeMetadata } from '../metadata.js';

/** New ticket submitted: one task per submission, however often it arrives. */
export function ticketSubmitted(ctx: SlackContext) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const read = readTicketForm(view.state);
    if (!read.ok) {
      await ack({ response_action: 'errors', errors: read.errors });
      return;
    }

    const { form } = read;
    const key = `ticket:${view.id}:${view.hash}`;
    const target = {
      userId: body.user.id,
      channelId: decodeMetadata(view.private_metadata).channelId,
    };
    await answerSubmission({
      ctx,
      key,
      ack,
      work: () => createTicketFrom(ctx, form, key, { id: body.user.id, teamId: body.user.team_id }),
      deliver: (outcome) => deliverTicket(ctx, client, target, form, outcome),
    });
  };
}
