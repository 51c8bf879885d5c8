/** Where a response_url posts: the channel and user of the interaction, and its message. */
export interface ResponseTarget {
  channel: string;
  user: string;
  /** The message the interaction came from (block_actions on a message, shortcuts). */
  messageTs?: string;
}

export interface ResponseUrlRecord extends ResponseTarget {
  issuedAt: number;
  uses: number;
  /** The last message posted through this URL, which replace_original then replaces. */
  lastTs?: string;
}

/** Slack allows five posts within 30 minutes of the user's action. */
export const responseUrlLimits = { uses: 5, lifetimeMs: 30 * 60 * 1000 } as const;

export type ResponseUrlRefusal = 'used_url' | 'expired_url' | 'not_found';

/** response_url ids handed out by the stand-in, with their use counts. */
export class ResponseUrlRegistry {
  private readonly records = new Map<string, ResponseUrlRecord>();
  private counter = 0;

  constructor(private readonly clock: () => number) {}

  /** A new id for `/response/<id>`. */
  issue(target: ResponseTarget): string {
    this.counter += 1;
    const id = `${String(this.counter).padStart(4, '0')}-${target.channel}-${target.user}`;
    this.records.set(id, { ...target, issuedAt: this.clock(), uses: 0 });
    return id;
  }

  /** Counts one use, or says why Slack would refuse it. */
  use(id: string): ResponseUrlRecord | { refusal: ResponseUrlRefusal } {
    const record = this.records.get(id);
    if (!record) return { refusal: 'not_found' };
    if (this.clock() - record.issuedAt > responseUrlLimits.lifetimeMs) {
      return { refusal: 'expired_url' };
    }
    if (record.uses >= responseUrlLimits.uses) return { refusal: 'used_url' };

    record.uses += 1;
    return record;
  }
}
