import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** How long one browser step (a click, a wait for text) may take. */
export const stepTimeoutMs = 15_000;

/** How long one browser test may take: several steps on a loaded machine. */
export const browserTestTimeoutMs = 90_000;

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
  // A step fails with Playwright's own message, well before the test's time is up, yet
  // leaves room for a machine busy with other test files.
  context.setDefaultTimeout(stepTimeoutMs);
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
