import {
  buildAppHomeOpened,
  buildBlockActions,
  buildMessageShortcut,
  eventBody,
  type InputValue,
  type InputValues,
  interactionBody,
  slashCommandBody,
  workspace,
} from '../slack-standin/index.js';
import { type Courier, type Outcome, parseJson } from './courier.js';
import type { ChatMessage } from './screen.js';

// Slack shows a message in a slash command's ack like one posted to its response_url, so
// the playground posts it there and the stand-in keeps it with the others.
async function showAckMessage(courier: Courier, responseUrl: string, body: string) {
  if (body.trim() === '') return;
  const message = parseJson(body);
  const json = typeof message === 'object' && message !== null ? message : { text: body };
  await fetch(responseUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(json),
  }).catch((error: unknown) => courier.deps.logger.warn('ack message not shown', { error }));
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
  const responseUrl = courier.responseUrl({ userId, channel, ts: null });
  const body = slashCommandBody({
    command,
    text: rest.join(' '),
    userId,
    userName: courier.userRef(userId).name,
    channelId: channel,
    triggerId: courier.trigger(userId),
    responseUrl,
  });
  const answer = await courier.send(command, body);
  if ('error' in answer) return { ok: false, error: answer.error };

  await showAckMessage(courier, responseUrl, answer.body);
  return { ok: true };
}

function messageObject(message: ChatMessage): Record<string, unknown> {
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
    const view = courier.screen.view(userId, surface.viewId);
    if (!view) return { ok: false, error: 'That view is no longer open.' };
    payload = buildBlockActions({ ...common, view: { ...view } });
  } else {
    const message = courier.screen.message(surface.channel, surface.ts);
    if (!message) return { ok: false, error: 'That message is gone.' };
    const responseUrl = courier.responseUrl({ userId, channel: surface.channel, ts: surface.ts });
    const source = { channel: surface.channel, message: messageObject(message), responseUrl };
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
  const message = courier.screen.message(input.channel, input.ts);
  if (!message) return { ok: false, error: 'That message is gone.' };

  const { userId, channel } = input;
  const payload = buildMessageShortcut({
    callbackId: input.callbackId,
    user: courier.userRef(userId),
    channel,
    message: {
      ...messageObject(message),
      ts: message.ts,
      user: message.author,
      text: message.text,
    },
    responseUrl: courier.responseUrl({ userId, channel, ts: null }),
    triggerId: courier.trigger(userId),
  });
  const answer = await courier.send('The shortcut', interactionBody(payload));
  return 'error' in answer ? { ok: false, error: answer.error } : { ok: true };
}

/** Opening the Home tab: Slack sends app_home_opened with the view published so far. */
export async function openHome(courier: Courier, userId: string): Promise<Outcome> {
  const home = courier.screen.home(userId);
  const envelope = buildAppHomeOpened({
    user: userId,
    channel: courier.screen.dmChannelOf(userId),
    view: home ? { ...home } : null,
    at: courier.deps.app.clock().getTime(),
  });
  const answer = await courier.send('Opening Home', eventBody(envelope));
  return 'error' in answer ? { ok: false, error: answer.error } : { ok: true };
}
