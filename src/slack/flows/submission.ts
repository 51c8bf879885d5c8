import type { types } from '@slack/bolt';
import { ValidationError } from '../../errors.js';
import { buildNoticeModal } from '../blocks/notice.js';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import { settleWithin } from '../settle.js';

/** What a submission came to; only `done` changed anything in Odoo. */
export type SubmitOutcome<T> =
  | { kind: 'done'; value: T }
  | { kind: 'invalid'; errors: Record<string, string> }
  | { kind: 'refused'; title: string; text: string }
  | { kind: 'failed'; problem: string };

type ViewAck = (
  response?:
    | { response_action: 'errors'; errors: Record<string, string> }
    | { response_action: 'update'; view: types.ModalView },
) => Promise<void>;

export interface Submission<T> {
  ctx: SlackContext;
  /** The same for a repeat of one submission (view id + hash). */
  key: string;
  ack: ViewAck;
  work: () => Promise<SubmitOutcome<T>>;
  /** Sends the result by message once the modal is closed; runs once per key. */
  deliver: (outcome: SubmitOutcome<T>) => Promise<void>;
}

/**
 * Waits for Odoo as long as Slack allows: a quick refusal keeps the modal open with the
 * error under the field (nothing typed is lost); a slow answer closes the modal and comes
 * by message. A repeated submission shares the first one's outcome and sends nothing; once
 * refused, the key is forgotten, since the corrected form comes back with the same view hash.
 */
export async function answerSubmission<T>(submission: Submission<T>): Promise<void> {
  const { ctx, ack, key } = submission;
  const { first, outcome } = ctx.dedupe.once(key, async () => {
    const result = await submission.work();
    if (result.kind !== 'done') ctx.dedupe.forget(key);
    return result;
  });
  const early = await settleWithin(outcome, ctx.submitWaitMs);

  if (early.done && early.value.kind === 'invalid') {
    await ack({ response_action: 'errors', errors: early.value.errors });
    return;
  }
  if (early.done && early.value.kind === 'refused') {
    const view = buildNoticeModal(early.value.title, early.value.text);
    await ack({ response_action: 'update', view });
    return;
  }

  await ack();
  if (first) await submission.deliver(early.done ? early.value : await outcome);
}

/**
 * Turns a thrown error into an outcome: a domain ValidationError goes under the input its
 * `field` names (or the fallback input); anything else is logged and becomes a sentence.
 */
export function outcomeOfError<T>(
  ctx: SlackContext,
  error: unknown,
  blockFor: Record<string, string>,
  fallbackBlock: string,
  what: string,
): SubmitOutcome<T> {
  if (error instanceof ValidationError) {
    const block = (error.field && blockFor[error.field]) || fallbackBlock;
    ctx.logger.info(`${what} refused`, { field: error.field, error: error.message });
    return { kind: 'invalid', errors: { [block]: error.message } };
  }
  return { kind: 'failed', problem: reportFailure(ctx.logger, error, what) };
}
