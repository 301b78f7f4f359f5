import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import {
  launchChromium,
  logIn,
  money,
  openPage,
  pickOption,
  screenshot,
  searchList,
  squash,
} from '../support/browser.js';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { unitId } from '../support/fixtures.js';
import { donationInput, fundId, fundTotals, RECORD_DONATION } from '../support/money.js';

// Money leaving a fund, as Front staff of Khánh Hòa (former Ninh Thuận included) move it: from
// the provincial fund down to a commune's, then out as support to a poor household, seen in both
// balances and in the fund's period report; a household edited from a stale copy; and the buttons
// others do not get. Screenshots in test/test-output/admin/ (flows-*.png).

let server: TestServer;
let browser: Browser;
let page: Page;

async function shot(name: string, on = page) {
  await screenshot(on, `flows-${name}`);
}

/** "19000000000" → "19.000.000.000 ₫" as the panel prints it (squashed). */
const vnd = (value: bigint) => `${value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;

/** A page of its own (cookies apart) with `email` logged in. */
async function session(email: string): Promise<Page> {
  const p = await openPage(browser);
  await p.goto(server.url);
  await logIn(p, email);
  return p;
}

async function openFund(id: string, on = page) {
  await on.goto(`${server.url}/funds/${id}/show`);
  await on.getByTestId('fund-balance').waitFor();
  return money(await on.getByTestId('fund-balance').textContent());
}

const ALLOCATED = 250_000_000n;
const SUPPORT = 40_000_000n;
let province: string;
let commune: string;
let householdId: string;

beforeAll(async () => {
  server = await startTestServer({ actAs: users.staffKhanhHoa });
  // A commune's Front committee and its fund (the demo data has none below district level), a
  // gift into the provincial fund to allocate from, and a poor household of that commune.
  const phuocBinh = await unitId(server, '22783');
  const org = await server.ok(
    `mutation($u: ID!) { createOrganization(input: { kind: FRONT_COMMITTEE, name: "Ủy ban MTTQ Việt Nam xã Phước Bình", unitId: $u }) { organization { id } } }`,
    { u: phuocBinh },
  );
  commune = (
    await server.ok(
      `mutation($o: ID!) { createFund(input: { code: "QVNN-PHUOC-BINH", name: "Quỹ Vì người nghèo xã Phước Bình", organizationId: $o }) { fund { id } } }`,
      { o: org.createOrganization.organization.id },
    )
  ).createFund.fund.id;
  province = await fundId(server, 'QVNN-NINH-THUAN');
  await server.ok(RECORD_DONATION, { input: donationInput(province, { amount: '500000000' }) });
  householdId = (
    await server.ok(
      `mutation($u: ID!) { registerHousehold(input: { headName: "Pinăng Thị Hoa", unitId: $u, members: 5, ethnicMinority: true }) { household { id } } }`,
      { u: phuocBinh },
    )
  ).registerHousehold.household.id;
  browser = await launchChromium();
  page = await session(users.staffKhanhHoa);
});

// What the page showed when a step failed, to look at.
beforeEach((ctx) => {
  onTestFailed(() => shot(`failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// A shared machine runs these slowly: each step gets a minute.
describe('allocations and support in the admin panel', { timeout: 60_000 }, () => {
  it('lists funds with their balance, receipts, allocations, support and goods, in Vietnamese money', async () => {
    await page.getByRole('menuitem', { name: 'Quỹ' }).click();
    await searchList(page, 'QVNN-NINH-THUAN');
    const row = page.getByRole('row', { name: /QVNN-NINH-THUAN/ });
    await row.waitFor();
    const totals = await fundTotals(server, province);
    const text = squash(await row.textContent());
    expect(text).toContain(vnd(BigInt(totals.balance)));
    expect(text).toContain(vnd(BigInt(totals.received)));
    for (const header of ['Số dư', 'Đã nhận', 'Đã phân bổ', 'Đã chi', 'Hiện vật đang giữ']) {
      await page.getByRole('columnheader', { name: header }).waitFor();
    }
    await shot('01-fund-list');
  });

  it('allocates from the provincial fund to a commune fund, and both balances change by the amount', async () => {
    const provinceBefore = await openFund(province);
    const communeBefore = await openFund(commune);
    expect(communeBefore).toBe(0n);
    await openFund(province);
    await page.getByRole('link', { name: 'Phân bổ xuống' }).click();
    await page.getByText(`Số dư tiền hiện có: ${vnd(provinceBefore)}`).waitFor();

    // Only lower funds are offered: the provincial fund itself is not among them.
    const target = page.getByRole('combobox', { name: /^Quỹ nhận/ });
    await target.click();
    await page.keyboard.type('QVNN');
    await page.getByRole('option', { name: /QVNN-PHUOC-BINH/ }).waitFor();
    expect(await page.getByRole('option', { name: /QVNN-NINH-THUAN/ }).count()).toBe(0);
    await pickOption(page, /QVNN-PHUOC-BINH/);

    // More than the fund holds: the server's refusal shows on the amount.
    const amount = page.getByRole('textbox', { name: /^Số tiền/ });
    await amount.fill(String(provinceBefore + 1n));
    await page.getByRole('textbox', { name: /^Quyết định phân bổ/ }).fill('45/QĐ-MTTQ');
    await page.getByRole('button', { name: 'Phân bổ (Enter)' }).click();
    await page
      .getByText(/Số dư tiền mặt của Quỹ Vì người nghèo tỉnh Ninh Thuận không đủ/)
      .first()
      .waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await shot('02-allocate-refused');

    await amount.fill('250.000.000');
    await amount.press('Enter');
    await page.getByText(/Đã phân bổ 250\.000\.000\s₫ cho Quỹ Vì người nghèo xã Phước Bình/).waitFor();
    await expect
      .poll(async () => money(await page.getByTestId('fund-balance').textContent()), { timeout: 10_000 })
      .toBe(provinceBefore - ALLOCATED);
    await shot('03-province-after');
    expect(await openFund(commune)).toBe(ALLOCATED);
    expect(squash(await page.getByTestId('fund-allocated-in').textContent())).toBe(vnd(ALLOCATED));
  });

  it('disburses support to a household and shows it in the fund’s period report', async () => {
    await openFund(commune);
    await page.getByRole('link', { name: 'Chi hỗ trợ' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: /^Quỹ chi/ }).inputValue(), { timeout: 10_000 })
      .toMatch(/^QVNN-PHUOC-BINH/);
    await page.getByRole('combobox', { name: /^Hộ gia đình/ }).click();
    await page.keyboard.type('pinang');
    await pickOption(page, /Pinăng Thị Hoa/);
    await page.getByRole('combobox', { name: /^Mục đích/ }).click();
    await page.getByRole('option', { name: 'Sửa chữa nhà' }).click();
    await page.getByRole('textbox', { name: /^Quyết định hỗ trợ/ }).fill('27/QĐ-UBND');
    const amount = page.getByRole('textbox', { name: /^Số tiền/ });
    await amount.fill('40.000.000');
    await shot('04-disburse-form');
    await amount.press('Enter');
    await page.getByText(/Đã chi hỗ trợ 40\.000\.000\s₫/).waitFor();
    await page.getByRole('link', { name: 'Pinăng Thị Hoa' }).waitFor();
    const shown = squash(await page.locator('main').textContent());
    expect(shown).toContain('Pinăng Thị Hoa');
    expect(shown).toContain('Sửa chữa nhà');
    expect(shown).toContain('40.000.000 ₫');
    await shot('05-support-show');

    expect(await openFund(commune)).toBe(ALLOCATED - SUPPORT);
    await page.getByRole('tab', { name: 'Báo cáo kỳ' }).click();
    const byPurpose = page.getByRole('table', { name: 'Chi hỗ trợ theo mục đích' });
    await byPurpose.waitFor();
    expect((await byPurpose.getByRole('cell').allTextContents()).map(squash)).toEqual(['Sửa chữa nhà', '40.000.000 ₫']);
    expect(squash(await page.getByTestId('summary-opening').textContent())).toBe('0 ₫');
    expect(squash(await page.getByTestId('summary-allocated-in').textContent())).toBe(`+${vnd(ALLOCATED)}`);
    expect(squash(await page.getByTestId('summary-disbursed').textContent())).toBe(`−${vnd(SUPPORT)}`);
    expect(squash(await page.getByTestId('summary-closing').textContent())).toBe(vnd(ALLOCATED - SUPPORT));
    await page.getByText('Không có khoản thu tiền nào trong kỳ.').first().waitFor();
    await shot('06-fund-summary');

    // A period before any of it: a quiet period, said so.
    await page.getByRole('textbox', { name: 'Đến ngày' }).fill('31/12/2019');
    await page.getByText('Quỹ không có phát sinh nào trong kỳ này').waitFor();
    expect(squash(await page.getByTestId('summary-closing').textContent())).toBe('0 ₫');

    // The household's page lists what it received.
    await page.goto(`${server.url}/households/${householdId}/show`);
    const received = page.getByRole('region', { name: 'Hỗ trợ đã nhận' });
    await received.getByText('27/QĐ-UBND').waitFor();
    expect(squash(await received.textContent())).toContain('40.000.000 ₫');
  });

  it('refuses a household edit made from a stale copy, and says so', async () => {
    await page.goto(`${server.url}/households/${householdId}`);
    const members = page.locator('input[name="members"]');
    await expect.poll(() => members.inputValue(), { timeout: 10_000 }).toBe('5');
    // Meanwhile a colleague changes the same household.
    const now = await server.ok(`query($id: ID!) { household(id: $id) { version } }`, { id: householdId });
    await server.ok(`mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { id } } }`, {
      input: { id: householdId, version: now.household.version, address: 'Thôn Ma Oai' },
    });
    await members.fill('6');
    await page.getByRole('button', { name: 'Lưu' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Hộ gia đình này vừa được người khác sửa' });
    await alert.waitFor();
    expect(squash(await alert.textContent())).toContain('Bản ghi đã được người khác sửa');
    await shot('07-household-conflict');
    const after = await server.ok(`query($id: ID!) { household(id: $id) { members address } }`, { id: householdId });
    expect(after.household).toEqual({ members: 5, address: 'Thôn Ma Oai' });

    // Reloaded, the latest version saves.
    await alert.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Địa chỉ' }).inputValue(), { timeout: 10_000 })
      .toBe('Thôn Ma Oai');
    await members.fill('6');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('region', { name: 'Thông tin chung' }).waitFor();
    const saved = await server.ok(`query($id: ID!) { household(id: $id) { members address } }`, { id: householdId });
    expect(saved.household).toEqual({ members: 6, address: 'Thôn Ma Oai' });
  });

  it('records a pledge and its payment, which becomes a donation with a receipt', async () => {
    await page.goto(`${server.url}/pledges/create`);
    await page.getByRole('combobox', { name: /^Quỹ nhận/ }).click();
    await page.keyboard.type('QVNN-NINH-THUAN');
    await pickOption(page, /QVNN-NINH-THUAN/);
    const amount = page.getByRole('textbox', { name: /^Số tiền cam kết/ });
    await amount.fill('75.000.000');
    await amount.press('Enter');
    await page.getByText(/Đã ghi nhận cam kết 75\.000\.000\s₫/).waitFor();
    const row = page.getByRole('row').filter({ hasText: '75.000.000 ₫' }).first();
    expect(squash(await row.textContent())).toContain('Chưa nộp');
    await row.getByRole('button', { name: 'Ghi nhận đã nộp' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Ghi nhận đã nộp' }).click();
    await page.getByText(/Đã ghi nhận, biên nhận số QVNN-NINH-THUAN-\d{4}-\d{6}/).waitFor();
    const paid = page.getByRole('row').filter({ hasText: '75.000.000 ₫' }).first();
    await paid.getByRole('link', { name: /Biên nhận QVNN-NINH-THUAN-/ }).waitFor();
    expect(squash(await paid.textContent())).toContain('Đã nộp');
    await shot('08-pledge-paid');
  });

  it('gives the buttons only to those who may use them; the household stays hidden from others', async () => {
    // Front staff of Cao Bằng read the Ninh Thuận fund but may not move its money.
    const caoBang = await session(users.staffCaoBang);
    await openFund(province, caoBang);
    await caoBang.getByRole('link', { name: 'Ghi nhận ủng hộ' }).waitFor();
    expect(await caoBang.getByRole('link', { name: 'Phân bổ xuống' }).count()).toBe(0);
    expect(await caoBang.getByRole('link', { name: 'Chi hỗ trợ' }).count()).toBe(0);
    await caoBang.context().close();

    // An auditor reads funds and households, and posts nothing.
    const auditor = await session(users.auditor);
    await openFund(commune, auditor);
    expect(await auditor.getByRole('link', { name: 'Phân bổ xuống' }).count()).toBe(0);
    expect(await auditor.getByRole('link', { name: 'Chi hỗ trợ' }).count()).toBe(0);
    await auditor.goto(`${server.url}/households/${householdId}/show`);
    await auditor.getByText('Pinăng Thị Hoa').first().waitFor();
    expect(await auditor.getByRole('link', { name: 'Sửa' }).count()).toBe(0);
    expect(await auditor.getByRole('button', { name: 'Ghi kết quả rà soát' }).count()).toBe(0);
    await shot('09-auditor-household', auditor);
    await auditor.context().close();

    // An administrator reads support, not personal data: the household is withheld, with why.
    const admin = await session(users.admin);
    await admin.goto(`${server.url}/supports`);
    const row = admin.getByRole('row').filter({ hasText: '27/QĐ-UBND' });
    await row.waitFor();
    expect(squash(await row.textContent())).toContain('Ẩn — dữ liệu cá nhân');
    expect(squash(await row.textContent())).not.toContain('Pinăng');
    expect(await admin.getByRole('menuitem', { name: 'Hộ gia đình' }).count()).toBe(0);
    expect(await admin.getByRole('link', { name: 'Chi hỗ trợ' }).count()).toBe(0);
    await shot('10-admin-support-redacted', admin);
    await admin.context().close();
  }, 90_000);
});
