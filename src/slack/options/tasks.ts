import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import { idFromValue, taskOptions } from '../blocks/options.js';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import { ActionId, BlockId, OptionPrefix } from '../ids.js';
import { decodeMetadata } from '../metadata.js';
import { settleWithin } from '../settle.js';
import { readViewState } from '../state.js';

/** The project picked so far: the select's current value, else the one preselected. */
function chosenProject(view: { state?: unknown; private_metadata?: string } | undefined) {
  const picked = readViewState(view?.state).option(BlockId.logProject, ActionId.projectSelect);
  return (
    idFromValue(picked?.value, OptionPrefix.project) ??
    decodeMetadata(view?.private_metadata).projectId ??
    null
  );
}

/** Type-ahead for the ticket select: open tasks of the project chosen in the same modal. */
export function taskSuggestions(ctx: SlackContext) {
  return async ({
    ack,
    body,
  }: SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs) => {
    const projectId = chosenProject(body.view);
    if (!projectId) {
      await ack({ options: [] });
      return;
    }

    try {
      const search = ctx.wallet.searchTasks(projectId, body.value.trim(), 50);
      const settled = await settleWithin(search, ctx.submitWaitMs);
      await ack({ options: settled.done ? taskOptions(settled.value) : [] });
    } catch (error) {
      reportFailure(ctx.logger, error, 'task suggestions', { project: projectId });
      await ack({ options: [] });
    }
  };
}
