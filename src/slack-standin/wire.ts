import { fileObject } from './file-store.js';
import type { StandinState } from './state.js';
import type { StoredMessage } from './types.js';
import { workspace } from './workspace.js';

/** The fields of a message every answer and payload carries (no files, no metadata). */
export function baseMessageJson(message: StoredMessage): Record<string, unknown> {
  const json: Record<string, unknown> = {
    type: 'message',
    user: message.user,
    text: message.text,
    ts: message.ts,
    team: workspace.teamId,
  };
  if (message.botId) Object.assign(json, { bot_id: message.botId, app_id: workspace.appId });
  if (message.blocks) json.blocks = message.blocks;
  if (message.threadTs) json.thread_ts = message.threadTs;
  return json;
}

/** A stored message as Slack's Web API writes it (history, postMessage, replies). */
export function messageJson(
  message: StoredMessage,
  state: StandinState,
  options: { withMetadata?: boolean } = {},
): Record<string, unknown> {
  const json = baseMessageJson(message);
  if (message.editedAt !== undefined) {
    json.edited = { user: message.user, ts: `${Math.floor(message.editedAt / 1000)}.000000` };
  }
  if (message.fileIds) {
    json.files = message.fileIds
      .map((id) => state.files.files.get(id))
      .flatMap((file) => (file ? [fileObject(file, state.baseUrl)] : []));
    json.upload = true;
  }

  const replies = state.messages.replies(message.channel, message.ts);
  if (message.threadTs === undefined && replies.length > 0) {
    Object.assign(json, { thread_ts: message.ts, reply_count: replies.length });
  }
  if (options.withMetadata && message.metadata) json.metadata = message.metadata;
  return json;
}
