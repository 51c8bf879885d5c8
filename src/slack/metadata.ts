import { z } from 'zod';
import { truncate } from './text.js';

const soldBatch = z.object({
  lineId: z.number().int().positive(),
  orderName: z.string(),
  hours: z.number(),
  unitPrice: z.number(),
});

/** A batch this modal sold: its figures are only known here, Odoo's line has no price read. */
export type SoldBatch = z.output<typeof soldBatch>;

const schema = z.object({
  /** Where the modal was opened from; replies go there (or to a DM when null). */
  channelId: z.string().nullable().catch(null),
  projectId: z.number().int().positive().optional().catch(undefined),
  projectLabel: z.string().optional().catch(undefined),
  /** The line whose plan the reload modal shows; a reload runs only after its plan was seen. */
  plannedLineId: z.number().int().positive().optional().catch(undefined),
  /** Set once the modal sold a batch, so closing it can say the batch stays confirmed. */
  sold: soldBatch.optional().catch(undefined),
});

/** What a modal carries between opening and submission, in `private_metadata`. */
export type ModalMetadata = z.output<typeof schema>;

/** What Slack allows in `private_metadata`. */
export const maxMetadataLength = 3000;

/** The longest project label kept; the id is what counts, the label only saves a read. */
export const maxMetadataLabel = 150;

/**
 * Serialises metadata within Slack's 3000 characters: the project label is cut short, and
 * left out if the rest still does not fit (readers fall back to the id).
 */
export function encodeMetadata(metadata: ModalMetadata): string {
  const label = metadata.projectLabel;
  const short =
    label === undefined
      ? metadata
      : { ...metadata, projectLabel: truncate(label, maxMetadataLabel) };
  const encoded = JSON.stringify(short);
  if (encoded.length <= maxMetadataLength) return encoded;
  return JSON.stringify({ ...short, projectLabel: undefined });
}

/** Reads metadata back; anything unreadable becomes "no channel, nothing known". */
export function decodeMetadata(raw: string | undefined): ModalMetadata {
  try {
    const parsed = schema.safeParse(JSON.parse(raw ?? ''));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: fall through to the empty metadata.
  }
  return { channelId: null };
}
