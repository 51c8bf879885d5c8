import { afterEach, describe, expect, it } from 'vitest';
import { decodeMetadata, encodeMetadata } from '../src/slack/metadata.js';
import { createFakeWallet, makeBalance, makeBatch } from './support/slack-fake-wallet.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness | null = null;

afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('modal metadata', () => {
  it('keeps a long project label short and the id intact', () => {
    const encoded = encodeMetadata({
      channelId: 'C0SUPPORT',
      projectId: 42,
      projectLabel: 'Initech '.repeat(500),
      plannedLineId: 7,
    });

    const decoded = decodeMetadata(encoded);
    expect(encoded.length).toBeLessThanOrEqual(3000);
    expect(decoded.projectLabel).toHaveLength(150);
    expect(decoded).toMatchObject({ channelId: 'C0SUPPORT', projectId: 42, plannedLineId: 7 });
  });

  it('shows the plan of a project whose name is thousands of characters long', async () => {
    const name = `Initech ${'Support '.repeat(400)}`;
    const fake = createFakeWallet([makeBalance(42, name, 'Initech', makeBatch(11, 20, 22))]);
    harness = await startHarness({ wallet: fake, reloadUsers: ['U0LEAD'] });

    await harness.command('reload initech', { userId: 'U0LEAD' });
    const [update] = await harness.waitFor('views.update', 1);

    expect(update?.response.ok).toBe(true);
    expect(JSON.stringify(update?.response)).toContain('Plan for');
  });
});
