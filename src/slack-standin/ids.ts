import { randomBytes } from 'node:crypto';

/** Slack's `ts` form for a moment in milliseconds: seconds, a dot, six digits. */
export function slackTs(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  const micros = Math.round((milliseconds - seconds * 1000) * 1000);
  return `${seconds}.${String(micros).padStart(6, '0')}`;
}

/** A trigger id shaped like Slack's (`{digits}.{digits}.{32 hex}`), unknown to any stand-in. */
export function randomTriggerId(): string {
  const first = 1_000_000_000 + randomBytes(3).readUIntBE(0, 3);
  return `${first}.1000000001.${randomBytes(16).toString('hex')}`;
}

/** Hands out ids that never repeat within one stand-in: `V0…`, `F0…`, `Ev0…`. */
export class IdSource {
  private counter = 0;

  next(prefix: string, width = 8): string {
    this.counter += 1;
    return `${prefix}${this.counter.toString(36).toUpperCase().padStart(width, '0')}`;
  }

  /** A view hash as Slack writes it: seconds, a dot, eight letters. */
  hash(milliseconds: number): string {
    return `${Math.floor(milliseconds / 1000)}.${randomBytes(6).toString('base64url').slice(0, 8)}`;
  }
}
