import type { SlackView } from './payloads/view-object.js';

/** A workspace member the stand-in knows (users.info, users.lookupByEmail). */
export interface StandinUser {
  id: string;
  /** The handle (`agent`), also used in payloads' `user.name`. */
  name: string;
  realName: string;
  /** `null` for bots, which have no e-mail. */
  email: string | null;
  /** IANA zone; the stand-in derives `tz_offset` and `tz_label` from it at call time. */
  tz: string;
  isBot?: boolean;
  /** The app's DM with this user; `D` + the id without its `U` when left out. */
  dmChannel?: string;
}

/** A Web API call (or upload / response_url post) as the stand-in received and answered it. */
export interface RecordedCall {
  seq: number;
  /** The Web API method, or `upload` / `response_url` for those two endpoints. */
  method: string;
  /** Arguments with JSON fields (`blocks`, `view`, `files`, `metadata`…) parsed; no token. */
  args: Record<string, unknown>;
  response: Record<string, unknown>;
  status: number;
  /** Milliseconds from the stand-in's clock. */
  time: number;
}

/** Message metadata as chat.postMessage takes it. */
export interface MessageMetadata {
  event_type: string;
  event_payload: Record<string, unknown>;
}

/** A message as the stand-in keeps it, in the channel it was posted to. */
export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: unknown[];
  /** Who posted: the bot for Web API posts. */
  user: string;
  botId?: string;
  threadTs?: string;
  metadata?: MessageMetadata;
  fileIds?: string[];
  /** Set for an ephemeral message: the only user who sees it. */
  ephemeralTo?: string;
  /** How it arrived. */
  via: 'api' | 'response_url' | 'file_upload';
  /** Millisecond time of the last chat.update or replace_original. */
  editedAt?: number;
}

/** An uploaded file and its bytes. */
export interface StoredFile {
  id: string;
  filename: string;
  title: string;
  /** Length announced to files.getUploadURLExternal. */
  length: number;
  /** The bytes posted to the upload URL; `null` until they arrive. */
  bytes: Buffer | null;
  altText?: string;
  snippetType?: string;
  created: number;
  completed: boolean;
  channels: string[];
  threadTs?: string;
  messageTs?: string;
}

/** Open modal stacks and published Home views, per user. */
export interface StandinViews {
  modals: ReadonlyMap<string, readonly SlackView[]>;
  homes: ReadonlyMap<string, SlackView>;
}
