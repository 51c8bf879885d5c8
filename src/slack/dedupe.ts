/** Remembers recent work by key so a repeated request shares the first one's outcome. */
export interface Dedupe {
  /**
   * Runs `work` unless the same key ran within the window; `first` tells the caller whether
   * it owns the side effects (messages) or is a repeat that should stay quiet.
   */
  once<T>(key: string, work: () => Promise<T>): { first: boolean; outcome: Promise<T> };
  /** True the first time a key is seen within the window. */
  claim(key: string): boolean;
  /** Lets a key run again, e.g. after a refusal the user corrects and submits anew. */
  forget(key: string): void;
}

interface Entry {
  expiresAt: number;
  outcome: Promise<unknown>;
}

/** An in-memory dedupe with a time window; enough for one process, not for a cluster. */
export function createDedupe(clock: () => Date, windowMs: number): Dedupe {
  const entries = new Map<string, Entry>();

  const sweep = (now: number) => {
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= now) entries.delete(key);
    }
  };

  const once = <T>(key: string, work: () => Promise<T>) => {
    const now = clock().getTime();
    sweep(now);

    const existing = entries.get(key);
    if (existing) return { first: false, outcome: existing.outcome as Promise<T> };

    const outcome = work();
    entries.set(key, { expiresAt: now + windowMs, outcome });
    return { first: true, outcome };
  };

  const claim = (key: string) => once(key, () => Promise.resolve(undefined)).first;

  return { once, claim, forget: (key) => entries.delete(key) };
}
