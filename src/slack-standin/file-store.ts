import { randomBytes } from 'node:crypto';
import type { IdSource } from './ids.js';
import type { StoredFile } from './types.js';
import { workspace } from './workspace.js';

const mimeTypes: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
};

export interface Reservation {
  filename: string;
  length: number;
  altText?: string;
  snippetType?: string;
}

/** Files announced by files.getUploadURLExternal, their bytes, and where they were shared. */
export class FileStore {
  readonly files = new Map<string, StoredFile>();
  private readonly uploads = new Map<string, string>();

  constructor(
    private readonly ids: IdSource,
    private readonly clock: () => number,
  ) {}

  /** Reserves a file id and the secret path part of its upload URL. */
  reserve(reservation: Reservation): { file: StoredFile; uploadKey: string } {
    const file: StoredFile = {
      id: this.ids.next('F0'),
      filename: reservation.filename,
      title: reservation.filename,
      length: reservation.length,
      bytes: null,
      created: Math.floor(this.clock() / 1000),
      completed: false,
      channels: [],
    };
    if (reservation.altText !== undefined) file.altText = reservation.altText;
    if (reservation.snippetType !== undefined) file.snippetType = reservation.snippetType;

    const uploadKey = randomBytes(12).toString('hex');
    this.files.set(file.id, file);
    this.uploads.set(uploadKey, file.id);
    return { file, uploadKey };
  }

  /** Stores the bytes posted to an upload URL; `null` for an unknown URL. */
  receive(uploadKey: string, bytes: Buffer): StoredFile | null {
    const file = this.files.get(this.uploads.get(uploadKey) ?? '');
    if (!file) return null;

    file.bytes = bytes;
    return file;
  }
}

/** The file object files.info and messages answer with. */
export function fileObject(file: StoredFile, baseUrl: string): Record<string, unknown> {
  const extension = file.filename.split('.').pop()?.toLowerCase() ?? '';
  const url = `${baseUrl}files/${file.id}/${encodeURIComponent(file.filename)}`;
  return {
    id: file.id,
    created: file.created,
    timestamp: file.created,
    name: file.filename,
    title: file.title,
    mimetype: mimeTypes[extension] ?? 'application/octet-stream',
    filetype: extension || 'binary',
    user: workspace.botUserId,
    user_team: workspace.teamId,
    size: file.bytes?.length ?? file.length,
    is_external: false,
    is_public: file.channels.some((channel) => channel.startsWith('C')),
    url_private: url,
    url_private_download: url,
    permalink: url,
    channels: file.channels,
    alt_txt: file.altText,
  };
}
