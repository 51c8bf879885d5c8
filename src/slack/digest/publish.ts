import type { Writable } from 'node:stream';
import type { webApi } from '@slack/bolt';
import { userMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { DigestData } from '../../wallet/digest-types.js';
import { buildDigestMessage } from './message.js';
import { collectBytes, postDigestMessage, uploadWorkbook } from './post.js';

/** Where the digest's figures and workbook come from (the wallet domain). */
export interface DigestSource {
  /** The digest's figures as of `asOf`. */
  digest(asOf: Date): Promise<DigestData>;
  /** Streams the workbook of every support project to `out`. */
  writeWorkbook(out: Writable): Promise<unknown>;
}

export interface PublishedDigest {
  channel: string;
  ts: string;
  /** False when the message went out but the workbook could not be attached. */
  attached: boolean;
}

/** The workbook's file name for a week, e.g. `support-wallets-2025-W14.xlsx`. */
export function digestFileName(week: string): string {
  return `support-wallets-${week}.xlsx`;
}

/**
 * Posts the digest to the channel, then attaches the workbook in its thread. The message
 * counts as the week's digest once posted: a failed upload is reported in the thread and
 * logged, never answered by posting the digest again.
 */
export async function publishDigest(
  client: webApi.WebClient,
  channel: string,
  data: DigestData,
  source: DigestSource,
  logger: Logger,
): Promise<PublishedDigest> {
  const posted = await postDigestMessage(client, channel, buildDigestMessage(data));

  try {
    const bytes = await collectBytes((out) => source.writeWorkbook(out));
    await uploadWorkbook(client, {
      channel: posted.channel,
      threadTs: posted.ts,
      filename: digestFileName(data.week),
      title: `Support wallets ${data.week}`,
      bytes,
    });
    return { ...posted, attached: true };
  } catch (error) {
    logger.error('digest workbook not attached', { week: data.week, error });
    await client.chat.postMessage({
      channel: posted.channel,
      thread_ts: posted.ts,
      text: `:warning: The Excel file could not be attached. ${userMessage(error)}`,
    });
    return { ...posted, attached: false };
  }
}
