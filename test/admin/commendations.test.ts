import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadByLink, launchChromium, logIn as logInOnPage, openPage, screenshot } from '../support/browser.js';
import { startTestServer, users, type TestServer } from '../support/server.js';

// Commendations as the Cao Bằng emulation board works them: a board member drafts a nomination
// and sees the eligibility check as they type, submits it; a second member (the council) reviews,
// forwards and decides it in a batch decision; the first confers it; the registry lists it and
// prints its certificate. The submitter and an auditor see no button they may not use.

let server: TestServer;
let browser: Browser;
let page: Page;
let nominationId = '';
const suffix = `${Date.now() % 100000}`;
const NAME = `Nguyễn Thị Thử ${suffix}`;

async function shot(name: string) {
  await screenshot(page, `commendations-${name}`);
}

async function logIn(email: string) {
  await page.goto(server.url);
  await logInOnPage(page, email);
}

async function logOut() {
  await page.getByRole('button', { name: 'Hồ sơ', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByRole('textbox', { name: 'Email đăng nhập' }).waitFor();
}

/** Picks a react-admin SelectInput's option by its label. */
async function choose(label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const verdict = () => page.getByTestId('eligibility-verdict');
/** A regular expression matching `text` literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const dialog = () => page.getByRole('dialog');

/** Opens the work queue and takes `step` (its button's label) on our nomination, in its dialog. */
async function stepInQueue(button: string, fill: Record<string, string> = {}) {
  await page.goto(`${server.url}/commendation-queue`);
  const row = page.getByTestId(`queue-row-${nominationId}`);
  await row.getByRole('button', { name: button }).click();
  for (const [label, value] of Object.entries(fill)) await dialog().getByLabel(label).fill(value);
  await dialog().getByRole('button', { name: button }).click();
  await dialog().waitFor({ state: 'detached' });
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  page = await openPage(browser, { acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('commendations in the admin panel', () => {
  it('checks eligibility as the board member types, then saves a provincial nomination', async () => {
    await logIn(users.emulationCaoBang);
    await page.getByRole('menuitem', { name: 'Việc chờ tôi' }).waitFor();
    await page.goto(`${server.url}/nominations/create`);
    await page.getByLabel('Đối tượng được đề nghị').fill(NAME);
    await page.getByLabel('Thành tích').fill('Vận động xây 12 căn nhà Đại đoàn kết cho hộ nghèo');

    // The Prime Minister's Bằng khen needs a prior provincial one: a new nominee has none.
    await choose('Hình thức khen thưởng', 'Bằng khen của Thủ tướng Chính phủ');
    await expect.poll(() => verdict().textContent(), { timeout: 10_000 }).toMatch(/Chưa đủ điều kiện/);
    const failed = page.getByTestId('eligibility-checks').locator('li[data-passed="false"]');
    await failed.first().waitFor();
    await expect
      .poll(() => page.getByTestId('eligibility-checks').textContent(), { timeout: 10_000 })
      .toMatch(/Không đạt: .*Bằng khen/);
    await shot('eligibility-fails');

    await choose('Hình thức khen thưởng', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    await expect.poll(() => verdict().textContent(), { timeout: 10_000 }).toMatch(/Đủ điều kiện/);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/nominations\/[^/]+\/show$/);
    nominationId = decodeURIComponent(page.url().split('/').slice(-2)[0]!);
    await page.getByText('Dự thảo').first().waitFor();
  });

  it('submits it; the submitter is offered no review of their own nomination', async () => {
    await page.getByRole('button', { name: 'Trình hồ sơ' }).click();
    await dialog().getByRole('button', { name: 'Trình hồ sơ' }).click();
    await dialog().waitFor({ state: 'detached' });
    // Refreshed: the timeline holds the draft and its submission.
    const timeline = page.getByRole('table', { name: 'Các bước xử lý' }).locator('tbody tr');
    await expect.poll(() => timeline.count(), { timeout: 10_000 }).toBe(2);
    const actions = page.getByTestId(`nomination-actions-${nominationId}`);
    await expect.poll(() => actions.getByRole('button').allTextContents(), { timeout: 10_000 }).toEqual([]);
    await page.goto(`${server.url}/commendation-queue`);
    await page.getByRole('region', { name: 'Việc chờ tôi' }).waitFor();
    await expect.poll(() => page.getByTestId(`queue-row-${nominationId}`).count(), { timeout: 10_000 }).toBe(0);
    await logOut();
  });

  it('the council reviews and forwards it from its queue, then decides it in a batch', async () => {
    await logIn(users.councilCaoBang);
    await page.goto(`${server.url}/commendation-queue`);
    await expect
      .poll(() => page.getByTestId(`queue-row-${nominationId}`).textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(escape(NAME)));
    await shot('queue');
    await stepInQueue('Ghi kết quả xét', {
      'Số thành viên dự họp': '7',
      'Số phiếu đồng ý': '6',
      'Số phiếu không đồng ý': '1',
      'Số biên bản': 'BB-05/HĐTĐKT',
    });
    await stepInQueue('Chuyển cấp có thẩm quyền');

    await page.goto(`${server.url}/commendation-queue`);
    await page.getByTestId(`queue-row-${nominationId}`).getByRole('link', { name: 'Ghi quyết định' }).click();
    const row = page.getByTestId(`decide-row-${nominationId}`);
    await expect.poll(() => row.getByRole('checkbox').isChecked(), { timeout: 10_000 }).toBe(true);
    await page.getByLabel('Số quyết định').fill(`${suffix}/QĐ-UBND`);
    await page.getByLabel('Người ký', { exact: false }).first().fill('Chủ tịch UBND tỉnh Cao Bằng');
    await shot('decision');
    await page.getByRole('button', { name: /Ghi quyết định cho 1 hồ sơ/ }).click();
    await page.getByText(`Đã ghi Quyết định số ${suffix}/QĐ-UBND cho 1 hồ sơ`).waitFor();
    await page.goto(`${server.url}/nominations/${nominationId}/show`);
    await page.getByText('Đã có quyết định').first().waitFor();
    await logOut();
  });

  it('the board confers it; the registry finds it without diacritics and prints its certificate', async () => {
    await logIn(users.emulationCaoBang);
    await stepInQueue('Ghi nhận trao tặng');
    await page.goto(`${server.url}/nominations/${nominationId}/show`);
    await page.getByText('Đã trao tặng').first().waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'Các bước xử lý' }).locator('tbody tr').count(), { timeout: 10_000 })
      .toBe(6);
    await shot('nomination');

    await page.goto(`${server.url}/commendations`);
    await page.getByLabel('Tìm theo tên (không cần dấu)').fill(`nguyen thi thu ${suffix}`);
    const row = page.getByRole('row', { name: new RegExp(NAME) });
    await expect
      .poll(() => row.textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(escape('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')));
    await expect
      .poll(() => page.getByTestId('registry-total').textContent(), { timeout: 10_000 })
      .toMatch('Tổng cộng: 1 khen thưởng');
    await shot('registry');
    await row.getByRole('link', { name: 'Giấy chứng nhận' }).click();
    await expect.poll(() => page.getByTestId('certificate-recipient').textContent(), { timeout: 10_000 }).toMatch(NAME);
    await expect
      .poll(() => page.getByTestId('certificate-decision').textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(escape(`${suffix}/QĐ-UBND`)));
    await shot('certificate');
    // The same certificate as the server prints it, to keep or send.
    const pdf = await downloadByLink(page, 'Tải PDF');
    expect(pdf.name).toMatch(/^bang-khen-\d+-nguyen-thi-thu-.*\.pdf$/);
    expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
    await logOut();
  });

  it('picks the recipient on record for the Prime Minister’s Bằng khen: their provincial one now counts; edits the draft', async () => {
    await logIn(users.emulationCaoBang);
    await page.goto(`${server.url}/nominations/create`);
    await choose('Hình thức khen thưởng', 'Bằng khen của Thủ tướng Chính phủ');
    await page.getByRole('radio', { name: /Đã có trong hồ sơ/ }).check();
    await page.getByLabel(/Đối tượng đã có trong hồ sơ/).fill(`nguyen thi thu ${suffix}`);
    await page.getByRole('option', { name: new RegExp(escape(NAME)) }).click();
    await page.getByLabel('Các năm hoàn thành xuất sắc').fill('2021, 2022, 2023, 2024, 2025');
    // Proposed the day after the provincial decision (recorded today): a prior award is one decided before.
    const tomorrow = new Date(Date.now() + 31 * 3600_000).toISOString().slice(0, 10);
    await page.getByLabel('Ngày đề nghị').fill(tomorrow.split('-').reverse().join('/'));
    await page.getByLabel('Thành tích').fill('Năm năm liền vận động xây nhà Đại đoàn kết');
    await expect.poll(() => verdict().textContent(), { timeout: 10_000 }).toMatch(/Đủ điều kiện/);
    await shot('existing-recipient');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/nominations\/[^/]+\/show$/);
    await page.getByText('Dự thảo').first().waitFor();

    await page.getByRole('link', { name: 'Sửa' }).click();
    await page.waitForURL(/\/nominations\/[^/]+$/);
    const achievement = page.getByLabel('Thành tích');
    await expect
      .poll(() => achievement.inputValue(), { timeout: 10_000 })
      .toBe('Năm năm liền vận động xây nhà Đại đoàn kết');
    await achievement.fill('Năm năm liền vận động xây 60 căn nhà Đại đoàn kết');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/show$/);
    await page.getByText('Năm năm liền vận động xây 60 căn nhà Đại đoàn kết').waitFor();
    await logOut();
  });

  it('an auditor reads the nomination but is offered no step', async () => {
    await logIn(users.auditor);
    await expect.poll(() => page.getByRole('menuitem', { name: 'Việc chờ tôi' }).count(), { timeout: 10_000 }).toBe(0);
    await page.goto(`${server.url}/nominations/${nominationId}/show`);
    await page.getByText('Đã trao tặng').first().waitFor();
    await expect
      .poll(() => page.getByTestId(`nomination-actions-${nominationId}`).getByRole('button').count(), {
        timeout: 10_000,
      })
      .toBe(0);
    expect(await page.getByRole('link', { name: 'Sửa' }).count()).toBe(0);
  });
});
