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
  const shown = courier.screen.views.find(input.userId, input.viewId);
  if (!shown) return { ok: false, error: 'That view is no longer open.' };

  const payload = buildBlockSuggestion({
    user: courier.userRef(input.userId),
    view: shown.view,
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
 * Submits a modal. The acknowledgement decides what happens, as in Slack: errors stay on
 * the form, `update` replaces it, `push` stacks a new one, `clear` closes all, empty closes it.
 */
export async function submitView(
  courier: Courier,
  input: { userId: string; viewId: string; values: InputValues },
): Promise<Outcome> {
  const { userId, viewId } = input;
  const views = courier.screen.views;
  const shown = views.find(userId, viewId);
  if (!shown) return { ok: false, error: 'That view is no longer open.' };

  const payload = buildViewSubmission(shown.view, input.values, courier.userRef(userId), {
    triggerId: courier.trigger(userId),
  });
  const answer = await courier.send('Submitting the form', interactionBody(payload));
  if ('error' in answer) return { ok: false, error: answer.error };

  const parsed = submissionAck.safeParse(answer.body.trim() === '' ? {} : parseJson(answer.body));
  if (!parsed.success) return { ok: false, error: 'The app acknowledged with a malformed body.' };

  const ack = parsed.data;
  if ('errors' in ack) return { ok: true, errors: ack.errors };
  if ('view' in ack && ack.response_action === 'update') views.update({ viewId }, ack.view);
  else if ('view' in ack && ack.response_action === 'push') views.push(userId, ack.view);
  else views.close(userId, ack.response_action === 'clear');
  courier.screen.changed();
  return { ok: true };
}

/** Closes the top modal; tells the app when the view asked for `notify_on_close`. */
export async function closeView(
  courier: Courier,
  input: { userId: string; viewId: string },
): Promise<Outcome> {
  const views = courier.screen.views;
  const shown = views.find(input.userId, input.viewId);
  if (!shown) return { ok: true };

  views.close(input.userId, shown.view.clear_on_close === true);
  courier.screen.changed();
  if (shown.view.notify_on_close !== true) return { ok: true };

  const payload = buildViewClosed(shown.view, courier.userRef(input.userId));
  const answer = await courier.send('Closing the form', interactionBody(payload));
  return 'error' in answer ? { ok: false, error: answer.error } : { ok: true };
}
