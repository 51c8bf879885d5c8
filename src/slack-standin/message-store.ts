import type { StandinUser, StoredMessage } from './types.js';
import { dmChannelOf } from './users.js';
import { workspace } from './workspace.js';

/** A conversation the stand-in knows: a public channel or the app's DM with a user. */
export interface ChannelRecord {
  id: string;
  name: string;
  /** For a DM, the user on the other side. */
  user?: string;
  created: number;
}

export interface HistoryQuery {
  oldest?: string;
  latest?: string;
  inclusive?: boolean;
  limit?: number;
}

const channelIdPattern = /^[CG][A-Z0-9]{2,}$/;

/** A ts as whole microseconds, so bounds like `0` or `1767225000` compare correctly. */
function tsMicros(ts: string): number {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return Number(seconds) * 1_000_000 + Number(fraction.padEnd(6, '0').slice(0, 6));
}

/** Channels and the messages posted in them, with Slack-like increasing `ts` values. */
export class MessageStore {
  readonly messages = new Map<string, StoredMessage[]>();
  readonly channels = new Map<string, ChannelRecord>();
  private lastMicros = 0;

  constructor(
    private readonly clock: () => number,
    private readonly users: ReadonlyMap<string, StandinUser>,
  ) {
    const created = Math.floor(clock() / 1000);
    this.channels.set(workspace.supportChannel, {
      id: workspace.supportChannel,
      name: 'support',
      created,
    });
    for (const user of users.values()) {
      const id = dmChannelOf(user);
      this.channels.set(id, { id, name: id, user: user.id, created });
    }
  }

  /** A new message ts, later than every earlier one even when the clock stands still. */
  nextTs(): string {
    this.lastMicros = Math.max(Math.floor(this.clock()) * 1000, this.lastMicros + 1);
    const seconds = Math.floor(this.lastMicros / 1_000_000);
    return `${seconds}.${String(this.lastMicros % 1_000_000).padStart(6, '0')}`;
  }

  /**
   * The channel behind an id: a known one, a well-formed `C…`/`G…` id (created on first
   * use, as tests post to channels of their own), or a user id meaning the DM with them.
   */
  resolve(id: string): ChannelRecord | null {
    const known = this.channels.get(id);
    if (known) return known;

    const user = this.users.get(id);
    if (user) return this.channels.get(dmChannelOf(user)) ?? null;
    if (!channelIdPattern.test(id)) return null;

    const created = { id, name: id.toLowerCase(), created: Math.floor(this.clock() / 1000) };
    this.channels.set(id, created);
    return created;
  }

  /** Stores a message under a fresh ts. */
  add(message: Omit<StoredMessage, 'ts'>): StoredMessage {
    const stored: StoredMessage = { ...message, ts: this.nextTs() };
    const list = this.messages.get(message.channel) ?? [];
    list.push(stored);
    this.messages.set(message.channel, list);
    return stored;
  }

  find(channel: string, ts: string): StoredMessage | undefined {
    return this.messages.get(channel)?.find((message) => message.ts === ts);
  }

  remove(channel: string, ts: string): boolean {
    const list = this.messages.get(channel) ?? [];
    const index = list.findIndex((message) => message.ts === ts);
    if (index >= 0) list.splice(index, 1);
    return index >= 0;
  }

  /** Replies in a thread, oldest first, parent excluded. */
  replies(channel: string, threadTs: string): StoredMessage[] {
    const list = this.messages.get(channel) ?? [];
    return list.filter((message) => message.threadTs === threadTs && message.ts !== threadTs);
  }

  /** conversations.history: visible top-level messages, newest first, within the bounds. */
  history(channel: string, query: HistoryQuery): { messages: StoredMessage[]; hasMore: boolean } {
    const inclusive = query.inclusive === true;
    const oldest = query.oldest === undefined ? null : tsMicros(query.oldest);
    const latest = query.latest === undefined ? null : tsMicros(query.latest);
    const inBounds = (ts: string) => {
      const at = tsMicros(ts);
      const afterOldest = oldest === null || (inclusive ? at >= oldest : at > oldest);
      return afterOldest && (latest === null || (inclusive ? at <= latest : at < latest));
    };
    const matching = (this.messages.get(channel) ?? [])
      .filter((message) => message.ephemeralTo === undefined)
      .filter((message) => message.threadTs === undefined || message.threadTs === message.ts)
      .filter((message) => inBounds(message.ts))
      .reverse();

    const limit = query.limit ?? 100;
    return { messages: matching.slice(0, limit), hasMore: matching.length > limit };
  }
}
