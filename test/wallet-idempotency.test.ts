import { describe, expect, it } from 'vitest';
import { createIdempotencyCache } from '../src/wallet/idempotency.js';

function manualClock(start = Date.parse('2026-03-10T12:00:00Z')) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('idempotency cache', () => {
  it('returns the first result for a repeated key without running the work again', async () => {
    const cache = createIdempotencyCache<number>(manualClock().clock);
    let runs = 0;

    const first = await cache.run('k', async () => ++runs);
    const second = await cache.run('k', async () => ++runs);

    expect([first, second, runs]).toEqual([1, 1, 1]);
  });

  it('makes a concurrent repeat wait for the first run', async () => {
    const cache = createIdempotencyCache<string>(manualClock().clock);
    let release: (value: string) => void = () => {};
    let runs = 0;
    const slow = () => {
      runs += 1;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };

    const first = cache.run('k', slow);
    const second = cache.run('k', slow);
    release('done');

    expect(await Promise.all([first, second])).toEqual(['done', 'done']);
    expect(runs).toBe(1);
  });

  it('forgets a key after its time to live', async () => {
    const { clock, advance } = manualClock();
    const cache = createIdempotencyCache<number>(clock, 1000);
    let runs = 0;

    await cache.run('k', async () => ++runs);
    advance(1001);
    const again = await cache.run('k', async () => ++runs);

    expect(again).toBe(2);
  });

  it('lets a failed request be tried again', async () => {
    const cache = createIdempotencyCache<number>(manualClock().clock);

    await expect(cache.run('k', async () => Promise.reject(new Error('down')))).rejects.toThrow();
    const retried = await cache.run('k', async () => 7);

    expect(retried).toBe(7);
  });

  it('drops the oldest keys beyond its bound', async () => {
    const cache = createIdempotencyCache<string>(manualClock().clock, 60_000, 2);
    await cache.run('a', async () => 'a1');
    await cache.run('b', async () => 'b1');
    await cache.run('c', async () => 'c1');

    const again = await cache.run('a', async () => 'a2');

    expect(again).toBe('a2');
  });

  it('runs every call without a key', async () => {
    const cache = createIdempotencyCache<number>(manualClock().clock);
    let runs = 0;

    await cache.run(undefined, async () => ++runs);
    await cache.run(undefined, async () => ++runs);

    expect(runs).toBe(2);
  });
});
