import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn, openPage, openRow, screenshot, searchList, squash } from '../support/browser.js';
import { startTestServer, users, type TestServer } from '../support/server.js';

// Who may do what, as each demo user meets it in the panel: the menus and buttons they get, what
// the server refuses and how the panel says so, the history an auditor reads, the API keys a
// developer makes. One browser and one page for the file; users log in and out through the UI,
// in order. Each step leaves a screenshot in test/test-output/admin/ (access-*.png).

let server: TestServer;
let browser: Browser;
let page: Page;

async function shot(name: string) {
  await screenshot(page, `access-${name}`);
}

async function openUserMenu() {
  await page.getByRole('button', { name: 'Hồ sơ', exact: true }).click();
  return page.getByRole('region', { name: 'Tài khoản đang đăng nhập' });
}

async function logOut() {
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByRole('textbox', { name: 'Email đăng nhập' }).waitFor();
}

/** A campaign's page, found by its code through the list's search box. */
async function openCampaign(code: string) {
  await page.getByRole('menuitem', { name: 'Phong trào' }).click();
  await searchList(page, code);
  await openRow(page, code);
  await page.getByRole('region', { name: 'Thông tin chung' }).waitFor();
}

const menuItem = (name: string) => page.getByRole('menuitem', { name, exact: true });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('who may do what, in the panel', () => {
  const newUser = 'canbo.moi.caobang@chungtay.vn';
  const newPassword = 'mat-khau-moi-2025';

  it('asks everyone to log in first, on a page that says what it is', async () => {
    await page.goto(`${server.url}/campaigns`);
    await page.getByRole('heading', { name: 'Chung Tay' }).waitFor();
    await page.getByText('Vì người nghèo – Không để ai bị bỏ lại phía sau').waitFor();
    expect(await page.getByRole('textbox', { name: 'Email đăng nhập' }).count()).toBe(1);
    await shot('00-login');
  });

  it('lets an administrator manage users: the menu, the list, a new Front staff of Cao Bằng', async () => {
    await logIn(page, users.admin);
    const identity = await openUserMenu();
    await identity.getByText('Quản trị hệ thống', { exact: true }).waitFor();
    await identity.getByText('Quản trị hệ thống (SYSTEM_ADMIN) @ Việt Nam').waitFor();
    await shot('01-admin-user-menu');
    await page.keyboard.press('Escape');

    await menuItem('Nhật ký thay đổi').waitFor();
    await menuItem('Người dùng').click();
    await page.getByRole('row', { name: /kiemtoan@chungtay\.vn/ }).waitFor();
    await shot('02-users-list');

    await page.getByRole('link', { name: 'Thêm mới' }).click();
    await page.getByRole('textbox', { name: 'Email đăng nhập' }).fill(newUser);
    await page.getByRole('textbox', { name: 'Họ tên' }).fill('Cán bộ mới MTTQ tỉnh Cao Bằng');
    await page.getByLabel('Mật khẩu *', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    await page.getByRole('combobox', { name: 'Vai trò' }).click();
    await page.getByRole('option', { name: 'Cán bộ Mặt trận' }).click();
    const unit = page.getByRole('combobox', { name: 'Tại đơn vị' });
    await unit.click();
    await unit.fill('cao bang');
    await page.getByRole('option', { name: /Tỉnh Cao Bằng \(04\)/ }).click();
    await shot('03-user-form');
    await page.getByRole('button', { name: 'Lưu' }).click();

    const grants = page.getByRole('region', { name: 'Quyền được giao' });
    await grants.getByRole('cell', { name: 'Cán bộ Mặt trận (FRONT_STAFF)' }).waitFor();
    await grants.getByRole('link', { name: 'Tỉnh Cao Bằng' }).waitFor();
    await shot('04-user-created');

    await menuItem('Người dùng').click();
    const row = page.getByRole('row', { name: new RegExp(newUser.replace(/\./g, '\\.')) });
    await row.waitFor();
    expect(squash(await row.textContent())).toContain('Cán bộ Mặt trận (FRONT_STAFF) @ Tỉnh Cao Bằng');
    await shot('05-user-listed');

    // The account works: its owner can log in with the password the administrator set.
    const login = await server.gql<{ login: { user: { email: string } } }>(
      'mutation($input: LoginInput!) { login(input: $input) { user { email } } }',
      { input: { email: newUser, password: newPassword } },
    );
    expect(login.data?.login.user.email).toBe(newUser);
  });

  it("shows an administrator that a donor's contact is hidden, not missing", async () => {
    await menuItem('Nhà hảo tâm').click();
    await page.getByRole('row', { name: /Nguyễn Văn An/ }).click();
    const contact = page.getByRole('region', { name: 'Thông tin liên hệ' });
    await contact.getByText('Ẩn — dữ liệu cá nhân').waitFor();
    await contact.getByText(/Nghị định 13\/2023/).waitFor();
    expect(await contact.getByText('Chưa ghi thông tin liên hệ.').count()).toBe(0);
    await shot('06-admin-donor-contact-hidden');
    await logOut();
  });

  it('gives Front staff of Cao Bằng no Users menu, and edits only where their grant reaches', async () => {
    await logIn(page, users.staffCaoBang);
    await menuItem('Phong trào').waitFor();
    await menuItem('Nhà hảo tâm').waitFor();
    expect(await menuItem('Người dùng').count()).toBe(0);
    expect(await menuItem('Nhật ký thay đổi').count()).toBe(0);
    // After logging out, the next user starts on the dashboard.
    await page.getByRole('heading', { name: 'Phong trào theo trạng thái' }).waitFor();
    await shot('07-staff-menu');

    // Former Ninh Thuận is Khánh Hòa's: no edit button, no history tab.
    await openCampaign('NT-2016-2020');
    expect(await page.getByRole('link', { name: 'Sửa' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Lịch sử' }).count()).toBe(0);
    await shot('08-staff-ninh-thuan-no-edit');

    // Following a link to its edit page anyway: the panel warns, and the server refuses.
    await page.goto(page.url().replace(/\/show$/, ''));
    await page.getByRole('alert').filter({ hasText: 'ngoài phạm vi quyền của bạn' }).waitFor();
    const money = page.getByRole('textbox', { name: 'Mục tiêu vận động' });
    await money.fill('1.000.000');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(/Bạn không có quyền với dữ liệu của/).waitFor();
    await shot('09-staff-edit-refused');

    // Their own province: the edit button is there and the change is saved.
    await openCampaign('CB-2016-2020');
    await page.getByRole('link', { name: 'Sửa' }).click();
    const target = page.getByRole('textbox', { name: 'Mục tiêu vận động' });
    await target.fill('2.500.000.000');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page
      .getByRole('region', { name: 'Mục tiêu và tiến độ' })
      .getByText(/^2\.500\.000\.000\s₫$/)
      .waitFor();
    await shot('10-staff-cao-bang-saved');
    await logOut();
  });

  it("lets an auditor read that change in the campaign's history and in the audit trail", async () => {
    await logIn(page, users.auditor);
    expect(await menuItem('Người dùng').count()).toBe(0);
    await openCampaign('CB-2016-2020');
    // Auditors change nothing.
    expect(await page.getByRole('link', { name: 'Sửa' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const history = page.getByRole('table', { name: 'Lịch sử' });
    const change = history.getByRole('row', { name: /Sửa phong trào/ }).first();
    await change.waitFor();
    const text = squash(await change.textContent());
    expect(text).toContain(users.staffCaoBang);
    expect(text).toContain('Mục tiêu vận động: — → 2.500.000.000 ₫');
    expect(text).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await shot('11-auditor-history');

    await menuItem('Nhật ký thay đổi').click();
    await page
      .getByRole('row', { name: /Sửa phong trào/ })
      .first()
      .waitFor();
    await shot('12-auditor-audit-trail');
    await logOut();
  });

  it('lets a developer create an API key, shown once, and revoke it', async () => {
    await logIn(page, users.developer);
    expect(await menuItem('Nhà hảo tâm').count()).toBe(0);
    await menuItem('Khóa API').click();
    await page.getByText('Bạn chưa có khóa API nào.').waitFor();

    const name = 'Bảng số liệu Cao Bằng';
    await page.getByRole('textbox', { name: 'Tên khóa' }).fill(name);
    const scope = page.getByRole('combobox', { name: 'Phạm vi dữ liệu' });
    await scope.click();
    await scope.fill('cao bang');
    await page.getByRole('option', { name: /Tỉnh Cao Bằng \(04\)/ }).click();
    await page.getByRole('button', { name: 'Tạo khóa' }).click();

    const dialog = page.getByRole('dialog', { name: `Đã tạo khóa “${name}”` });
    await dialog.getByText('Khóa chỉ hiện một lần').waitFor();
    const secret = await dialog.getByRole('textbox', { name: 'Khóa bí mật' }).inputValue();
    expect(secret).toMatch(/^ctt_/);
    await shot('13-developer-secret-once');

    const me = (token: string) =>
      server.gql<{ me: { email: string } | null }>(
        '{ me { email } }',
        {},
        { headers: { authorization: `Bearer ${token}` } },
      );
    expect((await me(secret)).data?.me?.email).toBe(users.developer);

    await dialog.getByRole('button', { name: 'Tôi đã lưu khóa' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByText('Đang dùng được').waitFor();
    expect(await page.content()).not.toContain(secret);
    await shot('14-developer-key-listed');

    await page.getByRole('button', { name: `Thu hồi khóa ${name}` }).click();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await row.getByText(/Đã thu hồi \d{2}\/\d{2}\/\d{4}/).waitFor();
    expect((await me(secret)).data?.me ?? null).toBeNull();
    await shot('15-developer-key-revoked');
  });
});
