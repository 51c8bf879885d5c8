import type { SlackStandin, StoredMessage } from '../slack-standin/index.js';
import type { SlackView } from '../slack-standin/payloads/view-object.js';
import type { PlaygroundUser } from './render/context.js';

/** The parts of the Slack stand-in the playground reads and drives. */
export type StandinSide = Pick<
  SlackStandin,
  | 'messages'
  | 'views'
  | 'files'
  | 'users'
  | 'events'
  | 'issueTriggerId'
  | 'issueResponseUrl'
  | 'applyViewAck'
>;

/** The people of the stand-in's workspace, bots left out: who can act in the page. */
export function peopleOf(standin: StandinSide): PlaygroundUser[] {
  return [...standin.users.values()]
    .filter((user) => !user.isBot)
    .map((user) => ({ id: user.id, name: user.name, realName: user.realName }));
}

/** A file the app shared, downloadable from the playground. */
export interface FileLink {
  id: string;
  name: string;
}

/** One message as a channel shows it. */
export interface ChatMessage {
  channel: string;
  ts: string;
  /** Slack user id of the poster; the bot user for the app's own messages. */
  author: string;
  fromApp: boolean;
  text: string;
  blocks: unknown[];
  files: FileLink[];
  /** Set on ephemeral messages: the one user who sees them. */
  visibleTo: string | null;
  threadTs: string | null;
}

/**
 * What a Slack client would show, read from the stand-in (messages, modal stacks, Home
 * tabs, files) plus what people typed into the page, which Slack would not send the app.
 */
export class Screen {
  private readonly typed: ChatMessage[] = [];
  private readonly listeners = new Set<() => void>();
  private lastMicros = 0;
  private readonly onCall = () => this.changed();
  version = 0;

  constructor(
    readonly standin: StandinSide,
    private readonly clock: () => Date,
  ) {
    standin.events.on('call', this.onCall);
  }

  /** Stops following the stand-in. */
  dispose(): void {
    this.standin.events.off('call', this.onCall);
    this.listeners.clear();
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Signals listeners; the stand-in's calls do it on their own, local changes call it. */
  changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  /** The app's DM channel with a user, as the stand-in names it. */
  dmChannelOf(userId: string): string {
    return this.standin.users.get(userId)?.dmChannel ?? `D${userId.slice(1)}`;
  }

  /** Adds a message a person typed; its ts sorts with the stand-in's. */
  postAs(userId: string, channel: string, text: string): ChatMessage {
    this.lastMicros = Math.max(this.clock().getTime() * 1000, this.lastMicros + 1);
    const seconds = Math.floor(this.lastMicros / 1_000_000);
    const ts = `${seconds}.${String(this.lastMicros % 1_000_000).padStart(6, '0')}`;
    const message: ChatMessage = {
      channel,
      ts,
      author: userId,
      fromApp: false,
      text,
      blocks: [],
      files: [],
      visibleTo: null,
      threadTs: null,
    };
    this.typed.push(message);
    this.changed();
    return message;
  }

  private shown(stored: StoredMessage): ChatMessage {
    const files = (stored.fileIds ?? []).map((id) => ({
      id,
      name: this.standin.files.get(id)?.filename ?? id,
    }));
    return {
      channel: stored.channel,
      ts: stored.ts,
      author: stored.user,
      fromApp: stored.botId !== undefined,
      text: stored.text,
      blocks: stored.blocks ?? [],
      files,
      visibleTo: stored.ephemeralTo ?? null,
      threadTs: stored.threadTs ?? null,
    };
  }

  /** Every message of a channel in ts order, ephemeral ones included. */
  private all(channel: string): ChatMessage[] {
    const stored = (this.standin.messages.get(channel) ?? []).map((m) => this.shown(m));
    const typed = this.typed.filter((m) => m.channel === channel);
    return [...stored, ...typed].sort((a, b) => compareTs(a.ts, b.ts));
  }

  /** What one user sees in one channel: everyone's messages and their own ephemeral ones. */
  messages(userId: string, channel: string): ChatMessage[] {
    return this.all(channel).filter((m) => m.visibleTo === null || m.visibleTo === userId);
  }

  /** One message by channel and ts. */
  message(channel: string, ts: string): ChatMessage | undefined {
    return this.all(channel).find((m) => m.ts === ts);
  }

  /** Channels with at least one message this user can see. */
  channels(userId: string): string[] {
    const ids = new Set([...this.standin.messages.keys(), ...this.typed.map((m) => m.channel)]);
    return [...ids].filter((id) => this.messages(userId, id).length > 0);
  }

  /** The user's modal stack, root first. */
  modals(userId: string): readonly SlackView[] {
    return this.standin.views.modals.get(userId) ?? [];
  }

  /** The user's Home tab, once the app published one. */
  home(userId: string): SlackView | undefined {
    return this.standin.views.homes.get(userId);
  }

  /** A modal or Home view this user has open. */
  view(userId: string, viewId: string): SlackView | undefined {
    const home = this.home(userId);
    if (home?.id === viewId) return home;
    return this.modals(userId).find((view) => view.id === viewId);
  }
}

function compareTs(a: string, b: string): number {
  const [aSeconds = 0, aMicros = 0] = a.split('.').map(Number);
  const [bSeconds = 0, bMicros = 0] = b.split('.').map(Number);
  return aSeconds - bSeconds || aMicros - bMicros;
}
