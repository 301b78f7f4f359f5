import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../support/downloads.js';
import { launchChromium, logIn, screenshot, squash } from '../support/browser.js';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId } from '../support/fixtures.js';

// The summary report of Ninh Thuận's 2016–2020 movement as Khánh Hòa's Front staff open it from
// the campaign's page: the figures the seed states, the charts, a written section saved, and the
// Word file downloaded with the session cookie.

let server: TestServer;
let browser: Browser;
let page: Page;
let nt: string;

beforeAll(async () => {
  server = await startTestServer();
  nt = await campaignId(server, 'NT-2016-2020');
  browser = await launchChromium();
  // openPage's context does not take downloads; this one does, as in documents.test.ts.
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack));
  await page.goto(server.url);
  await logIn(page, users.staffKhanhHoa);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the campaign report page', () => {
  it('opens from the campaign and shows the figures computed from the demo facts', async () => {
    await page.goto(`${server.url}/campaigns/${nt}/show`);
    await page.getByRole('link', { name: 'Báo cáo tổng kết' }).click();
    await page.waitForURL(/\/campaigns\/\d+\/report$/);
    // Defaults: the campaign's own unit, and the years of the national phase it belongs to
    // (launched in October 2017 under the 2016–2020 movement), as the article reports them.
    await page.getByTestId('report-fromYear').waitFor();
    expect(await page.getByTestId('report-fromYear').inputValue()).toBe('2016');
    expect(await page.getByTestId('report-toYear').inputValue()).toBe('2020');
    const statement = page.getByTestId('poverty-statement');
    await statement.waitFor();
    expect(squash(await statement.textContent())).toBe(
      'Tỷ lệ hộ nghèo giảm từ 14,93% đầu năm 2016 xuống còn 5,33% cuối năm 2020, bình quân mỗi năm giảm 1,92%.',
    );
    expect(squash(await page.getByTestId('poverty-at-start').textContent())).toContain('23.767 hộ nghèo (14,93%)');
    expect(squash(await page.getByTestId('funds-in-kind').textContent())).toBe('19.000.000.000 ₫');
    expect(squash(await page.getByTestId('support-by-purpose').textContent())).toContain('1.000 con bò');
    expect(squash(await page.getByTestId('commendations-total').textContent())).toBe('Tổng số 48 khen thưởng');
    expect(squash(await page.getByTestId('commendations-by-form').textContent())).toContain(
      'Bằng khen của Thủ tướng Chính phủ – Cá nhân3',
    );
    await page.getByTestId('poverty-chart').locator('svg circle').first().waitFor();
    expect(await page.getByTestId('poverty-chart').locator('svg circle').count()).toBe(2);
    await screenshot(page, 'campaign-report');
  });

  it('saves a written section and downloads the report as Word with it', async () => {
    await page.getByTestId('narrative-lessons').fill('Phát huy sức mạnh của cả hệ thống chính trị.');
    await page.getByRole('button', { name: 'Lưu nội dung' }).click();
    await page.getByText('Đã lưu nội dung báo cáo').waitFor();
    await page.getByText(/Lưu lần cuối/).waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải Word (DOCX)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('bao-cao-tong-ket-nt-2016-2020-58-2016-2020.docx');
    const text = await docxText(readFileSync(await file.path()));
    expect(text).toContain('bình quân mỗi năm giảm 1,92%');
    expect(text).toContain('Phát huy sức mạnh của cả hệ thống chính trị.');
    const pdf = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải PDF' }).click()]);
    expect(
      readFileSync(await pdf[0].path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
