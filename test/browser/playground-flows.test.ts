import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  browserTestTimeoutMs,
  launchChromium,
  screenshot,
  stepTimeoutMs,
} from './chromium.js';
import { type LocalStack, startLocalStack } from './local-stack.js';

// Every flow through the page, against local mode as `npm start` runs it: the demo Odoo,
// the Slack stand-in, the app over signed HTTP, the playground. Each test uses its own
// demo project so the tests do not depend on each other's order.

let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startLocalStack();
  browser = await launchChromium();
}, browserTestTimeoutMs);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

// Each open page holds an event stream; Chromium allows six connections per host, so a
// page left open would stall the pages after it.
afterEach(async () => {
  for (const page of browser.context.pages().slice(1)) await page.close();
});

async function openAs(user: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(`${stack.url}?user=${user}`);
  return page;
}

async function type(page: Page, text: string): Promise<void> {
  await page.fill('#message-box', text);
  await page.press('#message-box', 'Enter');
}

/** Picks an option of an external_select by typing part of it, as a user would. */
async function pick(page: Page, actionId: string, typed: string, option: RegExp) {
  const select = page.locator(`.modal [data-action-id="${actionId}"]`);
  await select.locator('input').fill(typed);
  await select.getByRole('button', { name: option }).click();
}

/** Asks for a project's overview line and reads the remaining hours from the new one. */
async function askRemaining(page: Page, project: string, query: string): Promise<number> {
  const pattern = new RegExp(`${project} · [^·]+ · (-?[\\d.]+) h`);
  const rows = page.locator('.msg').filter({ hasText: pattern });
  const seen = await rows.count();

  await type(page, `/wallet balance ${query}`);
  await rows.nth(seen).waitFor();
  const match = pattern.exec((await rows.nth(seen).textContent()) ?? '');
  if (!match) throw new Error(`No balance for ${project}`);
  return Number(match[1]);
}

describe('playground flows', { timeout: browserTestTimeoutMs }, () => {
  it('shows the wallet overview in the channel and on the Home tab', async () => {
    const page = await openAs('U0AGENT');

    await type(page, '/wallet balance');
    const overview = page.locator('.msg', { hasText: 'Support wallets' });
    await overview.getByText('Wayne Enterprises - Support').waitFor();
    await screenshot(page, 'playground-overview');
    await page.click('#home-tab');
    await page.locator('#home').getByRole('button', { name: 'Log time' }).waitFor();
    await screenshot(page, 'playground-home');

    expect(await overview.locator('[data-block-type="header"]').textContent()).toBe(
      'Support wallets',
    );
    expect(await page.locator('#home').textContent()).toContain('Initech - Support');
  });

  it('logs time through the modal and shows the balance go down', async () => {
    const page = await openAs('U0AGENT');
    const before = await askRemaining(page, 'Acme Corp - Support', 'acme');

    await type(page, '/wallet log');
    await pick(page, 'project_select', 'acme', /Acme Corp - Support/);
    await page.fill('.modal [data-action-id="duration_input"]', '1:30');
    await page.fill('.modal [data-action-id="description_input"]', 'Fixed the invoice export');
    await page.click('.modal-submit');
    await page.getByText('Logged 1.5 h (1:30)').waitFor();
    const after = await askRemaining(page, 'Acme Corp - Support', 'acme');
    await screenshot(page, 'playground-log-time');

    expect(after).toBeCloseTo(before - 1.5, 6);
    expect(await page.locator('.modal').count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it('shows an inline error for a duration of abc and logs the corrected entry', async () => {
    const page = await openAs('U0AGENT');

    await type(page, '/wallet log');
    await pick(page, 'project_select', 'hooli', /Hooli - Support/);
    await page.fill('.modal [data-action-id="duration_input"]', 'abc');
    await page.fill('.modal [data-action-id="description_input"]', 'Checked the backups');
    await page.click('.modal-submit');
    const error = page.locator('.modal [data-error-for="log_duration"]');
    await error.getByText('"abc" is not a duration').waitFor();
    await screenshot(page, 'playground-inline-error');
    const kept = {
      project: await page.inputValue('.modal [data-action-id="project_select"] input'),
      description: await page.inputValue('.modal [data-action-id="description_input"]'),
    };
    await page.fill('.modal [data-action-id="duration_input"]', '0:45');
    await page.click('.modal-submit');
    await page.getByText('Logged 0.75 h (0:45)').waitFor();

    expect(kept).toEqual({
      project: 'Hooli - Support · Hooli',
      description: 'Checked the backups',
    });
    expect(await page.locator('.modal').count()).toBe(0);
  });

  it('creates a ticket from the modal and links to it', async () => {
    const page = await openAs('U0AGENT');

    await type(page, '/wallet ticket');
    await pick(page, 'project_select', 'globex', /Globex - Support/);
    await page.fill('.modal [data-action-id="title_input"]', 'Invoice export stops at page 2');
    await page.fill('.modal [data-action-id="description_input"]', 'Seen since Monday.');
    await page.selectOption('.modal [data-action-id="assignee_select"]', 'U0LEAD');
    await page.selectOption('.modal [data-action-id="tags_select"]', { label: 'Bug' });
    await page.click('.modal-submit');
    const confirmation = page.locator('.msg', { hasText: 'Ticket created' });
    await confirmation.waitFor();
    await screenshot(page, 'playground-ticket');

    const link = confirmation.getByRole('link', { name: 'Invoice export stops at page 2' });
    expect(await link.getAttribute('href')).toMatch(/\/web#id=\d+&model=project\.task/);
    expect(await page.locator('.modal').count()).toBe(0);
  });

  it('runs a reload as a lead and shows the verified figures', async () => {
    const page = await openAs('U0LEAD');

    await type(page, '/wallet reload initech');
    const modal = page.locator('.modal');
    await modal.getByText('Old batch').waitFor();
    await page.fill('.modal [data-action-id="hours_input"]', '20');
    await page.fill('.modal [data-action-id="price_input"]', '95');
    await modal.getByRole('button', { name: 'Sell batch' }).click();
    await modal.getByRole('button', { name: 'Run reload' }).waitFor();
    await modal.getByText('Carry-over').waitFor();
    await modal.getByRole('button', { name: 'Run reload' }).click();
    const report = page.locator('.msg', { hasText: 'Reload done and verified' });
    await report.waitFor({ timeout: 2 * stepTimeoutMs });
    await screenshot(page, 'playground-reload');

    const text = (await report.textContent()) ?? '';
    expect(text).toMatch(/Old batch S\d+: 12\.5 h delivered, as planned/);
    expect(text).toMatch(/New batch S\d+ \(sold: 20 h .*?\): 2\.5 h delivered \(the carry-over\)/);
  });

  it('refuses the reload to a user who is not allowed to reload', async () => {
    const page = await openAs('U0AGENT');

    await type(page, '/wallet reload hooli');
    const refusal = page.locator('.msg', { hasText: 'WALLET_RELOAD_USERS' });
    await refusal.waitFor();
    await screenshot(page, 'playground-reload-refused');

    expect(await refusal.textContent()).toContain('Only visible to you');
    expect(await page.locator('.modal').count()).toBe(0);
  });

  it('renders the weekly digest preview', async () => {
    const page = await openAs('U0AGENT');

    await type(page, '/wallet digest');
    const digest = page.locator('.msg', { hasText: 'need a reload' });
    await digest.getByText('Hours delivered').waitFor();
    await screenshot(page, 'playground-digest');

    expect(await digest.locator('[data-block-type="header"]').textContent()).toMatch(
      /^Support wallets · \d{4}-W\d{2}$/,
    );
    expect(await digest.textContent()).toMatch(/\d+ need a reload · \d+ low · \d+ healthy/);
    expect(await digest.locator('.bk-unsupported').count()).toBe(0);
  });

  it('offers the exported workbook as a download in the app DM', async () => {
    const page = await openAs('U0AGENT');

    await type(page, '/wallet export acme');
    await page.locator('.msg', { hasText: 'it will arrive in a DM' }).waitFor();
    await page.getByRole('button', { name: 'Support Wallet (app)' }).click();
    const link = page.locator('a.file', { hasText: /support-wallets-acme-.*\.xlsx/ });
    await link.waitFor();
    await screenshot(page, 'playground-export');
    const file = await page.request.get(
      new URL((await link.getAttribute('href')) ?? '', stack.url).href,
    );

    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 2).toString()).toBe('PK');
  });
});
