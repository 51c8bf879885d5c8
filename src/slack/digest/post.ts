import { Writable } from 'node:stream';
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { DigestMessage } from './message.js';

const postAnswer = z.object({ ts: z.string(), channel: z.string() });

/** Posts the digest message; returns its ts and the channel id Slack resolved. */
export async function postDigestMessage(
  client: webApi.WebClient,
  channel: string,
  message: DigestMessage,
): Promise<{ ts: string; channel: string }> {
  const answer = await client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    metadata: message.metadata,
    unfurl_links: false,
    unfurl_media: false,
  });
  return postAnswer.parse(answer);
}

/**
 * Runs `write` into memory and returns the bytes. Slack's upload needs the length up front,
 * and the SDK reads a file or stream into memory anyway; a workbook is compressed and small.
 */
export async function collectBytes(write: (out: Writable) => Promise<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await write(out);
  return Buffer.concat(chunks);
}

export interface WorkbookUpload {
  channel: string;
  /** Post the file in this message's thread. */
  threadTs?: string;
  filename: string;
  title: string;
  comment?: string;
  bytes: Buffer;
}

/** Uploads a workbook with files.uploadV2 (getUploadURLExternal + completeUploadExternal). */
export async function uploadWorkbook(
  client: webApi.WebClient,
  upload: WorkbookUpload,
): Promise<void> {
  const file = {
    file: upload.bytes,
    filename: upload.filename,
    title: upload.title,
    ...(upload.comment ? { initial_comment: upload.comment } : {}),
  };
  if (upload.threadTs) {
    await client.filesUploadV2({ ...file, channel_id: upload.channel, thread_ts: upload.threadTs });
  } else {
    await client.filesUploadV2({ ...file, channel_id: upload.channel });
  }
}
