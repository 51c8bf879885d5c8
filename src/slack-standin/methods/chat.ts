import { errorAnswer, missingArgument, okAnswer } from '../api-answer.js';
import { stringArg } from '../api-args.js';
import type { MethodHandler } from '../state.js';
import { messageJson } from '../wire.js';
import { workspace } from '../workspace.js';
import { readMessageBlocks, readMetadata } from './message-args.js';

const postMessage: MethodHandler = (args, state) => {
  const channelId = stringArg(args, 'channel');
  if (!channelId) return missingArgument('channel');
  const channel = state.messages.resolve(channelId);
  if (!channel) return errorAnswer('channel_not_found');

  const blocks = readMessageBlocks(args);
  if ('refusal' in blocks) return blocks.refusal;
  const metadata = readMetadata(args);
  if ('refusal' in metadata) return metadata.refusal;
  const text = stringArg(args, 'text') ?? '';
  if (text === '' && !blocks.blocks && args.attachments === undefined) {
    return errorAnswer('no_text');
  }

  const threadTs = stringArg(args, 'thread_ts');
  const stored = state.messages.add({
    channel: channel.id,
    text,
    user: workspace.botUserId,
    botId: workspace.botId,
    via: 'api',
    ...blocks,
    ...metadata,
    ...(threadTs ? { threadTs } : {}),
  });
  const message = messageJson(stored, state, { withMetadata: true });
  return okAnswer({ channel: channel.id, ts: stored.ts, message });
};

const postEphemeral: MethodHandler = (args, state) => {
  const channelId = stringArg(args, 'channel');
  const userId = stringArg(args, 'user');
  if (!channelId) return missingArgument('channel');
  if (!userId) return missingArgument('user');
  const channel = state.messages.resolve(channelId);
  if (!channel) return errorAnswer('channel_not_found');
  if (!state.users.has(userId)) return errorAnswer('user_not_found');

  const blocks = readMessageBlocks(args);
  if ('refusal' in blocks) return blocks.refusal;
  const text = stringArg(args, 'text') ?? '';
  if (text === '' && !blocks.blocks) return errorAnswer('no_text');

  const threadTs = stringArg(args, 'thread_ts');
  const stored = state.messages.add({
    channel: channel.id,
    text,
    user: workspace.botUserId,
    botId: workspace.botId,
    via: 'api',
    ephemeralTo: userId,
    ...blocks,
    ...(threadTs ? { threadTs } : {}),
  });
  return okAnswer({ message_ts: stored.ts });
};

const update: MethodHandler = (args, state) => {
  const channelId = stringArg(args, 'channel');
  const ts = stringArg(args, 'ts');
  if (!channelId) return missingArgument('channel');
  if (!ts) return missingArgument('ts');
  const channel = state.messages.resolve(channelId);
  const stored = channel ? state.messages.find(channel.id, ts) : undefined;
  if (!stored) return errorAnswer('message_not_found');
  if (stored.ephemeralTo) return errorAnswer('cant_update_message');

  const blocks = readMessageBlocks(args);
  if ('refusal' in blocks) return blocks.refusal;
  const metadata = readMetadata(args);
  if ('refusal' in metadata) return metadata.refusal;

  const text = stringArg(args, 'text');
  if (text !== undefined) stored.text = text;
  if (blocks.blocks) stored.blocks = blocks.blocks;
  if (metadata.metadata) stored.metadata = metadata.metadata;
  stored.editedAt = state.clock();
  const message = messageJson(stored, state, { withMetadata: true });
  return okAnswer({ channel: stored.channel, ts, text: stored.text, message });
};

const remove: MethodHandler = (args, state) => {
  const channelId = stringArg(args, 'channel') ?? '';
  const ts = stringArg(args, 'ts') ?? '';
  const channel = state.messages.resolve(channelId);
  if (!channel || !state.messages.remove(channel.id, ts)) return errorAnswer('message_not_found');
  return okAnswer({ channel: channel.id, ts });
};

const getPermalink: MethodHandler = (args, state) => {
  const channelId = stringArg(args, 'channel');
  const ts = stringArg(args, 'message_ts');
  if (!channelId) return missingArgument('channel');
  if (!ts) return missingArgument('message_ts');
  const channel = state.messages.resolve(channelId);
  const stored = channel ? state.messages.find(channel.id, ts) : undefined;
  if (!stored) return errorAnswer('message_not_found');

  const base = `${state.baseUrl}archives/${stored.channel}/p${ts.replace('.', '')}`;
  const inThread = stored.threadTs !== undefined && stored.threadTs !== ts;
  const permalink = inThread ? `${base}?thread_ts=${stored.threadTs}&cid=${stored.channel}` : base;
  return okAnswer({ channel: stored.channel, permalink });
};

/** chat.* methods. */
export const chatMethods: Record<string, MethodHandler> = {
  'chat.postMessage': postMessage,
  'chat.postEphemeral': postEphemeral,
  'chat.update': update,
  'chat.delete': remove,
  'chat.getPermalink': getPermalink,
};
