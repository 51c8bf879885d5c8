import { type ApiAnswer, errorAnswer, invalidBlocks } from '../api-answer.js';
import type { ApiArgs } from '../api-args.js';
import { normaliseBlocks } from '../payloads/normalise.js';
import type { MessageMetadata } from '../types.js';
import { validateBlocks } from '../validate/blocks.js';
import { isRecord } from '../validate/report.js';

/** Blocks of a message call: absent, accepted (normalised as Slack echoes them) or refused. */
export function readMessageBlocks(args: ApiArgs): { blocks?: unknown[] } | { refusal: ApiAnswer } {
  if (args.blocks === undefined || args.blocks === '') return {};
  if (!Array.isArray(args.blocks)) return { refusal: errorAnswer('invalid_blocks_format') };

  const errors = validateBlocks(args.blocks, 'message');
  if (errors.length > 0) return { refusal: invalidBlocks(errors) };
  return { blocks: normaliseBlocks(args.blocks) };
}

/** Message metadata `{event_type, event_payload}`, or the refusal Slack gives a bad one. */
export function readMetadata(
  args: ApiArgs,
): { metadata?: MessageMetadata } | { refusal: ApiAnswer } {
  const value = args.metadata;
  if (value === undefined || value === '') return {};
  if (!isRecord(value)) return { refusal: errorAnswer('invalid_metadata_format') };

  const { event_type: eventType, event_payload: payload } = value;
  if (typeof eventType !== 'string' || !isRecord(payload)) {
    return { refusal: errorAnswer('invalid_metadata_schema') };
  }
  return { metadata: { event_type: eventType, event_payload: payload } };
}
