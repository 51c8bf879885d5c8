import { arrayArg, flagArg, objectArg } from './json-arg.js';
import { type ChatMessage, MessageLog } from './message-log.js';
import { field, stringField } from './render/html.js';
import { ViewStacks } from './view-stacks.js';
import type { Workspace } from './views.js';

/** One Web API call the app made, with the answer the stand-in gave. */
export interface AppCall {
  method: string;
  args: Record<string, unknown>;
  response: unknown;
}

/** Where a response_url posts to: who acted, in which channel, on which message. */
export interface ResponseTarget {
  userId: string;
  channel: string;
  messageTs: string | null;
}

/** The DM channel between the app and a user; the playground derives it from the user id. */
export function dmChannelOf(userId: string): string {
  return `D${userId.slice(1)}`;
}

/**
 * What a Slack client would show, built from the app's calls: messages per channel, each
 * user's modal stack and Home tab. Listeners hear about every change.
 */
export class Screen {
  readonly log = new MessageLog();
  readonly views: ViewStacks;
  private readonly triggers = new Map<string, string>();
  private readonly responseUrls = new Map<string, ResponseTarget>();
  private readonly uploads = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private counter = 0;
  version = 0;

  constructor(
    readonly workspace: Workspace,
    private readonly clock: () => Date,
  ) {
    this.views = new ViewStacks(workspace, clock);
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Signals listeners; call after changing views or the log directly. */
  changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  /** A fresh message timestamp, Slack-shaped (`seconds.micros`). */
  nextTs(): string {
    this.counter += 1;
    const seconds = Math.floor(this.clock().getTime() / 1000);
    return `${seconds}.${String(this.counter).padStart(6, '0')}`;
  }

  /** Remembers which user a trigger id was issued for, so views.open knows whose modal it is. */
  noteTrigger(triggerId: string, userId: string): void {
    this.triggers.set(triggerId, userId);
  }

  /** Remembers where a response_url's posts belong. */
  noteResponseUrl(url: string, target: ResponseTarget): void {
    this.responseUrls.set(url, target);
  }

  /** The file name an upload was announced with. */
  fileName(fileId: string): string | undefined {
    return this.uploads.get(fileId);
  }

  /** Adds a message a person typed into a channel. */
  postAs(userId: string, channel: string, text: string): ChatMessage {
    const message = this.message({ channel, author: userId, fromApp: false, text });
    this.log.add(message);
    this.changed();
    return message;
  }

  private message(parts: Partial<ChatMessage> & { channel: string }): ChatMessage {
    return {
      ts: this.nextTs(),
      author: this.workspace.botUserId,
      fromApp: true,
      text: '',
      blocks: [],
      files: [],
      visibleTo: null,
      threadTs: null,
      ...parts,
    };
  }

  // The app may post to a user id; Slack then posts into the app's DM with that user.
  private channelArg(args: unknown, key = 'channel'): string {
    const channel = stringField(args, key) ?? '';
    return /^[UW]/.test(channel) ? dmChannelOf(channel) : channel;
  }

  private content(args: unknown): Pick<ChatMessage, 'text' | 'blocks'> {
    return { text: stringField(args, 'text') ?? '', blocks: arrayArg(args, 'blocks') };
  }

  /** Applies one recorded Web API call; calls that change nothing visible are ignored. */
  applyCall(call: AppCall): void {
    const { args, response } = call;
    const viewId = stringField(field(response, 'view'), 'id');
    const user = (key: string) => this.triggers.get(stringField(args, key) ?? '');

    switch (call.method) {
      case 'chat.postMessage':
        this.log.add(
          this.message({
            channel: stringField(response, 'channel') ?? this.channelArg(args),
            ts: stringField(response, 'ts') ?? this.nextTs(),
            threadTs: stringField(args, 'thread_ts') ?? null,
            ...this.content(args),
          }),
        );
        break;
      case 'chat.postEphemeral':
        this.log.add(
          this.message({
            channel: this.channelArg(args),
            ts: stringField(response, 'message_ts') ?? this.nextTs(),
            visibleTo: stringField(args, 'user') ?? null,
            ...this.content(args),
          }),
        );
        break;
      case 'chat.update': {
        const change = { text: stringField(args, 'text') ?? '' };
        const blocks =
          field(args, 'blocks') === undefined ? {} : { blocks: arrayArg(args, 'blocks') };
        this.log.replace(stringField(args, 'ts') ?? '', this.channelArg(args), {
          ...change,
          ...blocks,
        });
        break;
      }
      case 'chat.delete':
        this.log.remove(stringField(args, 'ts') ?? '', this.channelArg(args));
        break;
      case 'views.open': {
        const owner = user('trigger_id');
        if (owner) this.views.open(owner, objectArg(args, 'view'), viewId);
        break;
      }
      case 'views.push': {
        const owner = user('trigger_id');
        if (owner) this.views.push(owner, objectArg(args, 'view'), viewId);
        break;
      }
      case 'views.update': {
        const target = {
          viewId: stringField(args, 'view_id'),
          externalId: stringField(args, 'external_id'),
        };
        this.views.update(target, objectArg(args, 'view'));
        break;
      }
      case 'views.publish':
        this.views.publish(stringField(args, 'user_id') ?? '', objectArg(args, 'view'), viewId);
        break;
      case 'files.getUploadURLExternal':
        this.uploads.set(
          stringField(response, 'file_id') ?? '',
          stringField(args, 'filename') ?? 'file',
        );
        break;
      case 'files.completeUploadExternal':
        this.applyUpload(args);
        break;
      default:
        return;
    }
    this.changed();
  }

  private applyUpload(args: unknown): void {
    const files = arrayArg(args, 'files').map((file) => {
      const id = stringField(file, 'id') ?? '';
      return { id, name: this.uploads.get(id) ?? stringField(file, 'title') ?? id };
    });
    const channel = this.channelArg(args, 'channel_id');
    if (!channel) return;

    const text = stringField(args, 'initial_comment') ?? '';
    const threadTs = stringField(args, 'thread_ts') ?? null;
    this.log.add(this.message({ channel, text, files, threadTs }));
  }

  /** Applies a post to a response_url the playground handed out; false when it is unknown. */
  applyResponse(url: string, body: unknown): boolean {
    const target = this.responseUrls.get(url);
    if (!target) return false;

    const original = target.messageTs;
    if (original && flagArg(body, 'delete_original')) {
      this.log.remove(original, target.channel);
    } else if (original && flagArg(body, 'replace_original')) {
      this.log.replace(original, target.channel, this.content(body));
    } else {
      const inChannel = stringField(body, 'response_type') === 'in_channel';
      const visibleTo = inChannel ? null : target.userId;
      this.log.add(this.message({ channel: target.channel, visibleTo, ...this.content(body) }));
    }
    this.changed();
    return true;
  }
}
