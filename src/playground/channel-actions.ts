import {
  buildAppHomeOpened,
  buildBlockActions,
  buildMessageShortcut,
  eventBody,
  type InputValue,
  type InputValues,
  interactionBody,
  slashCommandBody,
} from '../slack-standin/index.js';
import { messageAck } from './api-schemas.js';
import { type Courier, type Outcome, parseJson } from './courier.js';
import type { ChatMessage } from './message-log.js';
import { dmChannelOf } from './screen.js';

// `ack({ text })` on a slash command shows the text as a response_url post would.
function showAckMessage(courier: Courier, userId: string, channel: string, body: string): void {
  if (body.trim() === '') return;
  const ack = messageAck.safeParse(parseJson(body));
  const content = ack.success ? ack.data : { text: body, blocks: [], response_type: undefined };

  courier.screen.log.add({
    channel,
    ts: courier.screen.nextTs(),
    author: courier.screen.workspace.botUserId,
    fromApp: true,
    text: content.text ?? '',
    blocks: content.blocks ?? [],
    files: [],
    visibleTo: content.response_type === 'in_channel' ? null : userId,
    threadTs: null,
  });
  courier.screen.changed();
}

/** A line typed in the message box: a slash command goes to the app, other text is posted. */
export async function sendMessage(
  courier: Courier,
  input: { userId: string; channel: string; text: string },
): Promise<Outcome> {
  const { userId, channel, text } = input;
  if (!text.startsWith('/')) {
    courier.screen.postAs(userId, channel, text);
    return { ok: true };
  }

  const [command = '', ...rest] = text.split(/\s+/);
  const body = slashCommandBody({
    command,
    text: rest.join(' '),
    userId,
    userName: courier.userRef(userId).name,
    channelId: channel,
    triggerId: courier.trigger(userId),
    responseUrl: courier.responseUrl('commands', { userId, channel, ts: null }),
  });
  const answer = await courier.send(command, body);
  if ('error' in answer) return { ok: false, error: answer.error };

  showAckMessage(courier, userId, channel, answer.body);
  return { ok: true };
}

function messageObject(courier: Courier, message: ChatMessage): Record<string, unknown> {
  const workspace = courier.screen.workspace;
  const from = message.fromApp
    ? { user: workspace.botUserId, bot_id: workspace.botId, app_id: workspace.appId }
    : { user: message.author };
  const { text, ts, blocks } = message;
  return { type: 'message', ...from, text, ts, team: workspace.teamId, blocks };
}

/** A click or pick on an element in a modal, the Home tab or a message. */
export async function sendAction(
  courier: Courier,
  input: {
    userId: string;
    surface: { kind: 'view'; viewId: string } | { kind: 'message'; channel: string; ts: string };
    actionId: string;
    value: InputValue;
    values: InputValues;
  },
): Promise<Outcome> {
  const { userId, surface } = input;
  const common = {
    user: courier.userRef(userId),
    actionId: input.actionId,
    value: input.value,
    stateValues: input.values,
    triggerId: courier.trigger(userId),
  };

  let payload: Record<string, unknown>;
  if (surface.kind === 'view') {
    const shown = courier.screen.views.find(userId, surface.viewId);
    if (!shown) return { ok: false, error: 'That view is no longer open.' };
    payload = buildBlockActions({ ...common, view: shown.view });
  } else {
    const message = courier.screen.log.find(surface.ts, surface.channel);
    if (!message) return { ok: false, error: 'That message is gone.' };
    const target = { userId, channel: surface.channel, ts: surface.ts };
    const responseUrl = courier.responseUrl('actions', target);
    const source = {
      channel: surface.channel,
      message: messageObject(courier, message),
      responseUrl,
    };
    payload = buildBlockActions({ ...common, message: source });
  }

  const answer = await courier.send('The action', interactionBody(payload));
  return 'error' in answer ? { ok: false, error: answer.error } : { ok: true };
}

/** Runs a message shortcut on a message, as picking it from the message's menu does. */
export async function sendShortcut(
  courier: Courier,
  input: { userId: string; callbackId: string; channel: string; ts: string },
): Promise<Outcome> {
  const message = courier.screen.log.find(input.ts, input.channel);
  if (!message) return { ok: false, error: 'That message is gone.' };

  const { userId, channel } = input;
  const payload = buildMessageShortcut({
    callbackId: input.callbackId,
    user: courier.userRef(userId),
    channel,
    message: {
      ...messageObject(courier, message),
      ts: message.ts,
      user: message.author,
      text: message.text,
    },
    responseUrl: courier.responseUrl('app', { userId, channel, ts: null }),
    triggerId: courier.trigger(userId),
  });
  const answer = await courier.send('The shortcut', interactionBody(payload));
  return 'error' in answer ? { ok: false, error: answer.error } : { ok: true };
}

/** Opening the Home tab: Slack sends app_home_opened with the view published so far. */
export async function openHome(courier: Courier, userId: string): Promise<Outcome> {
  const home = courier.screen.views.home(userId);
  const envelope = buildAppHomeOpened({
    user: userId,
    channel: dmChannelOf(userId),
    view: home?.view ?? null,
    at: courier.deps.app.clock().getTime(),
  });
  const answer = await courier.send('Opening Home', eventBody(envelope));
  return 'error' in answer ? { ok: false, error: answer.error } : { ok: true };
}
