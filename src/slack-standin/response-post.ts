import { type ApiAnswer, errorAnswer, okAnswer } from './api-answer.js';
import { boolArg, stringArg } from './api-args.js';
import { readMessageBlocks } from './methods/message-args.js';
import type { StandinState } from './state.js';
import { isRecord } from './validate/report.js';
import { workspace } from './workspace.js';

/** An HTTP status and JSON body for a post to a response_url. */
export interface ResponsePostResult {
  status: number;
  answer: ApiAnswer;
}

/**
 * Applies a post to `/response/<id>` the way Slack treats `respond()`: delete_original,
 * replace_original, or a new ephemeral (default) or in_channel message. Slack does not
 * document its answers to refused posts; the stand-in uses 404 for a used or expired URL
 * and 400 for a bad body so that Bolt's `respond()` throws in tests.
 */
export function handleResponsePost(
  id: string,
  body: unknown,
  state: StandinState,
): ResponsePostResult {
  if (!isRecord(body)) return { status: 400, answer: errorAnswer('invalid_payload') };
  const record = state.responseUrls.use(id);
  if ('refusal' in record) return { status: 404, answer: errorAnswer(record.refusal) };

  const original = record.messageTs ?? record.lastTs;
  if (boolArg(body, 'delete_original')) {
    const deleted = original !== undefined && state.messages.remove(record.channel, original);
    return deleted
      ? { status: 200, answer: okAnswer() }
      : { status: 404, answer: errorAnswer('message_not_found') };
  }

  const blocks = readMessageBlocks(body);
  if ('refusal' in blocks) return { status: 400, answer: blocks.refusal };
  const text = stringArg(body, 'text') ?? '';
  if (text === '' && !blocks.blocks) return { status: 400, answer: errorAnswer('no_text') };

  const replaced =
    boolArg(body, 'replace_original') && original !== undefined
      ? state.messages.find(record.channel, original)
      : undefined;
  if (replaced) {
    replaced.text = text;
    replaced.blocks = blocks.blocks;
    replaced.editedAt = state.clock();
    return { status: 200, answer: okAnswer() };
  }

  const inChannel = stringArg(body, 'response_type') === 'in_channel';
  const threadTs = stringArg(body, 'thread_ts');
  const stored = state.messages.add({
    channel: record.channel,
    text,
    user: workspace.botUserId,
    botId: workspace.botId,
    via: 'response_url',
    ...blocks,
    ...(inChannel ? {} : { ephemeralTo: record.user }),
    ...(threadTs ? { threadTs } : {}),
  });
  record.lastTs = stored.ts;
  return { status: 200, answer: okAnswer() };
}
