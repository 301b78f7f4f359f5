import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadByLink, launchChromium, logIn, openPage, screenshot } from '../support/browser.js';
import { fundId } from '../support/money.js';
import { startTestServer, users, type TestServer } from '../support/server.js';

// The download buttons as Khánh Hòa's Front staff use them: the statement of a fund from the
// donations list, a fund's summary from its page, a receipt as PDF. Each click is a real
// download, with the session cookie, of the file the server names.

let server: TestServer;
let browser: Browser;
let page: Page;

/** Clicks a download link and returns the file's suggested name and bytes. */
async function downloadBy(name: string) {
  const file = await downloadByLink(page, name);
  return { name: file.name, body: readFileSync(file.path) };
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  page = await openPage(browser, { acceptDownloads: true });
  await page.goto(server.url);
  await logIn(page, users.staffKhanhHoa);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('downloads in the admin panel', () => {
  it('exports the statement of the fund the donations list is filtered on', async () => {
    await page.goto(`${server.url}/donations`);
    // No fund or campaign chosen: nothing to export yet.
    const disabled = page.getByRole('button', { name: 'Xuất Excel' });
    await disabled.waitFor();
    await screenshot(page, 'documents-00-donations');
    expect(await disabled.isDisabled()).toBe(true);
    const bacAi = await fundId(server, 'QVNN-BAC-AI');
    await page.goto(`${server.url}/donations?filter=${encodeURIComponent(JSON.stringify({ fundId: bacAi }))}`);
    const csv = await downloadBy('Xuất CSV');
    expect(csv.name).toMatch(new RegExp(`^sao-ke-quy-${bacAi}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\uFEFFNgày,Số tiền (₫),Hình thức')).toBe(true);
    expect(text).toContain('19000000000');
    const xlsx = await downloadBy('Xuất Excel');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'documents-01-donations');
  });

  it('exports a fund’s summary from its page, and prints a receipt as PDF', async () => {
    const bacAi = await fundId(server, 'QVNN-BAC-AI');
    await page.goto(`${server.url}/funds/${bacAi}/show`);
    const summary = await downloadBy('Xuất CSV');
    expect(summary.name).toBe(`tong-hop-quy-${bacAi}-dau-so-hien-tai.csv`);
    expect(summary.body.toString('utf8')).toContain('Số dư cuối kỳ');
    await screenshot(page, 'documents-02-fund');

    const donations = await server.ok(
      `query($f: ID!) { donations(filter: { fundId: $f }, limit: 1) { nodes { id receiptNumber } } }`,
      { f: bacAi },
      { as: users.staffKhanhHoa },
    );
    const donation = donations.donations.nodes[0];
    await page.goto(`${server.url}/donations/${donation.id}/receipt`);
    const pdf = await downloadBy('Tải PDF');
    expect(pdf.name).toBe(`bien-nhan-${donation.receiptNumber.toLowerCase()}.pdf`);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'documents-03-receipt');
  });
});
