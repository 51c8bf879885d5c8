import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewClosedAction } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import { formatBoth } from '../hours.js';
import { WALLET_COMMAND } from '../ids.js';
import { decodeMetadata } from '../metadata.js';
import { replyPrivately } from '../reply.js';
import { escapeMrkdwn } from '../text.js';

/**
 * The reload modal was closed after it sold a batch (only such modals ask to be told): the
 * sold batch stays confirmed in Odoo and is offered again by the next reload.
 */
export function reloadClosed(ctx: SlackContext) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewClosedAction> & AllMiddlewareArgs) => {
    await ack();
    const metadata = decodeMetadata(view.private_metadata);
    const { sold } = metadata;
    if (!sold) return;

    const project = escapeMrkdwn(metadata.projectLabel ?? 'the project');
    const text =
      `Reload of *${project}* cancelled. The batch you sold, *${escapeMrkdwn(sold.orderName)}* ` +
      `(${formatBoth(sold.hours)}), stays confirmed in Odoo; the project keeps its current ` +
      `batch. Run \`${WALLET_COMMAND} reload\` again when you are ready: ` +
      `${escapeMrkdwn(sold.orderName)} will be offered as the new batch.`;
    try {
      await replyPrivately(client, ctx.logger, {
        channelId: metadata.channelId,
        userId: body.user.id,
        text,
      });
    } catch (error) {
      reportFailure(ctx.logger, error, 'reload closed', { user: body.user.id });
    }
  };
}
