import { errorAnswer, missingArgument, okAnswer } from '../api-answer.js';
import { boolArg, numberArg, stringArg } from '../api-args.js';
import type { ChannelRecord } from '../message-store.js';
import type { MethodHandler } from '../state.js';
import { messageJson } from '../wire.js';

function channelObject(channel: ChannelRecord): Record<string, unknown> {
  if (channel.user) {
    return { id: channel.id, created: channel.created, is_im: true, user: channel.user };
  }
  return {
    id: channel.id,
    name: channel.name,
    created: channel.created,
    is_channel: channel.id.startsWith('C'),
    is_group: false,
    is_im: false,
    is_private: channel.id.startsWith('G'),
    is_archived: false,
    is_member: true,
  };
}

const open: MethodHandler = (args, state) => {
  const users = stringArg(args, 'users') ?? stringArg(args, 'channel');
  if (!users) return missingArgument('users');

  // One user gives the app's DM; group DMs are outside what the stand-in knows.
  const [userId = ''] = users.split(',');
  const channel = state.users.has(userId) ? state.messages.resolve(userId) : null;
  if (!channel) return errorAnswer('user_not_found');
  return okAnswer({
    channel: boolArg(args, 'return_im') ? channelObject(channel) : { id: channel.id },
  });
};

const info: MethodHandler = (args, state) => {
  const channelId = stringArg(args, 'channel');
  if (!channelId) return missingArgument('channel');

  const channel = state.messages.resolve(channelId);
  if (!channel) return errorAnswer('channel_not_found');
  return okAnswer({ channel: channelObject(channel) });
};

const history: MethodHandler = (args, state) => {
  const channelId = stringArg(args, 'channel');
  if (!channelId) return missingArgument('channel');
  const channel = state.messages.resolve(channelId);
  if (!channel) return errorAnswer('channel_not_found');

  const { messages, hasMore } = state.messages.history(channel.id, {
    oldest: stringArg(args, 'oldest'),
    latest: stringArg(args, 'latest'),
    inclusive: boolArg(args, 'inclusive'),
    limit: numberArg(args, 'limit'),
  });
  const withMetadata = boolArg(args, 'include_all_metadata');
  return okAnswer({
    messages: messages.map((message) => messageJson(message, state, { withMetadata })),
    has_more: hasMore,
    pin_count: 0,
    response_metadata: { next_cursor: '' },
  });
};

const replies: MethodHandler = (args, state) => {
  const channelId = stringArg(args, 'channel');
  const ts = stringArg(args, 'ts');
  if (!channelId) return missingArgument('channel');
  if (!ts) return missingArgument('ts');
  const channel = state.messages.resolve(channelId);
  const parent = channel ? state.messages.find(channel.id, ts) : undefined;
  if (!parent) return errorAnswer('thread_not_found');

  const thread = [parent, ...state.messages.replies(parent.channel, ts)];
  const withMetadata = boolArg(args, 'include_all_metadata');
  return okAnswer({
    messages: thread.map((message) => messageJson(message, state, { withMetadata })),
    has_more: false,
  });
};

/** conversations.* methods. */
export const conversationMethods: Record<string, MethodHandler> = {
  'conversations.open': open,
  'conversations.info': info,
  'conversations.history': history,
  'conversations.replies': replies,
};
