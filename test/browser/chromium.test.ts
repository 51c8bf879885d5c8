import { describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';

describe('launchChromium', () => {
  it('fails with the install command when Chromium is missing, rather than skipping', async () => {
    const launch = launchChromium('/nonexistent/chromium');

    await expect(launch).rejects.toThrow(/apt-get install chromium/);
  });
});
