import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickUntilUrl, launchChromium, logIn, openPage, screenshot, squash } from '../support/browser.js';
import { povertyCsv } from '../support/poverty-import.js';
import { startTestServer, users, type TestServer } from '../support/server.js';

// Poverty statistics as Khánh Hòa's Front staff keep them: the dashboard's trend from the demo
// data (former Ninh Thuận included), a spreadsheet whose preview refuses a Cao Bằng line, the
// corrected file written after a confirmation, and the trend grown by the new years with the
// change of standard marked. Cao Bằng's staff, with no figures yet, see the empty state.
// Screenshots in test/test-output/admin/.

let server: TestServer;
let browser: Browser;
let page: Page;

const shot = (name: string) => screenshot(page, name);

const GOOD = [
  ['56', 2022, 'ND-07-2021', '420.000', 21000, 12600, '', '', '', '5,00'],
  ['Khánh Hòa', 2025, '07/2021/NĐ-CP', 425000, 8500, 8000, '', '', '', ''],
];
const WITH_CAO_BANG = [...GOOD, ['Cao Bằng', 2022, 'ND-07-2021', 140000, 30000, '', '', '', '', '']];

const trendRows = async () =>
  (await page.getByTestId('poverty-trend-table').locator('tbody tr').allTextContents()).map(squash);

async function chooseFile(name: string, csv: string) {
  await page.getByLabel('Tệp số liệu (.csv hoặc .xlsx)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Đọc tệp và xem trước' }).click();
  await page.getByTestId('poverty-import-summary').waitFor();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  page = await openPage(browser, { timeout: 40_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('poverty statistics in the admin panel', { timeout: 180_000 }, () => {
  it('shows the poverty trend of the user’s unit on the dashboard, former Ninh Thuận included', async () => {
    await page.goto(server.url);
    await logIn(page, users.staffKhanhHoa);
    await page.getByTestId('poverty-trend-chart').waitFor();
    expect(squash(await page.getByTestId('poverty-trend-unit').textContent())).toBe('Tỉnh Khánh Hòa');
    expect(await trendRows()).toEqual(['2015QD-59-201514,93%—', '2020QD-59-20155,33%—']);
    await page.getByText('Gồm số liệu của đơn vị cũ đã sáp nhập.').waitFor();
    await shot('poverty-01-trend');
  });

  it('previews a spreadsheet: unit matches, rates, and a line outside the user’s grant refused', async () => {
    await page.getByRole('menuitem', { name: 'Nhập số liệu hộ nghèo' }).click();
    await page.getByRole('link', { name: 'Nhập tệp mới' }).click();
    await page.getByRole('heading', { name: 'Nhập số liệu hộ nghèo từ tệp Excel/CSV' }).waitFor();
    await chooseFile('ra-soat-khanh-hoa.csv', povertyCsv(WITH_CAO_BANG));
    expect(squash(await page.getByTestId('poverty-import-summary').textContent())).toBe(
      '3 dòng: 2 thêm mới, 0 thay đổi số liệu đã có, 0 không đổi, 1 dòng lỗi.',
    );
    const preview = page.getByTestId('poverty-preview');
    expect(squash(await preview.locator('tr[data-line="3"]').textContent())).toContain('Tỉnh Khánh Hòa (56)');
    expect(squash(await preview.locator('tr[data-line="3"]').textContent())).toContain('5,00%');
    expect(squash(await preview.locator('tr[data-line="4"]').textContent())).toContain('2,00%');
    await preview.getByText('Tỉnh Cao Bằng không thuộc phạm vi được giao cho bạn').waitFor();
    expect(await page.getByRole('button', { name: 'Ghi số liệu' }).isDisabled()).toBe(true);
    await page.getByRole('alert').filter({ hasText: 'Còn 1 dòng lỗi' }).waitFor();
    await shot('poverty-02-preview-refused');
    await page.getByLabel('Chỉ dòng lỗi').check();
    await expect.poll(async () => preview.locator('tbody tr').count()).toBe(1);
  });

  it('writes the corrected file after a confirmation', async () => {
    await page.getByRole('menuitem', { name: 'Nhập số liệu hộ nghèo' }).click();
    await page.getByRole('link', { name: 'Nhập tệp mới' }).click();
    await chooseFile('ra-soat-khanh-hoa-sua.csv', povertyCsv(GOOD));
    expect(squash(await page.getByTestId('poverty-import-summary').textContent())).toContain('2 thêm mới');
    await page.getByRole('button', { name: 'Ghi số liệu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Ghi 2 số liệu mới và thay 0 số liệu đã có/).waitFor();
    await dialog.getByRole('button', { name: 'Ghi số liệu' }).click();
    await page.getByTestId('poverty-import-committed').waitFor();
    expect(squash(await page.getByTestId('poverty-import-committed').textContent())).toContain(
      'Đã ghi: 2 thêm mới, 0 thay đổi, 0 không đổi.',
    );
    await shot('poverty-03-committed');
  });

  it('lists the statistics by unit and year, and the dashboard marks the change of standard', async () => {
    await page.getByRole('menuitem', { name: 'Số liệu hộ nghèo', exact: true }).click();
    await page.getByRole('row', { name: /2025/ }).first().waitFor();
    expect(squash(await page.getByRole('row', { name: /2022/ }).first().textContent())).toContain('5,00');
    // A wrong count is corrected on the statistic's form; the rate follows from the counts.
    const row2022 = page.getByRole('row', { name: /2022/ }).first().getByText('2022', { exact: true });
    await clickUntilUrl(page, row2022, /\/povertyStatistics\/[^/]+$/);
    await page.getByText('Tỉnh Khánh Hòa · 2022 · ND-07-2021').waitFor();
    await page.getByRole('spinbutton', { name: 'Hộ nghèo', exact: true }).fill('20000');
    await shot('poverty-04-edit');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(async () => squash(await page.getByRole('row', { name: /2022/ }).first().textContent()), {
        timeout: 20_000,
      })
      .toContain('4,76');

    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await expect
      .poll(trendRows, { timeout: 20_000 })
      .toEqual([
        '2015QD-59-201514,93%—',
        '2020QD-59-20155,33%—',
        '2022ND-07-20214,76%3,00%',
        '2025ND-07-20212,00%1,88%',
      ]);
    expect(await page.getByTestId('standard-change').count()).toBe(1);
    await page.getByText(/không so sánh được/).waitFor();
    await shot('poverty-05-trend-after-import');
  });

  it('gives a unit without figures an empty state that leads to entering them', async () => {
    const other = await openPage(browser, { timeout: 40_000 });
    await other.goto(server.url);
    await logIn(other, users.staffCaoBang);
    const empty = other.getByTestId('poverty-trend-empty');
    await empty.waitFor();
    expect(squash(await empty.textContent())).toContain('Chưa có số liệu hộ nghèo của Tỉnh Cao Bằng.');
    await empty.getByRole('link', { name: 'Nhập từ tệp' }).waitFor();
    await screenshot(other, 'poverty-06-empty');
    await other.context().close();
  });
});
