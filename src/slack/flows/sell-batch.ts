import type { webApi } from '@slack/bolt';
import { buildReloadModal } from '../blocks/reload-modal.js';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import { OptionPrefix } from '../ids.js';
import type { ModalMetadata } from '../metadata.js';
import { reloadRefusal, showReloadChoice, showReloadProblem } from './reload-choice.js';
import { updateModal } from './views.js';

export interface BatchSale {
  viewId: string;
  metadata: ModalMetadata;
  project: { id: number; label: string };
  hours: number;
  unitPrice: number;
  userId: string;
}

/**
 * Sells and confirms the new batch the user asked for, then shows the reload plan for it;
 * the reload itself waits for the user's second confirmation.
 */
export async function sellBatchThenPlan(
  ctx: SlackContext,
  client: webApi.WebClient,
  sale: BatchSale,
): Promise<void> {
  const view = { id: sale.viewId };

  try {
    // Selling first would leave a confirmed order that nothing can be reloaded onto.
    const refusal = await reloadRefusal(ctx, sale.project.id);
    if (refusal) {
      const modal = buildReloadModal({
        metadata: sale.metadata,
        project: sale.project,
        problem: refusal,
      });
      await updateModal(client, ctx.logger, view, modal);
      return;
    }
    const batch = await ctx.wallet.createBatch({
      projectId: sale.project.id,
      hours: sale.hours,
      unitPrice: sale.unitPrice,
      confirm: true,
    });
    ctx.logger.info('batch sold', {
      project: sale.project.id,
      line: batch.lineId,
      user: sale.userId,
    });

    const sold = {
      lineId: batch.lineId,
      orderName: batch.orderName,
      hours: sale.hours,
      unitPrice: sale.unitPrice,
    };
    await showReloadChoice(ctx, client, {
      view,
      metadata: { ...sale.metadata, sold },
      project: sale.project,
      userId: sale.userId,
      choice: `${OptionPrefix.line}${batch.lineId}`,
    });
  } catch (error) {
    const problem = reportFailure(ctx.logger, error, 'sell batch', { project: sale.project.id });
    await showReloadProblem(ctx, client, view, sale, problem);
  }
}
