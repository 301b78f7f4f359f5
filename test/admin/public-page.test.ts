import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, shotsDir, squash } from '../support/browser.js';
import { campaignId, unitId } from '../support/fixtures.js';
import { donationInput, fundId, RECORD_DONATION } from '../support/money.js';
import { startTestServer, users, type TestServer } from '../support/server.js';

// The public statement as anyone reads it on a phone (375 px wide, touch), never logged in: the
// built admin served by the real server on PGlite with the demo data, in Debian's Chromium.
// The demo's Hà Quảng fund holds five receipts (one from Nguyễn Văn An, who agreed to be named,
// one from Trần Thị Bình, who did not) and the 3.935.745.000 ₫ that repaired 114 houses. A Cao
// Bằng staff member adds, through the API, 20 named transfers from Nguyễn Văn An (so that a
// search for him runs over two pages) and 3 from a new donor, Nguyễn Văn Hùng, who did not agree
// to be named. Screenshots in test/test-output/admin/public-*.png.

let server: TestServer;
let browser: Browser;
let page: Page;
const offsite: string[] = [];
const credentialed: string[] = [];
const scripts: string[] = [];
let raisedCash = 3_935_745_000n;

async function shot(name: string) {
  await screenshot(page, `public-${name}`);
}

/** "3935745000" → "3.935.745.000 ₫" as the test expects to read it. */
/** What the element shows, as the eye reads it (cells and blocks apart). */
const read = async (locator: Locator) => squash(await locator.innerText());
const vnd = (amount: bigint) => `${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;

const statement = () => page.getByRole('region', { name: 'Sao kê các khoản ủng hộ' });
const bodyRows = () => statement().locator('tbody tr');
const count = () => page.getByTestId('statement-count');

beforeAll(async () => {
  server = await startTestServer();

  const staff = { as: users.staffCaoBang };
  const haQuang = await fundId(server, 'QVNN-HA-QUANG');
  const campaign = await campaignId(server, 'HQ-2016-2020');
  const donors = await server.ok(`{ donors(filter: { q: "nguyen van an" }) { nodes { id displayName } } }`, {}, staff);
  const an = donors.donors.nodes.find((d: { displayName: string }) => d.displayName === 'Nguyễn Văn An').id;
  const registered = await server.ok(
    `mutation($u: ID!) { registerDonor(input: { kind: INDIVIDUAL, displayName: "Nguyễn Văn Hùng", unitId: $u, publicConsent: false }) { donor { id } } }`,
    { u: await unitId(server, '04') },
    staff,
  );
  const hung = registered.registerDonor.donor.id;
  const gifts = [
    ...Array.from({ length: 20 }, (_, i) => ({
      donorId: an,
      channel: 'BANK_TRANSFER',
      bankReference: `FT25PUB${String(i + 1).padStart(4, '0')}`,
      amount: String(500_000 + i * 1_000),
      donatedOn: `2025-09-${String(i + 1).padStart(2, '0')}`,
      note: 'Ủng hộ quỹ Vì người nghèo huyện Hà Quảng',
    })),
    ...[1, 2, 3].map((i) => ({
      donorId: hung,
      channel: 'CASH',
      amount: String(2_000_000 * i),
      donatedOn: `2025-10-0${i}`,
      note: 'Ủng hộ đồng bào khó khăn',
    })),
  ];
  for (const gift of gifts) {
    await server.ok(RECORD_DONATION, { input: donationInput(haQuang, { ...gift, campaignId: campaign }) }, staff);
    raisedCash += BigInt(gift.amount);
  }

  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => console.log('PAGEERROR', error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) offsite.push(request.url());
    if (request.resourceType() === 'script' || request.url().endsWith('.js'))
      scripts.push(new URL(request.url()).pathname);
    const headers = request.headers();
    if (headers.authorization || headers.cookie) credentialed.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the public statement page on a phone', () => {
  it('opens without login, in Vietnamese, and finds the Hà Quảng campaign by typing "ha quang"', async () => {
    await page.goto(`${server.url}/cong-khai`);
    await page.getByRole('heading', { name: 'Chọn phong trào hoặc quỹ' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('vi');
    await page.getByRole('searchbox', { name: 'Tìm theo tên hoặc mã' }).fill('ha quang');
    const link = page.getByRole('link', { name: /Hà Quảng chung tay vì người nghèo/ });
    await link.waitFor();
    // The search's answer, not the first list of every campaign.
    await expect.poll(() => page.getByRole('link', { name: /Cả nước chung tay/ }).count()).toBe(0);
    expect(await read(page.getByRole('listitem').filter({ has: link }))).toBe(
      `${await read(link)} HQ-2016-2020 · Đã nhận ${vnd(raisedCash)}`,
    );
    await shot('00-choose');
    await link.click();
    await page.getByRole('heading', { level: 1, name: /Hà Quảng chung tay vì người nghèo/ }).waitFor();
    expect(page.url()).toMatch(/\/cong-khai\/chien-dich\/[^/]+$/);
    // Its own small app: the staff panel (react-admin) is never downloaded, and no script twice.
    expect(scripts.some((s) => /\/assets\/App-[\w-]+\.js$/.test(s))).toBe(false);
    expect(scripts.some((s) => /\/assets\/PublicApp-[\w-]+\.js$/.test(s))).toBe(true);
    expect(new Set(scripts).size).toBe(scripts.length);
  });

  it('shows the campaign’s cash raised exactly, goods apart', async () => {
    const raised = page.getByRole('region', { name: 'Kết quả vận động' });
    await expect.poll(async () => await read(raised.getByTestId('raised-cash'))).toBe(vnd(raisedCash));
    expect(await read(raised.getByTestId('raised-in-kind'))).toBe('0 ₫');
  });

  it('lists every receipt, naming only donors who agreed, and counts them', async () => {
    await expect.poll(async () => read(count())).toBe('Tìm thấy 28 khoản · đang xem 20');
    await expect.poll(() => bodyRows().count()).toBe(20);
    // Nguyễn Văn Hùng's three gifts, newest but for An's, show under the anonymous name only.
    const text = await read(statement());
    expect(text).toContain('Nhà hảo tâm ẩn danh');
    expect(text).toContain('Nguyễn Văn An');
    expect(await page.content()).not.toMatch(/Nguyễn Văn Hùng|Trần Thị Bình/);
    expect(await read(bodyRows().first())).toContain('Nhà hảo tâm ẩn danh');
    await shot('01-campaign');
  });

  it('searches "nguyen van": the consenting Nguyễn Văn An, over two pages by "Xem thêm"', async () => {
    await page.getByRole('searchbox', { name: 'Tìm tên nhà hảo tâm hoặc nội dung' }).fill('nguyen van');
    await page.keyboard.press('Enter');
    await expect.poll(async () => read(count())).toBe('Tìm thấy 21 khoản · đang xem 20');
    const names = (await bodyRows().allInnerTexts()).map(squash);
    expect(names).toHaveLength(20);
    expect(names.every((row) => row.includes('Nguyễn Văn An'))).toBe(true);
    expect(await page.content()).not.toContain('Nguyễn Văn Hùng');
    expect(page.url()).toContain('q=nguyen+van');
    // The newest first: his transfer of 20/09/2025, with its bank reference and exact amount.
    expect(names[0]).toMatch(/^20\/09\/2025 Nguyễn Văn An .*Mã GD FT25PUB0020 .*519\.000 ₫$/);
    await shot('02-search-nguyen-van');

    await statement().getByRole('button', { name: 'Xem thêm' }).click();
    await expect.poll(async () => read(count())).toBe('Tìm thấy 21 khoản · đang xem 21');
    const last = await read(bodyRows().last());
    expect(last).toMatch(/^17\/10\/2018 Nguyễn Văn An .*790\.000\.000 ₫$/);
    await statement().getByText('Đã hết danh sách.').waitFor();
    expect(await statement().getByRole('button', { name: 'Xem thêm' }).count()).toBe(0);
    await shot('03-search-page-2');
  });

  it('filters by exact amount and by reference, and says so when nothing matches', async () => {
    await page.getByRole('searchbox', { name: 'Tìm tên nhà hảo tâm hoặc nội dung' }).fill('');
    await statement().getByRole('button', { name: 'Lọc theo số tiền, ngày, mã giao dịch' }).click();
    await page.getByRole('textbox', { name: 'Số tiền đúng bằng' }).fill('790.000.000');
    await page.keyboard.press('Enter');
    await expect.poll(async () => read(count())).toBe('Tìm thấy 2 khoản · đang xem 2');
    const rows = (await bodyRows().allInnerTexts()).map(squash);
    expect(rows[0]).toMatch(/^17\/10\/2018 Nguyễn Văn An/);
    expect(rows[1]).toMatch(/^17\/10\/2017 Nhà hảo tâm ẩn danh/);
    await shot('04-exact-amount');

    await page.getByRole('textbox', { name: 'Số tiền đúng bằng' }).fill('');
    await page.getByRole('textbox', { name: 'Mã giao dịch hoặc số biên nhận' }).fill('FT25PUB0007');
    await page.keyboard.press('Enter');
    await expect.poll(async () => read(count())).toBe('Tìm thấy 1 khoản · đang xem 1');
    expect(await read(bodyRows().first())).toContain('506.000 ₫');

    await page.getByRole('textbox', { name: 'Mã giao dịch hoặc số biên nhận' }).fill('KHONG-CO');
    await page.keyboard.press('Enter');
    await statement()
      .getByText(/Không có khoản nào khớp/)
      .waitFor();
    await statement().getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect.poll(async () => read(count())).toBe('Tìm thấy 28 khoản · đang xem 20');
  });

  it('shows where the money went: 3.935.745.000 ₫ for the 114 houses of Hà Quảng, by place and purpose', async () => {
    const went = page.getByRole('region', { name: 'Tiền đã đi đâu' });
    const byPlace = went.getByRole('figure', { name: 'Theo địa bàn' });
    await byPlace.waitFor();
    expect(await read(byPlace)).toBe('Theo địa bàn Huyện Hà Quảng 3.935.745.000 ₫ 1 khoản hỗ trợ');
    const byPurpose = went.getByRole('figure', { name: 'Theo mục đích' });
    expect(await read(byPurpose)).toBe('Theo mục đích Sửa chữa nhà 3.935.745.000 ₫ 1 khoản hỗ trợ');
    // The houses were one commune project: its decision's 114 households are the reach.
    const details = went.getByRole('table', { name: 'Chi tiết theo địa bàn và mục đích' });
    expect(await read(details)).toContain('Sửa chữa nhà · 1 khoản hỗ trợ · 114 hộ được hỗ trợ');
    // The 114 houses are the campaign's own account, shown above its figures.
    expect(await read(page.locator('main'))).toContain('hỗ trợ 114 nhà, 3.935,745 triệu đồng');
    await went.scrollIntoViewIfNeeded();
    await went.screenshot({ path: `${shotsDir}public-05-where-money-went.png` });
  });

  it('fits a 375 px screen: nothing scrolls sideways', async () => {
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Statement of gifts' }).waitFor();
    await expect.poll(async () => read(count())).toBe('28 found · showing 20');
    expect(await read(page.getByRole('region', { name: 'Statement of gifts' }))).toContain('Anonymous donor');
    expect(await read(page.getByRole('region', { name: 'Where the money went' }))).toContain(
      'House repair 3.935.745.000 ₫',
    );
    await shot('06-english');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Sao kê các khoản ủng hộ' }).waitFor();
  });

  it('shows a fund too: Bác Ái’s cows as goods, never as cash', async () => {
    await page.goto(`${server.url}/cong-khai/quy/${await fundId(server, 'QVNN-BAC-AI')}`);
    await page.getByRole('heading', { level: 1, name: /Bác Ái/ }).waitFor();
    await shot('07-fund-bac-ai');
    expect(await read(page.getByTestId('fund-received'))).toBe('0 ₫');
    await statement().getByText('1.000 con bò').waitFor();
    const row = await read(bodyRows().first());
    expect(row).toMatch(/^15\/03\/2018 Công ty TNHH Ví Dụ Chăn nuôi Phan Rang .*19\.000\.000\.000 ₫ 1\.000 con bò$/);
    const byPurpose = page.getByRole('figure', { name: 'Theo mục đích' });
    expect(await read(byPurpose)).toContain('Hỗ trợ sản xuất 19.000.000.000 ₫ hiện vật');
    await shot('07-fund-bac-ai');
  });

  it('says plainly when a campaign has nothing yet, or does not exist', async () => {
    await page.goto(`${server.url}/cong-khai/chien-dich/${await campaignId(server, 'NT-2016-2020')}`);
    await page.getByRole('heading', { level: 1, name: /Ninh Thuận/ }).waitFor();
    await statement().getByText('Chưa có khoản ủng hộ nào được ghi nhận.').waitFor();
    await page
      .getByRole('region', { name: 'Tiền đã đi đâu' })
      .getByText('Chưa có khoản hỗ trợ hay phân bổ nào được ghi nhận.')
      .waitFor();
    await shot('08-empty-campaign');
    await page.goto(`${server.url}/cong-khai/chien-dich/999999999`);
    await page.getByText('Không tìm thấy phong trào này. Có thể đường dẫn đã sai.').waitFor();
  });

  it('is linked from the login page, and never sent a credential or fetched from elsewhere', async () => {
    await page.goto(server.url);
    await shot('09-login');
    await page.getByRole('link', { name: 'Xem sao kê công khai' }).click();
    await page.getByRole('heading', { name: 'Chọn phong trào hoặc quỹ' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/cong-khai');
    expect(offsite).toEqual([]);
    expect(credentialed).toEqual([]);
  });
});
