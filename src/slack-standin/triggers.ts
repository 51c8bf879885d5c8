import { randomBytes } from 'node:crypto';

/** Why views.* refused a trigger id, in Slack's words; `null` when it may be used. */
export type TriggerRefusal = 'invalid_trigger_id' | 'expired_trigger_id' | 'exchanged_trigger_id';

interface Trigger {
  userId: string;
  issuedAt: number;
  used: boolean;
}

/** Trigger ids as Slack hands them out: valid for a few seconds, usable once. */
export class TriggerRegistry {
  private readonly triggers = new Map<string, Trigger>();
  private counter = 0;

  constructor(
    private readonly clock: () => number,
    private readonly ttlMs: number,
  ) {}

  /** A fresh `{digits}.{digits}.{32 hex}` id for an interaction by `userId`. */
  issue(userId: string): string {
    this.counter += 1;
    const id = `${1_000_000_000 + this.counter}.1000000001.${randomBytes(16).toString('hex')}`;
    this.triggers.set(id, { userId, issuedAt: this.clock(), used: false });
    return id;
  }

  /** Uses the trigger up and names its user, or says why Slack would refuse it. */
  exchange(id: string): { userId: string } | { refusal: TriggerRefusal } {
    const trigger = this.triggers.get(id);
    if (!trigger) return { refusal: 'invalid_trigger_id' };
    if (trigger.used) return { refusal: 'exchanged_trigger_id' };
    if (this.clock() - trigger.issuedAt > this.ttlMs) return { refusal: 'expired_trigger_id' };

    trigger.used = true;
    return { userId: trigger.userId };
  }
}
