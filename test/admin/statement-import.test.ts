import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn, money, openPage, openRow, screenshot, searchList, squash } from '../support/browser.js';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { vcbCsv } from '../support/statement-import.js';

// The bank-statement import as Cao Bằng's Front staff use it: from the Hà Quảng fund's page, a
// Vietcombank CSV with good lines, an unreadable amount and a debit; the preview's counts and
// reasons; posting after a confirmation naming the exact total; the fund's balance grown by it.
// Screenshots in test/test-output/admin/.

let server: TestServer;
let browser: Browser;
let page: Page;
let fundUrl: string;
let balanceBefore: bigint;

const shot = (name: string) => screenshot(page, name);

// 12 + 5 + 2 billion: the valid total, written the three ways banks write amounts.
const STATEMENT = vcbCsv([
  ['03/11/2025', 'FT25307100001', '', '12.000.000.000', 'Tong cong ty Dien luc ung ho quy vi nguoi ngheo'],
  ['03/11/2025', 'FT25307100002', '', '5,000,000,000.00', 'Ngan hang TMCP ung ho HQ-2016-2020'],
  ['04/11/2025', 'FT25308100003', '', 'năm trăm nghìn', 'Ủng hộ'],
  ['04/11/2025', 'FT25308100004', '55.000', '', 'Phí quản lý tài khoản'],
  ['05/11/2025', 'FT25309100005', '', '2000000000', 'Hội doanh nhân trẻ Cao Bằng ủng hộ'],
]);
const VALID_TOTAL = 19_000_000_000n;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  page = await openPage(browser, { timeout: 40_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('bank-statement import in the admin panel', { timeout: 180_000 }, () => {
  it('opens the import from the Hà Quảng fund’s page', async () => {
    await page.goto(server.url);
    await logIn(page, users.staffCaoBang);
    await page.getByRole('menuitem', { name: 'Quỹ' }).click();
    await searchList(page, 'QVNN-HA-QUANG');
    await openRow(page, 'QVNN-HA-QUANG');
    await page.getByTestId('fund-balance').waitFor();
    fundUrl = page.url();
    balanceBefore = money(await page.getByTestId('fund-balance').textContent());

    await page.getByRole('link', { name: 'Nhập sao kê' }).click();
    await page.getByRole('heading', { name: /Nhập sao kê vào quỹ QVNN-HA-QUANG/ }).waitFor();
    // The bank's remembered column headers are shown, and open in the editor.
    await page.getByRole('combobox', { name: 'Mẫu sao kê của ngân hàng' }).click();
    await page.getByRole('option', { name: /^VCB/ }).click();
    await page.getByText('ghi có "Số tiền ghi có"').waitFor();
    await page.getByRole('button', { name: 'Sửa mẫu' }).click();
    const editor = page.getByRole('dialog', { name: 'Tên cột trong sao kê của ngân hàng' });
    expect(await editor.getByRole('textbox', { name: 'Cột số tiền ghi có' }).inputValue()).toBe('Số tiền ghi có');
    await shot('statement-import-01-format');
    await editor.getByRole('button', { name: 'Hủy' }).click();
    await editor.waitFor({ state: 'hidden' });
  });

  it('uploads a Vietcombank CSV and previews its counts, total and the reason of the bad line', async () => {
    await page
      .getByLabel('Tệp sao kê (.csv hoặc .xlsx)')
      .setInputFiles({ name: 'sao-ke-vcb-11-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(STATEMENT) });
    expect(squash(await page.getByTestId('chosen-file').textContent())).toBe('sao-ke-vcb-11-2025.csv');
    await shot('statement-import-02-file-chosen');
    await page.getByRole('button', { name: 'Tải lên' }).click();

    await page.getByTestId('import-valid-amount').waitFor();
    expect(squash(await page.getByTestId('import-valid-amount').textContent())).toBe('19.000.000.000 ₫');
    expect(squash(await page.getByTestId('count-ALL').textContent())).toBe('Tất cả: 5');
    expect(squash(await page.getByTestId('count-VALID').textContent())).toBe('Hợp lệ: 3');
    expect(squash(await page.getByTestId('count-DUPLICATE').textContent())).toBe('Trùng: 0');
    expect(squash(await page.getByTestId('count-INVALID').textContent())).toBe('Lỗi: 1');
    expect(squash(await page.getByTestId('count-SKIPPED').textContent())).toBe('Bỏ qua: 1');
    // Line numbers as an editor shows them (title, account, header first), dates dd/MM/yyyy.
    const second = page.getByTestId('line-5');
    await second.waitFor();
    expect(squash(await second.textContent())).toContain('03/11/2025');
    expect(squash(await second.textContent())).toContain('5.000.000.000 ₫');
    expect(squash(await second.textContent())).toContain('HQ-2016-2020');
    await shot('statement-import-03-preview');

    await page.getByTestId('count-INVALID').click();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    expect(squash(await page.getByTestId('line-6').textContent())).toContain('không đọc được số tiền "năm trăm nghìn"');
    // With the cells as the bank wrote them, to find the line in the file.
    expect(squash(await page.getByTestId('line-6').textContent())).toContain('năm trăm nghìn | Ủng hộ');
    await page.getByTestId('count-DUPLICATE').click();
    await page.getByText('Không có dòng nào ở mục này.').waitFor();
    await page.getByTestId('count-SKIPPED').click();
    await page.getByTestId('line-7').waitFor();
    await page.getByTestId('count-INVALID').click();
    await page.getByTestId('line-6').waitFor();
    await shot('statement-import-04-bad-line');
  });

  it('posts the valid lines after a confirmation naming the exact total; the balance grows by it', async () => {
    await page.getByRole('button', { name: 'Ghi sổ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(squash(await dialog.textContent())).toContain(
      'Ghi 3 dòng hợp lệ, tổng 19.000.000.000 ₫, vào quỹ QVNN-HA-QUANG',
    );
    await shot('statement-import-05-confirm');
    await dialog.getByRole('button', { name: 'Ghi sổ' }).click();

    const done = page.getByTestId('import-committed');
    await done.waitFor();
    expect(squash(await done.textContent())).toContain('Đã ghi sổ 3 dòng, tổng 19.000.000.000 ₫');
    expect(squash(await page.getByTestId('count-POSTED').textContent())).toBe('Đã ghi sổ: 3');
    await expect.poll(async () => squash(await page.getByTestId('import-status').textContent())).toBe('Đã ghi sổ');
    // Nothing left to post or cancel.
    expect(await page.getByRole('button', { name: 'Hủy lần nhập' }).count()).toBe(0);
    await shot('statement-import-06-committed');

    await done.getByRole('link', { name: 'Xem sổ cái của quỹ' }).click();
    const entry = page.getByRole('row', { name: /12\.000\.000\.000/ });
    await entry.first().waitFor();
    expect(squash(await entry.first().textContent())).toContain('+12.000.000.000 ₫');
    await shot('statement-import-07-ledger');

    await page.goto(fundUrl);
    await page.getByTestId('fund-balance').waitFor();
    expect(money(await page.getByTestId('fund-balance').textContent())).toBe(balanceBefore + VALID_TOTAL);
  });

  it('lists the import under "Sao kê ngân hàng" with its fund, status, counts and amount', async () => {
    await page.getByRole('menuitem', { name: 'Sao kê ngân hàng' }).click();
    const row = page.getByRole('row', { name: /sao-ke-vcb-11-2025\.csv/ });
    await row.waitFor();
    const text = squash(await row.textContent());
    expect(text).toContain('QVNN-HA-QUANG');
    expect(text).toContain('Đã ghi sổ');
    expect(text).toContain('19.000.000.000 ₫');
    await shot('statement-import-08-list');
    // The file's name opens the import's page again, its preview now of the posted lines.
    await openRow(page, 'sao-ke-vcb-11-2025.csv');
    await page.getByTestId('import-committed').waitFor();
  });
});
