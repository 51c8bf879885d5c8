import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { buildReloadReport, type ReloadReport } from '../blocks/reload-progress.js';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import type { SoldBatch } from '../metadata.js';
import { openDirectMessage } from '../reply.js';
import { requesterName } from './reload-choice.js';

export interface ReloadRun {
  projectId: number;
  projectLabel: string;
  lineId: number;
  userId: string;
  channelId: string | null;
  /** The batch the modal sold, when it did: its price is shown in the report. */
  sold?: SoldBatch;
}

const postAnswer = z.object({ channel: z.string(), ts: z.string() });

/** Posts the report where the team sees it; the requester's DM when the bot may not post. */
async function postReport(
  ctx: SlackContext,
  client: webApi.WebClient,
  run: ReloadRun,
  report: ReloadReport,
) {
  const content = buildReloadReport(report);
  const target = ctx.auditChannel ?? run.channelId;

  if (target) {
    try {
      return postAnswer.parse(await client.chat.postMessage({ channel: target, ...content }));
    } catch (error) {
      ctx.logger.warn('reload report could not be posted; sending a DM', {
        channel: target,
        error,
      });
    }
  }
  const channel = await openDirectMessage(client, run.userId);
  return postAnswer.parse(await client.chat.postMessage({ channel, ...content }));
}

/**
 * Plans again (the data may have moved since the preview), executes, and keeps one message
 * up to date with each step, ending with the verified figures or the exact error.
 */
export async function runReload(
  ctx: SlackContext,
  client: webApi.WebClient,
  run: ReloadRun,
): Promise<void> {
  const report: ReloadReport = {
    projectName: run.projectLabel,
    requestedBy: run.userId,
    steps: {},
    outcome: null,
    ...(run.sold ? { sold: run.sold } : {}),
  };
  const message = await postReport(ctx, client, run, report);

  // Updates go out one at a time, in order, so a late one never overwrites a newer state.
  let queue: Promise<unknown> = Promise.resolve();
  const refresh = () => {
    const content = buildReloadReport(report);
    queue = queue
      .then(() => client.chat.update({ channel: message.channel, ts: message.ts, ...content }))
      .catch((error) => ctx.logger.warn('reload report update failed', { error }));
  };

  try {
    const requestedBy = await requesterName(ctx, run.userId);
    const plan = await ctx.wallet.planReload({
      projectId: run.projectId,
      newLineId: run.lineId,
      requestedBy,
    });
    report.projectName = plan.projectName;
    refresh();

    const result = await ctx.wallet.executeReload(plan, (progress) => {
      report.steps = { ...report.steps, [progress.step]: progress };
      refresh();
    });
    report.outcome = { ok: true, result };
    ctx.logger.info('reload done', { project: run.projectId, line: run.lineId, user: run.userId });
  } catch (error) {
    const problem = reportFailure(ctx.logger, error, 'reload', {
      project: run.projectId,
      line: run.lineId,
      user: run.userId,
    });
    report.outcome = { ok: false, problem };
  }

  refresh();
  await queue;
}
