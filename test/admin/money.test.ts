import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  logIn,
  money,
  openPage,
  openRow,
  pickOption,
  screenshot,
  searchList,
  shotsDir,
  squash,
} from '../support/browser.js';
import { startTestServer, users, type TestServer } from '../support/server.js';

// The money screens as Front staff of Khánh Hòa use them (funds of former Ninh Thuận included):
// record a donation by keyboard, find it in the fund's balance and ledger exactly, reverse it,
// print its receipt. One browser and one page for the file; screenshots in test/test-output/admin/.

let server: TestServer;
let browser: Browser;
let page: Page;

async function shot(name: string) {
  await screenshot(page, name);
}

const AMOUNT = 19_000_000_000n;
let balanceBefore: bigint;
let fundUrl: string;
let receiptNumber: string;

async function openFund() {
  await page.goto(fundUrl);
  await page.getByTestId('fund-balance').waitFor();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('money in the admin panel', () => {
  it('shows the Ninh Thuận fund with its balance, cash apart from goods', async () => {
    await page.goto(server.url);
    await logIn(page, users.staffKhanhHoa);
    await page.getByRole('heading', { name: 'Số tiền vận động được so với chỉ tiêu' }).waitFor();
    await shot('money-00-dashboard');

    await page.getByRole('menuitem', { name: 'Quỹ' }).click();
    await searchList(page, 'QVNN-NINH-THUAN');
    await openRow(page, 'QVNN-NINH-THUAN');
    await page.getByTestId('fund-balance').waitFor();
    fundUrl = page.url();
    balanceBefore = money(await page.getByTestId('fund-balance').textContent());
    expect(balanceBefore).toBeGreaterThanOrEqual(0n);
    await page.getByRole('region', { name: 'Hiện vật đang giữ (không cộng vào tiền)' }).waitFor();
    await shot('money-01-fund-before');
  });

  it('records 19.000.000.000 ₫ for BA-406-DA by keyboard and shows the receipt number', async () => {
    await page.goto(`${server.url}/donations/create`);
    const fund = page.getByRole('combobox', { name: /^Quỹ/ });
    await fund.click();
    await page.keyboard.type('QVNN-NINH-THUAN');
    await pickOption(page, /QVNN-NINH-THUAN/);
    expect(await fund.inputValue()).toMatch(/^QVNN-NINH-THUAN/);
    await page.keyboard.press('Tab');
    await page.keyboard.type('BA-406-DA');
    await pickOption(page, /^BA-406-DA/);
    expect(await page.getByRole('combobox', { name: /^Phong trào/ }).inputValue()).toMatch(/^BA-406-DA/);

    const amount = page.getByRole('textbox', { name: /^Số tiền/ });
    await amount.focus();
    await page.keyboard.type('19.000.000.000');
    await shot('money-02-donation-typed');
    await page.keyboard.press('Enter');

    await page.getByText(/Đã ghi nhận 19\.000\.000\.000\s₫, biên nhận số QVNN-NINH-THUAN-\d{4}-\d{6}/).waitFor();
    receiptNumber = squash(await page.getByTestId('last-receipt-number').textContent());
    expect(receiptNumber).toMatch(/^QVNN-NINH-THUAN-\d{4}-\d{6}$/);
    // Ready for the next one: the amount is empty and has the cursor; fund and campaign stay.
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.name')).toBe('amount');
    expect(await page.getByRole('textbox', { name: /^Số tiền/ }).inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: /^Quỹ/ }).inputValue()).toMatch(/^QVNN-NINH-THUAN/);
    expect(await page.getByRole('combobox', { name: /^Phong trào/ }).inputValue()).toMatch(/^BA-406-DA/);
    await shot('money-03-donation-recorded');
  });

  it('shows the donation in the fund’s balance exactly, and reverses it with a reason', async () => {
    // The campaign's cash raised counts it exactly on the dashboard's chart.
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Số tiền vận động được so với chỉ tiêu' }).waitFor();
    const bar = page.getByRole('listitem').filter({ hasText: /^BA-406-DA/ });
    await expect
      .poll(async () => squash(await bar.textContent()))
      .toContain('19.000.000.000 ₫ / 19.000.000.000 ₫ (100%)');
    await shot('money-03b-dashboard-raised');

    await openFund();
    expect(money(await page.getByTestId('fund-balance').textContent())).toBe(balanceBefore + AMOUNT);

    await page.getByRole('tab', { name: 'Sổ cái' }).click();
    const receipt = page.getByRole('row', { name: new RegExp(receiptNumber) });
    await receipt.first().waitFor();
    expect(squash(await receipt.first().textContent())).toContain('+19.000.000.000 ₫');
    await shot('money-04-ledger');

    await receipt.first().getByRole('button', { name: 'Đảo bút toán' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Lý do đảo/ }).fill('Ghi nhầm quỹ');
    await shot('money-05-reverse-dialog');
    await dialog.getByRole('button', { name: 'Đảo bút toán' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Both entries stay: the receipt, marked reversed, and the reversal with the reason.
    await expect.poll(() => receipt.count()).toBe(2);
    const rows = (await receipt.allTextContents()).map(squash);
    expect(rows.some((r) => r.includes('-19.000.000.000 ₫') && r.includes('Ghi nhầm quỹ'))).toBe(true);
    expect(rows.some((r) => r.includes('+19.000.000.000 ₫') && /Đã đảo bởi #\d+/.test(r))).toBe(true);
    await shot('money-06-reversed');

    await page.getByRole('tab', { name: 'Số dư' }).click();
    await expect.poll(async () => money(await page.getByTestId('fund-balance').textContent())).toBe(balanceBefore);
  });

  it('finds the donation by its receipt number and prints its receipt', async () => {
    await page.goto(`${server.url}/donations`);
    await searchList(page, receiptNumber, page.getByRole('textbox', { name: 'Số biên nhận / mã giao dịch ngân hàng' }));
    const row = page.getByRole('row', { name: new RegExp(receiptNumber) });
    await row.waitFor();
    expect(squash(await row.textContent())).toContain('Đã đảo');
    await openRow(page, receiptNumber);
    await page.getByRole('link', { name: 'Biên nhận' }).click();

    const receipt = page.getByRole('article', { name: 'Biên nhận ủng hộ' });
    await receipt.waitFor();
    const text = squash(await receipt.textContent());
    expect(text).toContain(`Số: ${receiptNumber}`);
    expect(text).toContain('19.000.000.000 ₫');
    expect(text).toContain('Nhà hảo tâm ẩn danh');
    expect(text).toContain('BA-406-DA');
    expect(text).toContain('QVNN-NINH-THUAN');

    // The test's tsconfig has no DOM types: the browser-side code goes as text.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
    await page.getByRole('button', { name: 'In biên nhận' }).click();
    expect(await page.evaluate('window.printed')).toBe(1);
    await shot('money-07-receipt');
    // On paper: only the receipt, no app bar, menu or button.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'In biên nhận' }).isVisible()).toBe(false);
    await shot('money-08-receipt-print');
    await page.pdf({ path: `${shotsDir}money-receipt.pdf`, format: 'A5', landscape: true });
    await page.emulateMedia({ media: 'screen' });
  });
});
