/** A file the app uploaded, downloadable from the playground. */
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

/** The messages of every channel, in the order they were posted. */
export class MessageLog {
  private readonly messages: ChatMessage[] = [];

  /** Adds a message at the end of its channel. */
  add(message: ChatMessage): void {
    this.messages.push(message);
  }

  /** The message with this timestamp, in this channel when one is given. */
  find(ts: string, channel?: string): ChatMessage | undefined {
    return this.messages.find(
      (m) => m.ts === ts && (channel === undefined || m.channel === channel),
    );
  }

  /** Replaces text, blocks and files of a message in place; false when it is gone. */
  replace(ts: string, channel: string | undefined, change: Partial<ChatMessage>): boolean {
    const message = this.find(ts, channel);
    if (!message) return false;
    Object.assign(message, change);
    return true;
  }

  /** Removes a message; false when it was not there. */
  remove(ts: string, channel?: string): boolean {
    const message = this.find(ts, channel);
    if (!message) return false;
    this.messages.splice(this.messages.indexOf(message), 1);
    return true;
  }

  /** What one user sees in one channel: everyone's messages and their own ephemeral ones. */
  visible(userId: string, channel: string): ChatMessage[] {
    return this.messages.filter(
      (m) => m.channel === channel && (m.visibleTo === null || m.visibleTo === userId),
    );
  }

  /** Channel ids that have at least one message this user can see. */
  channels(userId: string): string[] {
    const seen = new Set<string>();
    for (const m of this.messages) {
      if (m.visibleTo === null || m.visibleTo === userId) seen.add(m.channel);
    }
    return [...seen];
  }
}
