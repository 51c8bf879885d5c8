/**
 * Remembers the outcome of keyed requests for a while, so a request repeated with the same
 * key (a Slack retry, a double click) gets the first answer instead of a second write.
 * A repeat that arrives while the first is still running waits for it. Failures are
 * forgotten, so a failed request may be tried again.
 */
export interface IdempotencyCache<T> {
  run(key: string | undefined, work: () => Promise<T>): Promise<T>;
}

interface Entry<T> {
  promise: Promise<T>;
  expiresAt: number;
}

/** An in-memory cache bounded to `maxEntries`, each kept `ttlMs` after it started. */
export function createIdempotencyCache<T>(
  clock: () => Date,
  ttlMs = 15 * 60_000,
  maxEntries = 1000,
): IdempotencyCache<T> {
  // TODO: several replicas need a shared store (Redis or an Odoo record) instead of this Map.
  const entries = new Map<string, Entry<T>>();

  const prune = (now: number) => {
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= now) entries.delete(key);
    }
    // Maps iterate in insertion order, so the first keys are the oldest.
    while (entries.size >= maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  };

  return {
    run(key: string | undefined, work: () => Promise<T>): Promise<T> {
      if (key === undefined || key === '') return work();

      const now = clock().getTime();
      const known = entries.get(key);
      if (known && known.expiresAt > now) return known.promise;

      prune(now);
      const promise = work();
      const entry = { promise, expiresAt: now + ttlMs };
      entries.set(key, entry);
      promise.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return promise;
    },
  };
}
