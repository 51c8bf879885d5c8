import type { PlaygroundUser, RenderContext } from './render/context.js';
import { type MessageShortcut, renderHome, renderMessage, renderModal } from './render/surfaces.js';
import type { Screen } from './screen.js';

/** A channel the sidebar lists. */
export interface ChannelInfo {
  id: string;
  name: string;
}

/** Everything the page shows for one user, rendered. */
export interface ScreenJson {
  version: number;
  channel: string;
  channelName: string;
  channels: ChannelInfo[];
  messages: string;
  home: string;
  modal: { id: string; hash: string; html: string } | null;
}

function channelsFor(screen: Screen, userId: string, known: ChannelInfo[]): ChannelInfo[] {
  const dm = screen.dmChannelOf(userId);
  const list = [...known, { id: dm, name: 'Support Wallet (app)' }];
  for (const id of screen.channels(userId)) {
    if (!list.some((channel) => channel.id === id)) list.push({ id, name: `# ${id}` });
  }
  // Other people's DMs with the app are not this user's to see.
  return list.filter((channel) => !channel.id.startsWith('D') || channel.id === dm);
}

/** Renders the screen as one user sees it, in the channel they have open. */
export function screenFor(
  screen: Screen,
  options: {
    userId: string;
    channel: string;
    known: ChannelInfo[];
    users: PlaygroundUser[];
    shortcuts: MessageShortcut[];
  },
): ScreenJson {
  const context: RenderContext = { users: options.users };
  const channels = channelsFor(screen, options.userId, options.known);
  const open = channels.find((c) => c.id === options.channel) ??
    channels[0] ?? { id: '', name: '' };

  const messages = screen
    .messages(options.userId, open.id)
    .map((message) => renderMessage(message, context, options.shortcuts));
  const stack = screen.modals(options.userId);
  const top = stack.at(-1);
  const depth = stack.length;
  const modal = top ? { id: top.id, hash: top.hash, html: renderModal(top, context, depth) } : null;

  return {
    version: screen.version,
    channel: open.id,
    channelName: open.name,
    channels,
    messages: messages.join('') || '<p class="empty">No messages yet. Type /wallet below.</p>',
    home: renderHome(screen.home(options.userId), context),
    modal,
  };
}
