import type { Logger } from '../logger.js';
import type { WalletService } from '../wallet/service.js';
import type { Dedupe } from './dedupe.js';
import type { UserDirectory } from './users.js';

/** What every listener receives besides Bolt's own arguments. */
export interface SlackContext {
  wallet: WalletService;
  logger: Logger;
  clock: () => Date;
  users: UserDirectory;
  /** Repeated submissions and redelivered events share the first one's outcome. */
  dedupe: Dedupe;
  /** Slack user ids allowed to reload a batch. */
  reloadUsers: ReadonlySet<string>;
  /** Where reload reports go; the channel the reload was asked from when null. */
  auditChannel: string | null;
  /** How long a submission waits for Odoo before closing the modal and answering by message. */
  submitWaitMs: number;
  /** Ticket tag names, cached for a few minutes. */
  tags(): Promise<string[]>;
}

/** A cached async value that is read again after `ttlMs`; failures are not cached. */
export function cachedValue<T>(clock: () => Date, ttlMs: number, load: () => Promise<T>) {
  let cached: { expiresAt: number; value: Promise<T> } | null = null;

  return (): Promise<T> => {
    const now = clock().getTime();
    if (cached && cached.expiresAt > now) return cached.value;

    const value = load();
    cached = { expiresAt: now + ttlMs, value };
    value.catch(() => {
      cached = null;
    });
    return value;
  };
}
