import {
  type ApiAnswer,
  errorAnswer,
  invalidView,
  missingArgument,
  okAnswer,
} from '../api-answer.js';
import { type ApiArgs, stringArg } from '../api-args.js';
import type { MethodHandler, StandinState } from '../state.js';
import { isRecord } from '../validate/report.js';
import { isViewTooLarge, validateView } from '../validate/view.js';
import type { ViewResult } from '../view-store.js';

type ViewArg = { view: Record<string, unknown> } | { refusal: ApiAnswer };

/** The `view` argument, checked like Slack does; `type` narrows what the method accepts. */
function readView(args: ApiArgs, type?: 'modal' | 'home'): ViewArg {
  const view = args.view;
  if (view === undefined || view === '') return { refusal: missingArgument('view') };
  if (!isRecord(view)) {
    return { refusal: invalidView([{ reason: 'must provide an object', pointer: '/view' }]) };
  }
  if (isViewTooLarge(view)) return { refusal: errorAnswer('view_too_large') };

  const errors = validateView(view);
  if (type && view.type !== type && typeof view.type === 'string' && errors.length === 0) {
    errors.push({ reason: `unsupported type: ${view.type}`, pointer: '/view/type' });
  }
  return errors.length > 0 ? { refusal: invalidView(errors) } : { view };
}

function answer(result: ViewResult): ApiAnswer {
  return 'refusal' in result ? errorAnswer(result.refusal) : okAnswer({ view: result.view });
}

/** Uses the trigger up; views.open and views.push need a fresh one. */
function exchangeTrigger(args: ApiArgs, state: StandinState): { userId: string } | ApiAnswer {
  const triggerId = stringArg(args, 'trigger_id') ?? stringArg(args, 'interactivity_pointer');
  if (!triggerId) return missingArgument('trigger_id');

  const exchanged = state.triggers.exchange(triggerId);
  return 'refusal' in exchanged ? errorAnswer(exchanged.refusal) : exchanged;
}

const open: MethodHandler = (args, state) => {
  const view = readView(args, 'modal');
  if ('refusal' in view) return view.refusal;
  const trigger = exchangeTrigger(args, state);
  if ('ok' in trigger) return trigger;

  return answer(state.views.open(trigger.userId, view.view));
};

const push: MethodHandler = (args, state) => {
  const view = readView(args, 'modal');
  if ('refusal' in view) return view.refusal;
  const trigger = exchangeTrigger(args, state);
  if ('ok' in trigger) return trigger;

  return answer(state.views.push(trigger.userId, view.view));
};

const update: MethodHandler = (args, state) => {
  const viewId = stringArg(args, 'view_id');
  const externalId = stringArg(args, 'external_id');
  if (!viewId && !externalId) return missingArgument('view_id');
  const view = readView(args);
  if ('refusal' in view) return view.refusal;

  const target = viewId ? { viewId } : { externalId };
  return answer(state.views.update(target, view.view, stringArg(args, 'hash')));
};

const publish: MethodHandler = (args, state) => {
  const userId = stringArg(args, 'user_id');
  if (!userId) return missingArgument('user_id');
  if (!state.users.has(userId)) return errorAnswer('user_not_found');
  const view = readView(args, 'home');
  if ('refusal' in view) return view.refusal;

  return answer(state.views.publish(userId, view.view, stringArg(args, 'hash')));
};

/** views.* methods. */
export const viewMethods: Record<string, MethodHandler> = {
  'views.open': open,
  'views.push': push,
  'views.update': update,
  'views.publish': publish,
};
