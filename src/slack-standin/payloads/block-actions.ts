import { isRecord } from '../validate/report.js';
import { workspace } from '../workspace.js';
import {
  asSlackView,
  findElement,
  plainWorkspace,
  teamRef,
  type UserInput,
  userRef,
} from './common.js';
import { randomTriggerId, slackTs } from './slack-ids.js';
import { buildStateValues, type InputValue, type InputValues } from './view-state.js';

/** The message a block action came from, with where `respond()` should post. */
export interface ActionMessage {
  channel: string;
  channelName?: string;
  /** The message as stored (needs `ts` and `blocks`). */
  message: Record<string, unknown>;
  responseUrl: string;
}

export interface BlockActionsInput {
  user: UserInput;
  actionId: string;
  /** What the user picked or typed, for elements that have a value (not buttons). */
  value?: InputValue;
  /** The modal or Home tab the element is in. */
  view?: Record<string, unknown>;
  /** Or the message the element is in. */
  message?: ActionMessage;
  /** Values typed so far in the view, keyed by block_id. */
  stateValues?: InputValues;
  triggerId?: string;
  at?: number;
}

function actionOf(input: BlockActionsInput, blocks: unknown[], at: number) {
  const found = findElement(blocks, input.actionId);
  if (!found) throw new Error(`No element with action_id ${input.actionId} in the blocks`);

  const { blockId, element } = found;
  const actionTs = slackTs(at);
  if (element.type === 'button') {
    const { action_id, text, value, style, url } = element;
    return {
      action_id,
      block_id: blockId,
      text,
      value,
      style,
      url,
      type: 'button',
      action_ts: actionTs,
    };
  }

  const state = buildStateValues([{ block_id: blockId, elements: [element] }], {
    [blockId]: input.value ?? null,
  });
  const entry = state[blockId]?.[input.actionId] ?? { type: element.type };
  return { ...entry, action_id: input.actionId, block_id: blockId, action_ts: actionTs };
}

function fromMessage(input: BlockActionsInput, source: ActionMessage, at: number) {
  const blocks = Array.isArray(source.message.blocks) ? source.message.blocks : [];
  const ts = String(source.message.ts);
  return {
    type: 'block_actions',
    user: userRef(input.user),
    api_app_id: workspace.appId,
    token: workspace.verificationToken,
    container: { type: 'message', message_ts: ts, channel_id: source.channel, is_ephemeral: false },
    trigger_id: input.triggerId ?? randomTriggerId(),
    team: teamRef(),
    ...plainWorkspace,
    channel: { id: source.channel, name: source.channelName ?? source.channel.toLowerCase() },
    message: source.message,
    state: { values: buildStateValues(blocks, input.stateValues) },
    response_url: source.responseUrl,
    actions: [actionOf(input, blocks, at)],
  };
}

/**
 * The `block_actions` payload for a click or pick on `actionId`, inside a view (no
 * response_url, as Slack sends it) or a message (with channel, message and response_url).
 */
export function buildBlockActions(input: BlockActionsInput): Record<string, unknown> {
  const at = input.at ?? Date.now();
  if (input.message) return fromMessage(input, input.message, at);
  if (!isRecord(input.view)) throw new Error('buildBlockActions needs a view or a message');

  const view = asSlackView(input.view);
  return {
    type: 'block_actions',
    user: userRef(input.user),
    api_app_id: workspace.appId,
    token: workspace.verificationToken,
    container: { type: 'view', view_id: view.id },
    trigger_id: input.triggerId ?? randomTriggerId(),
    team: teamRef(),
    ...plainWorkspace,
    view: { ...view, state: { values: buildStateValues(view.blocks, input.stateValues) } },
    actions: [actionOf(input, view.blocks, at)],
  };
}

export interface BlockSuggestionInput {
  user: UserInput;
  view: Record<string, unknown>;
  actionId: string;
  /** What the user typed so far. */
  value: string;
  stateValues?: InputValues;
}

/** The `block_suggestion` payload of an external_select type-ahead (it has no trigger_id). */
export function buildBlockSuggestion(input: BlockSuggestionInput): Record<string, unknown> {
  const view = asSlackView(input.view);
  const found = findElement(view.blocks, input.actionId);
  if (!found) throw new Error(`No element with action_id ${input.actionId} in the view`);

  return {
    type: 'block_suggestion',
    user: userRef(input.user),
    container: { type: 'view', view_id: view.id },
    api_app_id: workspace.appId,
    token: workspace.verificationToken,
    action_id: input.actionId,
    block_id: found.blockId,
    value: input.value,
    team: teamRef(),
    ...plainWorkspace,
    view: { ...view, state: { values: buildStateValues(view.blocks, input.stateValues) } },
  };
}
