import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, openRow, screenshot, searchList, squash } from '../support/browser.js';
import { DEMO_PASSWORD, startTestServer, users, type TestServer } from '../support/server.js';

// The panel as a person uses it: the built admin served by the real server (fresh PGlite with
// the demo data), in Debian's Chromium. One browser and one page for the whole file; each step
// leaves a screenshot in test/test-output/admin/ to look at.

let server: TestServer;
let browser: Browser;
let page: Page;
const offsite: string[] = [];

async function shot(name: string) {
  await screenshot(page, name);
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  page = await openPage(browser);
  // Offline-safe: nothing may be fetched from anywhere but the server itself.
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) offsite.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('admin panel', () => {
  it('logs in and opens on the dashboard in Vietnamese, fetching nothing from elsewhere', async () => {
    await page.goto(server.url);
    // Front staff of Khánh Hòa: may change its campaigns and donors (former Ninh Thuận included)
    // and see their contact details.
    const email = page.getByRole('textbox', { name: 'Email đăng nhập' });
    await email.fill(users.staffKhanhHoa);
    await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(DEMO_PASSWORD);
    await shot('00-login');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Phong trào theo trạng thái' }).waitFor();
    await page.getByText('Đã tổng kết').first().waitFor();
    await shot('01-dashboard');
    expect(offsite).toEqual([]);
  });

  it('finds the Ninh Thuận campaign by typing "ninh thuan", and shows its parent', async () => {
    await page.getByRole('menuitem', { name: 'Phong trào' }).click();
    await page.getByRole('row', { name: /VNN-2016-2020/ }).waitFor();
    await page.getByPlaceholder('Tìm kiếm').fill('ninh thuan');
    const row = page.getByRole('row', { name: /NT-2016-2020/ });
    await row.waitFor();
    await page.getByRole('row', { name: /VNN-2016-2020/ }).waitFor({ state: 'detached' });
    await shot('02-search-ninh-thuan');

    await row.click();
    const hierarchy = page.getByRole('region', { name: 'Thuộc hệ thống phong trào' });
    const parent = hierarchy.getByRole('link', { name: /Cả nước chung tay vì người nghèo.*giai đoạn 2016–2020/ });
    await parent.waitFor();
    expect(await page.getByText('4492/KH-UBND').count()).toBeGreaterThan(0);
    await shot('03-campaign-with-parent');

    await parent.click();
    await page
      .getByRole('region', { name: 'Phong trào cấp dưới' })
      .getByRole('link', { name: /Ninh Thuận/ })
      .waitFor();
    await shot('04-parent-campaign');
  });

  it('registers a donor with a Vietnamese name and lists it', async () => {
    const name = 'Bà Nguyễn Thị Hồng Nhung';
    await page.getByRole('menuitem', { name: 'Nhà hảo tâm' }).click();
    await page.getByRole('link', { name: 'Thêm mới' }).click();
    await page.getByRole('textbox', { name: 'Tên nhà hảo tâm / đơn vị ủng hộ' }).fill(name);
    const unit = page.getByRole('combobox', { name: 'Đơn vị quản lý hồ sơ' });
    await unit.click();
    await unit.fill('khanh hoa');
    await page.getByRole('option', { name: /Tỉnh Khánh Hòa \(56\)/ }).click();
    await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0900 000 321');
    await page.getByRole('textbox', { name: 'Email' }).fill('hong.nhung@example.vn');
    await shot('05-donor-form');
    await page.getByRole('button', { name: 'Lưu' }).click();

    const contact = page.getByRole('region', { name: 'Thông tin liên hệ' });
    await contact.getByText('hong.nhung@example.vn').waitFor();
    expect(await page.getByText(name).count()).toBeGreaterThan(0);
    await shot('06-donor-created');

    await page.getByRole('menuitem', { name: 'Nhà hảo tâm' }).click();
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    await shot('07-donor-in-list');
  });

  it('sets a money target of 19.000.000.000 ₫ and reads it back exactly', async () => {
    await page.getByRole('menuitem', { name: 'Phong trào' }).click();
    await searchList(page, 'NT-2016-2020');
    await openRow(page, 'NT-2016-2020');
    await page.getByRole('link', { name: 'Sửa' }).click();

    const money = page.getByRole('textbox', { name: 'Mục tiêu vận động' });
    await money.fill('19000000000');
    await money.blur();
    expect(await money.inputValue()).toBe('19.000.000.000');
    await money.fill('19.000.000.000');
    await shot('08-money-input');
    await page.getByRole('button', { name: 'Lưu' }).click();

    const targets = page.getByRole('region', { name: 'Mục tiêu và tiến độ' });
    // The target itself, not the line summing the sub-campaigns' targets (Bác Ái's 19 billion).
    const target = targets.getByText(/^19\.000\.000\.000\s₫$/);
    await target.waitFor();
    expect(squash(await target.textContent())).toBe('19.000.000.000 ₫');
    await shot('09-money-saved');

    const { campaign } = await server.ok<{ campaign: { moneyTarget: string } }>(
      '{ campaign(code: "NT-2016-2020") { moneyTarget } }',
    );
    expect(campaign.moneyTarget).toBe('19000000000');
  });

  it("shows the server's error on the field it concerns", async () => {
    await page.getByRole('menuitem', { name: 'Phong trào' }).click();
    await page.getByRole('link', { name: 'Thêm mới' }).click();
    await page.getByRole('textbox', { name: 'Mã', exact: true }).fill('NT-2016-2020');
    await page.getByRole('textbox', { name: 'Tên phong trào / cuộc vận động' }).fill('Phong trào trùng mã');
    await page.getByRole('textbox', { name: 'Ngày bắt đầu' }).fill('01/01/2026');
    const organizer = page.getByRole('combobox', { name: 'Đơn vị tổ chức' });
    await organizer.click();
    await organizer.fill('khanh hoa');
    await page.getByRole('option').first().click();
    const scope = page.getByRole('combobox', { name: 'Địa bàn', exact: true });
    await scope.click();
    await scope.fill('khanh hoa');
    await page.getByRole('option', { name: /Tỉnh Khánh Hòa \(56\)/ }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Mã NT-2016-2020 đã được dùng cho phong trào khác').waitFor();
    await shot('10-server-error-on-field');
  });

  it('switches to English and the menu follows', async () => {
    await page.getByRole('button', { name: /Tiếng Việt/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Campaigns' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Phong trào' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Donors' }).click();
    await page.getByRole('button', { name: 'Add filter' }).waitFor();
    await page.getByText('Donor name', { exact: true }).waitFor();
    await shot('11-english');
    expect(offsite).toEqual([]);
  });
});
