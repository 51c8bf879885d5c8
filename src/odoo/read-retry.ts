import { setTimeout as sleep } from 'node:timers/promises';
import { hasCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { type CallSite, describeSite } from './faults.js';

export interface RetryPolicy {
  /** How often a read is tried in all. */
  attempts: number;
  /** The pause before the second try; doubled before each further one. */
  baseDelayMs: number;
}

/**
 * Runs a call, trying a read again while Odoo is unavailable (connection refused or
 * reset, timeout, 5xx). A write is tried once: it may have been applied before the error.
 */
export async function withReadRetry<T>(
  send: () => Promise<T>,
  options: { readOnly: boolean; policy: RetryPolicy; site: CallSite; logger: Logger },
): Promise<T> {
  const attempts = options.readOnly ? Math.max(1, options.policy.attempts) : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= attempts || !hasCode(error, 'unavailable')) throw error;
      const delayMs = options.policy.baseDelayMs * 2 ** (attempt - 1);
      options.logger.warn('Odoo read failed; trying again', {
        call: describeSite(options.site),
        attempt,
        delayMs,
        error: error instanceof Error ? error.message : String(error),
      });
      await sleep(delayMs);
    }
  }
}
