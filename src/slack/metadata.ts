import { z } from 'zod';

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

/** Serialises metadata; Slack allows 3000 characters and ours stay far below. */
export function encodeMetadata(metadata: ModalMetadata): string {
  return JSON.stringify(metadata);
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
