import { adoptPayload } from './adopt-payload.js';
import { buildAppHomeOpened } from './payloads/app-home-opened.js';
import { buildBlockActions, buildBlockSuggestion } from './payloads/block-actions.js';
import { buildMessageShortcut } from './payloads/message-shortcut.js';
import type { InputValue, InputValues } from './payloads/view-state.js';
import { buildViewSubmission } from './payloads/view-submission.js';
import type { SlackStandin } from './server.js';
import {
  eventBody,
  interactionBody,
  type SignedHeaders,
  type SlashCommandInput,
  signSlackRequest,
  slashCommandBody,
} from './signing.js';
import type { StoredMessage } from './types.js';
import { dmChannelOf } from './users.js';
import { baseMessageJson } from './wire.js';
import { workspace } from './workspace.js';

/** A request as Slack would send it to the app: the exact body and its signed headers. */
export interface SignedSlackRequest {
  body: string;
  headers: SignedHeaders;
  /** The trigger id inside, issued by the stand-in (absent for type-ahead and events). */
  triggerId?: string;
  /** The response_url inside, served by the stand-in. */
  responseUrl?: string;
}

export interface SlackRequestKitOptions {
  standin: SlackStandin;
  signingSecret: string;
  /** Clock for the signature timestamp; Bolt compares it with its own (real) clock. */
  clock?: () => number;
}

type Slash = Omit<SlashCommandInput, 'triggerId' | 'responseUrl'>;

/**
 * Builds signed requests whose trigger ids and response URLs the stand-in knows, from what
 * the stand-in holds (open modals, posted messages, published Home tabs).
 */
export function createSlackRequestKit(options: SlackRequestKitOptions) {
  const { standin, signingSecret } = options;
  const clock = options.clock ?? Date.now;
  const sign = (body: string, extra: Partial<SignedSlackRequest> = {}): SignedSlackRequest => ({
    body,
    headers: signSlackRequest(signingSecret, body, Math.floor(clock() / 1000)),
    ...extra,
  });

  const findMessage = (channel: string, ts: string): StoredMessage => {
    const message = standin.messagesIn(channel).find((each) => each.ts === ts);
    if (!message) throw new Error(`The stand-in has no message ${ts} in ${channel}`);
    return message;
  };

  const topModal = (user: string, viewId?: string) => {
    const stack = standin.views.modals.get(user) ?? [];
    const view = viewId ? stack.find((each) => each.id === viewId) : stack[stack.length - 1];
    if (!view) throw new Error(`No open modal${viewId ? ` ${viewId}` : ''} for ${user}`);
    return view;
  };

  return {
    slashCommand(input: Slash): SignedSlackRequest {
      const userId = input.userId ?? 'U0AGENT';
      const channel = input.channelId ?? workspace.supportChannel;
      const triggerId = standin.issueTriggerId(userId);
      const responseUrl = standin.issueResponseUrl({ channel, user: userId });
      return sign(slashCommandBody({ ...input, triggerId, responseUrl }), {
        triggerId,
        responseUrl,
      });
    },

    /** Submits the user's top modal (or `viewId`) with the values typed. */
    viewSubmission(input: {
      user?: string;
      viewId?: string;
      values: InputValues;
    }): SignedSlackRequest {
      const user = input.user ?? 'U0AGENT';
      const triggerId = standin.issueTriggerId(user);
      const payload = buildViewSubmission(topModal(user, input.viewId), input.values, user, {
        triggerId,
      });
      return sign(interactionBody(payload), { triggerId });
    },

    /** A click or pick in the user's top modal. */
    viewAction(input: {
      user?: string;
      actionId: string;
      value?: InputValue;
      stateValues?: InputValues;
    }) {
      const user = input.user ?? 'U0AGENT';
      const triggerId = standin.issueTriggerId(user);
      const view = topModal(user);
      const payload = buildBlockActions({ ...input, user, view, triggerId, at: clock() });
      return sign(interactionBody(payload), { triggerId });
    },

    /** A click or pick in a message the app posted. */
    messageAction(input: {
      user?: string;
      channel: string;
      ts: string;
      actionId: string;
      value?: InputValue;
    }) {
      const user = input.user ?? 'U0AGENT';
      const message = baseMessageJson(findMessage(input.channel, input.ts));
      const triggerId = standin.issueTriggerId(user);
      const responseUrl = standin.issueResponseUrl({
        channel: input.channel,
        user,
        messageTs: input.ts,
      });
      const payload = buildBlockActions({
        user,
        actionId: input.actionId,
        value: input.value,
        message: { channel: input.channel, message, responseUrl },
        triggerId,
        at: clock(),
      });
      return sign(interactionBody(payload), { triggerId, responseUrl });
    },

    /** Type-ahead in an external_select of the user's top modal. */
    blockSuggestion(input: { user?: string; actionId: string; value: string }): SignedSlackRequest {
      const user = input.user ?? 'U0AGENT';
      const payload = buildBlockSuggestion({ ...input, user, view: topModal(user) });
      return sign(interactionBody(payload));
    },

    /** A message shortcut on a message of the stand-in's channel. */
    messageShortcut(input: { user?: string; callbackId: string; channel: string; ts: string }) {
      const user = input.user ?? 'U0AGENT';
      const message = findMessage(input.channel, input.ts);
      const triggerId = standin.issueTriggerId(user);
      const responseUrl = standin.issueResponseUrl({
        channel: input.channel,
        user,
        messageTs: input.ts,
      });
      const payload = buildMessageShortcut({
        callbackId: input.callbackId,
        user,
        channel: input.channel,
        message: {
          ...baseMessageJson(message),
          ts: message.ts,
          user: message.user,
          text: message.text,
        },
        responseUrl,
        triggerId,
        at: clock(),
      });
      return sign(interactionBody(payload), { triggerId, responseUrl });
    },

    /** The user opens the app's Home tab (with the view published for them, if any). */
    appHomeOpened(input: { user?: string; tab?: 'home' | 'messages' } = {}): SignedSlackRequest {
      const user = input.user ?? 'U0AGENT';
      const known = standin.users.get(user);
      const envelope = buildAppHomeOpened({
        user,
        tab: input.tab,
        channel: known ? dmChannelOf(known) : undefined,
        view: standin.views.homes.get(user) ?? null,
        at: clock(),
      });
      return sign(eventBody(envelope));
    },

    /** Any interaction payload (a fixture, say), with stand-in trigger id and response URLs. */
    interaction(payload: Record<string, unknown>): SignedSlackRequest {
      const adopted = adoptPayload(payload, standin);
      const ids: Partial<SignedSlackRequest> = {};
      if (typeof adopted.trigger_id === 'string') ids.triggerId = adopted.trigger_id;
      if (typeof adopted.response_url === 'string') ids.responseUrl = adopted.response_url;
      return sign(interactionBody(adopted), ids);
    },

    /** Any Events API envelope, sent as Slack sends it. */
    event(envelope: Record<string, unknown>): SignedSlackRequest {
      return sign(eventBody(envelope));
    },

    /** POSTs a signed request to the app (e.g. `http://127.0.0.1:<port>/slack/events`). */
    send(appUrl: string, request: SignedSlackRequest): Promise<Response> {
      return fetch(appUrl, { method: 'POST', headers: { ...request.headers }, body: request.body });
    },
  };
}

/** What createSlackRequestKit returns. */
export type SlackRequestKit = ReturnType<typeof createSlackRequestKit>;
