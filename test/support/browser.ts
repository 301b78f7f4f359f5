import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './server.js';

// What every admin test does with the browser, written once: Debian's Chromium, a Vietnamese
// page, logging in, reading money as a person reads it, searching a list and opening a row.

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Screenshots land here, to look at after a run. */
export const shotsDir = fileURLToPath(new URL('../test-output/admin/', import.meta.url));

export function launchChromium(): Promise<Browser> {
  mkdirSync(shotsDir, { recursive: true });
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

export interface PageOptions {
  /** Per-action limit: the machine is shared, so slow renders get time rather than fail. */
  timeout?: number;
  viewport?: { width: number; height: number };
  locale?: string;
  hasTouch?: boolean;
  isMobile?: boolean;
  acceptDownloads?: boolean;
}

/** A page with cookies of its own, in Vietnamese, that logs the app's uncaught errors. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const { timeout = 15_000, viewport = { width: 1366, height: 900 }, locale = 'vi-VN', ...device } = options;
  const context = await browser.newContext({ viewport, locale, ...device });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack));
  return page;
}

/** Saves a full-page screenshot as test-output/admin/<name>.png. */
export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: `${shotsDir}${name}.png`, fullPage: true });

/** Logs in through the form on the page shown, and waits for the panel. */
export async function logIn(page: Page, email: string) {
  await page.getByRole('textbox', { name: 'Email đăng nhập' }).fill(email);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Hồ sơ', exact: true }).waitFor();
}

/**
 * Clicks until the address matches: a list that re-renders while its data settles can swallow a
 * click on a row (the row is replaced under the pointer), so the click is repeated, a few times.
 */
export async function clickUntilUrl(page: Page, target: Locator, url: RegExp, attempts = 4) {
  for (let i = 1; ; i++) {
    await target.click();
    try {
      await page.waitForURL(url, { timeout: 5_000 });
      return;
    } catch (error) {
      if (i >= attempts) throw error;
    }
  }
}

/** Text as a person reads it: any run of spaces (the ₫ sign follows a no-break space) is one. */
export const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** "19.000.000.000 ₫" → 19000000000n, exactly. */
export const money = (text: string | null) => BigInt(squash(text).replace(/[^\d-]/g, ''));

/**
 * Types into a list's search box and waits until the search has applied. The list searches after
 * a pause and then rewrites the address; a click made before that rewrite is undone by it (the
 * page goes back to the list), so callers must not act on the rows until it has happened.
 * A list reopened from the menu restores its last search into the box a moment after it renders,
 * overwriting what was typed in between; so the text is typed again until the address carries it.
 */
export async function searchList(page: Page, text: string, box = page.getByPlaceholder('Tìm kiếm')) {
  const applied = (url: URL) => decodeURIComponent(url.href).includes(text);
  for (let attempt = 1; ; attempt++) {
    if ((await box.inputValue()) !== text) await box.fill(text);
    try {
      await page.waitForURL(applied, { timeout: 4_000 });
      return;
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
}

/**
 * Opens a list row's record by clicking `text` in it (a code, a number): not the row's middle,
 * which may be a link to another record (a fund's unit, a donation's campaign).
 */
export async function openRow(page: Page, text: string) {
  const row = page.getByRole('row', { name: new RegExp(escapeRegExp(text)) });
  await row.waitFor();
  await row.getByText(text, { exact: true }).first().click();
  await page.waitForURL(/\/show$/);
}

/** Clicks a download link (`acceptDownloads` page) and returns the file's suggested name and where it was saved. */
export async function downloadByLink(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

/** Picks an autocomplete's option by keyboard: arrows down to it, Enter. */
export async function pickOption(page: Page, option: RegExp) {
  await page.getByRole('option', { name: option }).waitFor();
  // The unfiltered list shows first; let the search's answer replace it before moving in it.
  await expect
    .poll(async () => squash(await page.getByRole('option').first().textContent()), { timeout: 5_000 })
    .toMatch(option)
    .catch(() => undefined);
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('[role="option"].Mui-focused');
    if (option.test(squash(await focused.textContent()))) break;
  }
  await page.keyboard.press('Enter');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
