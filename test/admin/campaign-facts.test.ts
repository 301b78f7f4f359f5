import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchChromium, logIn, openPage, screenshot, squash } from '../support/browser.js';
import { startTestServer, users, type TestServer } from '../support/server.js';

// A campaign's report facts on its page, with the demo data of Hà Quảng's 2016–2020 movement
// (server/src/seeders/demo/demo-report-facts.ts): its reported figures as totals and parts, the
// one figure that does not add up, an activity added by Cao Bằng's Front staff, and nothing to
// change for Front staff of another province. Screenshots in test/test-output/admin/ (facts-*.png).

let server: TestServer;
let browser: Browser;
let page: Page;
let campaignId: string;

async function shot(name: string, on = page) {
  await screenshot(on, `facts-${name}`);
}

/** A page of its own (cookies apart) with `email` logged in. */
async function session(email: string): Promise<Page> {
  const p = await openPage(browser);
  await p.goto(server.url);
  await logIn(p, email);
  return p;
}

/** The campaign's page, on one tab of its report facts. */
async function openFacts(tab: string, on = page) {
  await on.goto(`${server.url}/campaigns/${campaignId}/show`);
  await on.getByRole('heading', { name: 'Số liệu báo cáo tổng kết' }).waitFor();
  await on.getByRole('tab', { name: tab }).click();
}

beforeAll(async () => {
  server = await startTestServer();
  const data = await server.ok(`{ campaigns(filter: { q: "HQ-2016-2020" }) { nodes { id code } } }`);
  campaignId = data.campaigns.nodes.find((c: { code: string }) => c.code === 'HQ-2016-2020').id;
  browser = await launchChromium();
  page = await session(users.staffCaoBang);
});

beforeEach((ctx) => {
  onTestFailed(() => shot(`failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a campaign's report facts in the admin panel", { timeout: 60_000 }, () => {
  it('shows the reported figures as totals with their parts, in Vietnamese money and counts', async () => {
    await openFacts('Số liệu báo cáo');
    const rows = page.getByTestId('reported-figure');
    await rows.first().waitFor();
    const texts = (await rows.allTextContents()).map(squash);
    const total = texts.findIndex((t) => t.startsWith('Hỗ trợ phát triển sản xuất'));
    expect(texts[total]).toContain('84.184.730.000 ₫');
    // The parts follow their total, marked as parts.
    expect(texts[total + 1]).toMatch(/^↳ Theo Nghị quyết 30a.*62\.176\.120\.000 ₫/);
    expect(texts[total + 2]).toMatch(/^↳ Chương trình 135.*21\.972\.610\.000 ₫/);
    expect(texts.find((t) => t.startsWith('Đào tạo nghề'))).toContain('5.347 lượt người');
    // A figure that claims a fact shows the fact as held: the 114 houses against the ledger.
    expect(texts.find((t) => t.startsWith('Làm mới và sửa chữa nhà ở'))).toContain('Dữ liệu hiện có: 3.935.745.000 ₫');
    // Only the production support is flagged; the trainees (905 + 4.442) add up.
    expect(texts.filter((t) => t.includes('Không khớp'))).toHaveLength(1);
    expect(texts[total]).toContain('Không khớp');
    await shot('01-figures');
  });

  it('lists the one inconsistency with stated, computed and difference', async () => {
    await openFacts('Kiểm tra số liệu');
    const findings = page.getByTestId('consistency-finding');
    await findings.first().waitFor();
    expect(await findings.count()).toBe(1);
    const text = squash(await findings.first().textContent());
    expect(text).toContain('Hỗ trợ phát triển sản xuất');
    expect(text).toContain('Tổng không bằng các phần');
    expect(text).toContain('84.184.730.000 ₫');
    expect(text).toContain('84.148.730.000 ₫');
    expect(text).toContain('36.000.000 ₫');
    await page.getByText('Có 1 số liệu không khớp').waitFor();
    await shot('02-consistency');
  });

  it("lets Cao Bằng's Front staff add an activity, and the totals per kind change", async () => {
    await openFacts('Hoạt động');
    const courses = page.getByTestId('activity-total-TRAINING_COURSE');
    await courses.waitFor();
    expect(squash(await courses.textContent())).toMatch(/Lớp tập huấn.*20 lớp.*905/);

    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm hoạt động' });
    await dialog.getByRole('combobox', { name: /Loại hoạt động/ }).click();
    await page.getByRole('option', { name: 'Lớp tập huấn, đào tạo' }).click();
    await dialog.getByRole('spinbutton', { name: /Từ năm/ }).fill('2019');
    await dialog.getByRole('spinbutton', { name: /Đến năm/ }).fill('2019');
    await dialog.getByRole('spinbutton', { name: /^Số lượng/ }).fill('3');
    await dialog.getByRole('spinbutton', { name: /Số người tham gia/ }).fill('75');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(async () => squash(await courses.textContent())).toMatch(/23 lớp.*980/);
    // Every record is listed with its own edit and delete.
    const added = page.getByRole('row', { name: /Lớp tập huấn.*2019/ });
    await added.getByRole('button', { name: 'Sửa' }).waitFor();
    await added.getByRole('button', { name: 'Xóa' }).waitFor();
    await shot('03-activity-added');
  });

  it('deletes an activity only after confirming, and the totals go back', async () => {
    const courses = page.getByTestId('activity-total-TRAINING_COURSE');
    const added = page.getByRole('row', { name: /Lớp tập huấn.*2019/ });
    await added.getByRole('button', { name: 'Xóa' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xóa bản ghi này?' });
    await confirm.getByText(/Xóa "Lớp tập huấn, đào tạo 2019"\?/).waitFor();
    await shot('04-delete-confirm');
    // Cancelling keeps it.
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(squash(await courses.textContent())).toMatch(/23 lớp/);

    await added.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('dialog', { name: 'Xóa bản ghi này?' }).getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(async () => squash(await courses.textContent())).toMatch(/20 lớp.*905/);
    expect(await added.count()).toBe(0);
  });

  it('adds a money plan, shown with its amount and what was raised against it', async () => {
    await openFacts('Kế hoạch');
    await page.getByRole('button', { name: 'Thêm kế hoạch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm kế hoạch' });
    await dialog.getByRole('combobox', { name: /Loại kế hoạch/ }).click();
    await page.getByRole('option', { name: 'Vận động tiền' }).click();
    await dialog.getByRole('spinbutton', { name: /Từ năm/ }).fill('2017');
    await dialog.getByRole('spinbutton', { name: /Đến năm/ }).fill('2020');
    await dialog.getByRole('textbox', { name: /Số tiền cần vận động/ }).fill('1.500.000.000');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    const plan = page.getByRole('row', { name: /Vận động tiền/ });
    expect(squash(await plan.textContent())).toMatch(/2017–2020.*1\.500\.000\.000 ₫/);
    // The result is computed from the funds' ledger, in percent with a decimal comma.
    expect(squash(await plan.textContent())).toMatch(/Đạt \d+,\d{2}%/);
    await shot('05-plan-added');
  });

  it('adds a part that breaks a total, and the check lists it until the part is deleted', async () => {
    await openFacts('Số liệu báo cáo');
    await page.getByRole('button', { name: 'Thêm số liệu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm số liệu' });
    await dialog.getByRole('textbox', { name: /Nội dung/ }).fill('Học nghề tại doanh nghiệp');
    await dialog.getByRole('combobox', { name: /Loại số liệu/ }).click();
    await page.getByRole('option', { name: 'Số lượng' }).click();
    await dialog.getByRole('textbox', { name: /^Số lượng/ }).fill('1.010');
    await dialog.getByRole('textbox', { name: /Đơn vị tính/ }).fill('học viên');
    await dialog.getByRole('combobox', { name: /Là phần của/ }).click();
    await page.getByRole('option', { name: /^Đào tạo nghề cho lao động nông thôn/ }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Học nghề tại doanh nghiệp.*1\.010 học viên/ }).waitFor();

    await page.getByRole('tab', { name: 'Kiểm tra số liệu' }).click();
    await page.getByText('Có 2 số liệu không khớp').waitFor();
    const broken = page.getByTestId('consistency-finding').filter({ hasText: 'Đào tạo nghề' });
    expect(squash(await broken.textContent())).toMatch(/5\.347 lượt người.*6\.357.*-1\.010/);

    await page.getByRole('tab', { name: 'Số liệu báo cáo' }).click();
    await page
      .getByRole('row', { name: /Học nghề tại doanh nghiệp/ })
      .getByRole('button', { name: 'Xóa' })
      .click();
    await page.getByRole('dialog', { name: 'Xóa bản ghi này?' }).getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('row', { name: /Học nghề tại doanh nghiệp/ }).waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Kiểm tra số liệu' }).click();
    await page.getByText('Có 1 số liệu không khớp').waitFor();
  });

  it('gives Front staff of another province the facts to read and nothing to change', async () => {
    const other = await session(users.staffKhanhHoa);
    try {
      await openFacts('Hoạt động', other);
      await other.getByTestId('activity-total-TRAINING_COURSE').waitFor();
      await other
        .getByRole('row', { name: /Lớp tập huấn/ })
        .first()
        .waitFor();
      for (const [i, tab] of ['Kế hoạch', 'Hoạt động', 'Điển hình', 'Số liệu báo cáo'].entries()) {
        await other.getByRole('tab', { name: tab }).click();
        await other.getByRole('tabpanel').getByRole('table').first().waitFor();
        await other.waitForLoadState('networkidle');
        expect(
          await other
            .getByRole('tabpanel')
            .getByRole('button', { name: /Thêm|Sửa|Xóa/ })
            .count(),
        ).toBe(0);
        await shot(`05-outsider-${i}`, other);
      }
    } finally {
      await other.context().close();
    }
  });
});
