import {
  buildBlockSuggestion,
  buildViewClosed,
  buildViewSubmission,
  type InputValues,
  interactionBody,
} from '../slack-standin/index.js';
import { submissionAck, suggestionAnswer } from './api-schemas.js';
import { type Courier, type Outcome, parseJson } from './courier.js';

/** Type-ahead in an external_select: asks the app for options with a block_suggestion. */
export async function suggestOptions(
  courier: Courier,
  input: { userId: string; viewId: string; actionId: string; value: string; values: InputValues },
): Promise<Outcome> {
  const view = courier.screen.view(input.userId, input.viewId);
  if (!view) return { ok: false, error: 'That view is no longer open.' };

  const payload = buildBlockSuggestion({
    user: courier.userRef(input.userId),
    view: { ...view },
    actionId: input.actionId,
    value: input.value,
    stateValues: input.values,
  });
  const answer = await courier.send('Loading options', interactionBody(payload));
  if ('error' in answer) return { ok: false, error: answer.error };

  const options = suggestionAnswer.safeParse(parseJson(answer.body));
  if (!options.success) return { ok: false, error: 'The app answered with malformed options.' };
  return { ok: true, options: options.data };
}

/**
 * Submits a modal. The stand-in applies the acknowledgement as Slack's client does: errors
 * stay on the form, `update` replaces it, `push` stacks one, `clear` closes all, empty closes it.
 */
export async function submitView(
  courier: Courier,
  input: { userId: string; viewId: string; values: InputValues },
): Promise<Outcome> {
  const { userId, viewId } = input;
  const view = courier.screen.view(userId, viewId);
  if (!view) return { ok: false, error: 'That view is no longer open.' };

  const payload = buildViewSubmission({ ...view }, input.values, courier.userRef(userId), {
    triggerId: courier.trigger(userId),
  });
  const answer = await courier.send('Submitting the form', interactionBody(payload));
  if ('error' in answer) return { ok: false, error: answer.error };

  const ack = submissionAck.safeParse(answer.body.trim() === '' ? {} : parseJson(answer.body));
  if (!ack.success) return { ok: false, error: 'The app acknowledged with a malformed body.' };

  const outcome = courier.screen.standin.applyViewAck(viewId, ack.data);
  courier.screen.changed();
  if ('errors' in outcome) return { ok: true, errors: outcome.errors };
  if ('refusal' in outcome) {
    const reasons = outcome.reasons?.join('; ') ?? '';
    return { ok: false, error: `Slack refused the app's answer: ${outcome.refusal} ${reasons}` };
  }
  return { ok: true };
}

/** Closes the top modal; tells the app when the view asked for `notify_on_close`. */
export async function closeView(
  courier: Courier,
  input: { userId: string; viewId: string },
): Promise<Outcome> {
  const view = courier.screen.view(input.userId, input.viewId);
  if (!view) return { ok: true };

  // Closing is what the client does on an empty ack (or `clear` with clear_on_close).
  courier.screen.standin.applyViewAck(
    input.viewId,
    view.clear_on_close ? { response_action: 'clear' } : {},
  );
  courier.screen.changed();
  if (!view.notify_on_close) return { ok: true };

  const payload = buildViewClosed({ ...view }, courier.userRef(input.userId));
  const answer = await courier.send('Closing the form', interactionBody(payload));
  return 'error' in answer ? { ok: false, error: answer.error } : { ok: true };
}
