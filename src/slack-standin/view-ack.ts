import type { SlackView } from './payloads/view-object.js';
import { formatBlockError, isRecord } from './validate/report.js';
import { isViewTooLarge, validateView } from './validate/view.js';
import type { ViewStore } from './view-store.js';

/** What the modal shows after the app acknowledged a view_submission. */
export type ViewAckOutcome =
  | { closed: true }
  | { view: SlackView }
  | { errors: Record<string, string> }
  | { refusal: string; reasons?: string[] };

function checked(
  view: unknown,
): { view: Record<string, unknown> } | { refusal: string; reasons?: string[] } {
  if (!isRecord(view)) return { refusal: 'invalid_arguments', reasons: ['must provide an object'] };
  if (isViewTooLarge(view)) return { refusal: 'view_too_large' };

  const errors = validateView(view);
  if (errors.length > 0)
    return { refusal: 'invalid_arguments', reasons: errors.map(formatBlockError) };
  return { view };
}

/**
 * Plays the client's part after a view_submission ack: no response_action closes the
 * submitted view, `clear` closes the stack, `update` / `push` change it, `errors` keeps it.
 * Lets tests and the playground keep the stand-in's modal stacks in step with the app.
 */
export function applyViewAck(views: ViewStore, viewId: string, ack: unknown): ViewAckOutcome {
  const found = views.locate({ viewId });
  if (!found) return { refusal: 'not_found' };

  const action = isRecord(ack) ? ack.response_action : undefined;
  if (action === 'errors' && isRecord(ack) && isRecord(ack.errors)) {
    const errors = Object.fromEntries(
      Object.entries(ack.errors).map(([key, value]) => [key, String(value)]),
    );
    return { errors };
  }
  if (action !== 'update' && action !== 'push') {
    views.close(found.userId, action === 'clear');
    return { closed: true };
  }

  const view = checked(isRecord(ack) ? ack.view : undefined);
  if ('refusal' in view) return view;
  const result =
    action === 'update' ? views.update({ viewId }, view.view) : views.push(found.userId, view.view);
  return result;
}
