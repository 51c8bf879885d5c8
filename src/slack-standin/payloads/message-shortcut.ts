import { workspace } from '../workspace.js';
import { teamRef, type UserInput, userRef } from './common.js';
import { randomTriggerId, slackTs } from './slack-ids.js';

export interface MessageShortcutInput {
  callbackId: string;
  /** Who runs the shortcut. */
  user: UserInput;
  channel: string | { id: string; name: string };
  /** The message the shortcut runs on, at least `ts`, `user` and `text`. */
  message: { ts: string; user: string; text: string; [field: string]: unknown };
  responseUrl: string;
  triggerId?: string;
  at?: number;
}

/** The `message_action` payload Slack sends when a user runs a message shortcut. */
export function buildMessageShortcut(input: MessageShortcutInput): Record<string, unknown> {
  const channel =
    typeof input.channel === 'string'
      ? { id: input.channel, name: input.channel.replace(/^C0?/, '').toLowerCase() }
      : input.channel;
  const { ts, user, text, ...rest } = input.message;

  return {
    type: 'message_action',
    token: workspace.verificationToken,
    action_ts: slackTs(input.at ?? Date.now()),
    team: teamRef(),
    user: userRef(input.user),
    channel,
    is_enterprise_install: false,
    enterprise: null,
    callback_id: input.callbackId,
    trigger_id: input.triggerId ?? randomTriggerId(),
    message_ts: ts,
    message: { type: 'message', user, text, ts, team: workspace.teamId, ...rest },
    response_url: input.responseUrl,
  };
}
