import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

// The machine has no outside network: these keep Chromium from reaching for Google services.
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a fresh profile, and how to throw both away. */
export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Script errors the page reported, for assertions and failure messages. */
  problems: string[];
  close(): Promise<void>;
}

/** Starts Debian's Chromium headless; fails with the install command when it is missing. */
export async function launchChromium(executablePath = chromiumPath): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}; the browser tests need it. ` +
        'Install it with `apt-get install chromium` (as root) or run `bash scripts/setup.sh`.',
    );
  }

  const profile = await mkdtemp(join(tmpdir(), 'wallet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: flags,
    viewport: { width: 1280, height: 860 },
  });
  // Fail a step in seconds with Playwright's own message rather than at the test timeout.
  context.setDefaultTimeout(8_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return {
    problems,
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under test-results/ (kept out of git). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join('test-results', `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
