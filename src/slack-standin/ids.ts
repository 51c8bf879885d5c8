import { randomBytes } from 'node:crypto';

/** Hands out ids that never repeat within one stand-in: `V0…`, `F0…`. */
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

// Kept here too: callers imported them from this module before the builders needed them.
export { randomTriggerId, slackTs } from './payloads/slack-ids.js';
