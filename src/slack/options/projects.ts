import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import { projectOptions } from '../blocks/options.js';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import { settleWithin } from '../settle.js';

/** Type-ahead for every project select; an empty list when Odoo is slow or down. */
export function projectSuggestions(ctx: SlackContext) {
  return async ({
    ack,
    body,
  }: SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs) => {
    try {
      const settled = await settleWithin(
        ctx.wallet.searchProjects(body.value.trim(), 50),
        ctx.submitWaitMs,
      );
      await ack({ options: settled.done ? projectOptions(settled.value) : [] });
    } catch (error) {
      reportFailure(ctx.logger, error, 'project suggestions', { query: body.value });
      await ack({ options: [] });
    }
  };
}
