import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId } from '../support/fixtures.js';
import { donationInput, fundId, RECORD_DONATION } from '../support/money.js';
import { download, parseCsv, pdfText, readXlsx, sessionToken, viDate } from '../support/downloads.js';

const STATEMENT_HEADERS = [
  'Ngày',
  'Số tiền (₫)',
  'Hình thức',
  'Số lượng',
  'Đơn vị tính',
  'Nhà hảo tâm',
  'Nội dung',
  'Mã giao dịch',
  'Số biên nhận',
];
const CHANNEL: Record<string, string> = { CASH: 'Tiền mặt', BANK_TRANSFER: 'Chuyển khoản', IN_KIND: 'Hiện vật' };

interface Line {
  date: string;
  amount: string;
  channel: string;
  quantity: string | null;
  quantityUnit: string | null;
  donorName: string;
  description: string | null;
  bankReference: string | null;
  receiptNumber: string;
}

/** The whole statement as the public graph pages it. */
async function graphStatement(server: TestServer, filter: Record<string, unknown>): Promise<Line[]> {
  const lines: Line[] = [];
  let after: string | null = null;
  do {
    const data: any = await server.ok(
      `query($filter: StatementFilter!, $after: String) { publicStatement(filter: $filter, first: 100, after: $after) {
        nodes { date amount channel quantity quantityUnit donorName description bankReference receiptNumber }
        pageInfo { endCursor } } }`,
      { filter, after },
    );
    lines.push(...data.publicStatement.nodes);
    after = data.publicStatement.pageInfo.endCursor;
  } while (after);
  return lines;
}

/** A statement line as the CSV must print it: every value as text, amounts as exact digits. */
const csvRow = (l: Line) => [
  viDate(l.date),
  l.amount,
  CHANNEL[l.channel]!,
  l.quantity ?? '',
  l.quantityUnit ?? '',
  l.donorName,
  l.description?.startsWith('=') ? `'${l.description}` : (l.description ?? ''),
  l.bankReference ?? '',
  l.receiptNumber,
];

/** The same line as spreadsheet cells: a real date, the amount as an exact number. */
const xlsxRow = (l: Line) => [
  new Date(`${l.date}T00:00:00Z`),
  Number(l.amount),
  CHANNEL[l.channel]!,
  l.quantity === null ? null : Number(l.quantity),
  l.quantityUnit,
  l.donorName,
  l.description,
  l.bankReference,
  l.receiptNumber,
];

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('exports of the public statement', () => {
  let server: TestServer;
  let haQuang: string;
  beforeAll(async () => {
    server = await startTestServer();
    haQuang = await fundId(server, 'QVNN-HA-QUANG');
  });
  afterAll(() => server?.close());

  it('gives anyone the statement as CSV that Excel reads as UTF-8, equal to the public graph line by line', async () => {
    const file = await download(server, `/documents/statement.csv?${query({ fundId: haQuang })}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="sao-ke-quy-${haQuang}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headers, ...rows] = parseCsv(file.body.toString('utf8').slice(1));
    expect(headers).toEqual(STATEMENT_HEADERS);
    const lines = await graphStatement(server, { fundId: haQuang });
    expect(lines).toHaveLength(5);
    expect(rows).toEqual(lines.map(csvRow));
    const text = file.body.toString('utf8');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Nhà hảo tâm ẩn danh');
    expect(text).not.toContain('Trần Thị Bình');
  });

  it('gives the same lines as XLSX: real dates, amounts as exact numbers formatted #,##0', async () => {
    const file = await download(server, `/documents/statement.xlsx?${query({ fundId: haQuang })}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers.get('content-disposition')).toMatch(/filename="sao-ke-quy-\d+-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const sheet = await readXlsx(file.body);
    expect(sheet.name).toBe('Sao kê');
    const [headers, ...rows] = sheet.rows;
    expect(headers!.values).toEqual(STATEMENT_HEADERS);
    const lines = await graphStatement(server, { fundId: haQuang });
    expect(rows.map((r) => r.values)).toEqual(lines.map(xlsxRow));
    expect(rows.every((r) => r.formats[1] === '#,##0' && r.formats[0] === 'dd/mm/yyyy')).toBe(true);
    expect(JSON.stringify(sheet)).not.toContain('Trần Thị Bình');
  });

  it('keeps hostile and Vietnamese text intact, and the largest posting exact', async () => {
    const staff = { as: users.staffCaoBang };
    const description = 'Ủng hộ đồng bào "bão Yagi", Hà Nội;\nđợt 2';
    await server.ok(
      RECORD_DONATION,
      { input: donationInput(haQuang, { amount: '999999999999999', note: description, donatedOn: '2025-10-18' }) },
      staff,
    );
    await server.ok(
      RECORD_DONATION,
      { input: donationInput(haQuang, { amount: '5000000', note: '=HYPERLINK("http://x.example","bấm")' }) },
      staff,
    );
    await server.ok(
      RECORD_DONATION,
      {
        input: donationInput(haQuang, {
          channel: 'IN_KIND',
          amount: '37500000',
          inKind: { quantity: '2.5', unit: 'tấn gạo' },
          donatedOn: '2025-10-16',
        }),
      },
      staff,
    );
    const lines = await graphStatement(server, { fundId: haQuang });
    const csv = parseCsv(
      (await download(server, `/documents/statement.csv?fundId=${haQuang}`)).body.toString('utf8').slice(1),
    );
    expect(csv.slice(1)).toEqual(lines.map(csvRow));
    expect(csv.flat()).toContain('999999999999999');
    expect(csv.flat()).toContain(description);
    // A formula typed into a transfer's description never runs in the reader's spreadsheet.
    expect(csv.flat()).toContain('\'=HYPERLINK("http://x.example","bấm")');
    const sheet = await readXlsx((await download(server, `/documents/statement.xlsx?fundId=${haQuang}`)).body);
    expect(sheet.rows.slice(1).map((r) => r.values)).toEqual(lines.map(xlsxRow));
    const big = sheet.rows.find((r) => r.values[1] === 999_999_999_999_999)!;
    expect(big.values[6]).toBe(description);
    const goods = sheet.rows.find((r) => r.values[4] === 'tấn gạo')!;
    expect(goods.values.slice(1, 5)).toEqual([37_500_000, 'Hiện vật', 2.5, 'tấn gạo']);
    // The formula stays text in the workbook: a string cell, not a formula.
    expect(sheet.rows.some((r) => r.values[6] === '=HYPERLINK("http://x.example","bấm")')).toBe(true);
  });

  it('applies the public statement’s filters, and refuses what the query refuses', async () => {
    for (const [filter, params] of [
      [
        { fundId: haQuang, q: 'nguyen van an' },
        { fundId: haQuang, q: 'nguyen van an' },
      ],
      [
        { fundId: haQuang, amountMin: '785500000', amountMax: '790000000' },
        { fundId: haQuang, amountMin: '785500000', amountMax: '790000000' },
      ],
      [
        { fundId: haQuang, amount: '790000000', from: '2016-01-01', to: '2019-12-31' },
        { fundId: haQuang, amount: '790000000', from: '2016-01-01', to: '2019-12-31' },
      ],
    ] as const) {
      const lines = await graphStatement(server, filter);
      expect(lines.length).toBeGreaterThan(0);
      const csv = parseCsv(
        (await download(server, `/documents/statement.csv?${query(params)}`)).body.toString('utf8').slice(1),
      );
      expect(csv.slice(1)).toEqual(lines.map(csvRow));
    }
    const hidden = parseCsv(
      (await download(server, `/documents/statement.csv?${query({ fundId: haQuang, q: 'tran thi binh' })}`)).body
        .toString('utf8')
        .slice(1),
    );
    expect(hidden).toEqual([STATEMENT_HEADERS]);
    const byReference = (await graphStatement(server, { fundId: haQuang }))[2]!;
    const one = await readXlsx(
      (
        await download(
          server,
          `/documents/statement.xlsx?${query({ fundId: haQuang, reference: byReference.receiptNumber })}`,
        )
      ).body,
    );
    expect(one.rows.slice(1).map((r) => r.values)).toEqual([xlsxRow(byReference)]);
    const cows = await campaignId(server, 'BA-406-DA');
    const byCampaign = await download(server, `/documents/statement.csv?campaignId=${cows}`);
    expect(byCampaign.headers.get('content-disposition')).toMatch(new RegExp(`filename="sao-ke-phong-trao-${cows}-`));
    expect(parseCsv(byCampaign.body.toString('utf8').slice(1)).slice(1)).toEqual(
      (await graphStatement(server, { campaignId: cows })).map(csvRow),
    );

    const none = await download(server, '/documents/statement.csv');
    expect(none.status).toBe(400);
    expect(none.json().errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fundId' }] });
    expect(none.json().errors[0]!.message).toBe('Chọn một quỹ hoặc một phong trào');
    const fraction = await download(server, `/documents/statement.xlsx?fundId=${haQuang}&amount=12.5`, {
      locale: 'en',
    });
    expect(fraction.status).toBe(400);
    expect(fraction.json().errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'amount' }],
    });
    expect(fraction.json().errors[0]!.message).toMatch(/whole number/);
    const badDate = await download(server, `/documents/statement.csv?fundId=${haQuang}&from=2025-02-30`);
    expect(badDate.json().errors[0]!.extensions.fields).toEqual([{ field: 'from', message: expect.any(String) }]);
    const reversed = await download(server, `/documents/statement.csv?fundId=${haQuang}&from=2025-02-01&to=2025-01-01`);
    expect(reversed.json().errors[0]!.extensions.fields!.map((f) => f.field)).toEqual(['to']);
    const twice = await download(server, `/documents/statement.csv?fundId=${haQuang}&fundId=1`);
    expect(twice.status).toBe(400);
  });

  it('streams a statement of many keyset pages whole, in the public graph’s order', async () => {
    const caoBang = await fundId(server, 'QVNN-CAO-BANG');
    // 4,500 receipts (more than two of the export's pages) written straight into the ledger and
    // donations, as a bank import would post them; the ledger check after the test covers them.
    await server.app.orm.em.fork().execute(
      `with e as (
         insert into ledger_entry (fund_id, kind, medium, amount, entry_date, description, posted_at)
         select ?, 'RECEIPT', 'CASH', 100000 + g * 1000, date '2024-01-01' + (g % 400), 'Chuyển khoản số ' || g, now()
           from generate_series(1, 4500) g
         returning id, amount, entry_date
       )
       insert into donation (created_at, updated_at, fund_id, donated_on, channel, amount, bank_reference,
                             receipt_year, receipt_seq, receipt_number, note, status, entry_id, search_text)
       select now(), now(), ?, e.entry_date, 'BANK_TRANSFER', e.amount, 'FT' || e.id, 2024, e.id,
              'QVNN-CAO-BANG-BULK-' || e.id, 'Ủng hộ người nghèo Cao Bằng ' || e.id, 'RECEIVED', e.id,
              'ung ho nguoi ngheo cao bang ' || e.id
         from e`,
      [Number(caoBang), Number(caoBang)],
    );
    const lines = await graphStatement(server, { fundId: caoBang });
    expect(lines.length).toBeGreaterThanOrEqual(4500);
    const csv = parseCsv(
      (await download(server, `/documents/statement.csv?fundId=${caoBang}`)).body.toString('utf8').slice(1),
    );
    expect(csv.slice(1)).toEqual(lines.map(csvRow));
    const sheet = await readXlsx((await download(server, `/documents/statement.xlsx?fundId=${caoBang}`)).body);
    expect(sheet.rows.slice(1).map((r) => r.values)).toEqual(lines.map(xlsxRow));
  }, 120_000);
});

const SUMMARY_HEADERS = ['Mục', 'Chi tiết', 'Mã', 'Số lượng', 'Số tiền (₫)'];
const SUMMARY = `query($id: ID!, $from: Date, $to: Date) { fundSummary(fundId: $id, from: $from, to: $to) {
  openingBalance received receivedByChannel { key amount } receivedByDonorKind { key amount }
  allocatedIn allocatedOut disbursed disbursedByPurpose { key amount } closingBalance
  goodsReceived { unit quantity value } } }`;

describe('exports of a fund summary', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  /** The summary's figures by code (a total's name, or a channel, donor kind or purpose), from a CSV. */
  function figures(rows: string[][]) {
    return Object.fromEntries(rows.filter((r) => r[2]).map((r) => [r[2]!, r[4]!]));
  }

  it('gives anyone every figure of fundSummary as CSV and XLSX, exactly, with Vietnamese labels', async () => {
    const haQuang = await fundId(server, 'QVNN-HA-QUANG');
    const period = { from: '2016-01-01', to: '2020-12-31' };
    const summary = (await server.ok(SUMMARY, { id: haQuang, ...period })).fundSummary;
    const file = await download(server, `/documents/funds/${haQuang}/summary.csv?${query(period)}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="tong-hop-quy-${haQuang}-2016-01-01-2020-12-31.csv"`,
    );
    const [headers, ...rows] = parseCsv(file.body.toString('utf8').slice(1));
    expect(headers).toEqual(SUMMARY_HEADERS);
    expect(rows.slice(0, 3)).toEqual([
      ['Quỹ', expect.stringContaining('Hà Quảng'), 'QVNN-HA-QUANG', '', ''],
      ['Từ ngày', '01/01/2016', '', '', ''],
      ['Đến ngày', '31/12/2020', '', '', ''],
    ]);
    const expected: Record<string, string> = {
      'QVNN-HA-QUANG': '',
      openingBalance: summary.openingBalance,
      received: summary.received,
      allocatedIn: summary.allocatedIn,
      allocatedOut: summary.allocatedOut,
      disbursed: summary.disbursed,
      closingBalance: summary.closingBalance,
    };
    for (const r of [...summary.receivedByChannel, ...summary.receivedByDonorKind, ...summary.disbursedByPurpose])
      expected[r.key] = r.amount;
    expect(figures(rows)).toEqual(expected);
    expect(rows).toContainEqual(['Chi theo mục đích', 'Sửa chữa nhà', 'HOUSE_REPAIR', '', expect.any(String)]);
    expect(rows).toContainEqual([
      'Thu theo hình thức',
      'Tiền mặt',
      'CASH',
      '',
      summary.receivedByChannel.find((r: any) => r.key === 'CASH').amount,
    ]);

    const sheet = await readXlsx(
      (await download(server, `/documents/funds/${haQuang}/summary.xlsx?${query(period)}`)).body,
    );
    expect(sheet.name).toBe('Tổng hợp quỹ');
    expect(sheet.rows[0]!.values).toEqual(SUMMARY_HEADERS);
    const cells = Object.fromEntries(
      sheet.rows
        .slice(1)
        .filter((r) => typeof r.values[2] === 'string' && r.values[4] !== null)
        .map((r) => [r.values[2], r.values[4]]),
    );
    expect(cells).toEqual(
      Object.fromEntries(
        Object.entries(expected)
          .filter(([k]) => k !== 'QVNN-HA-QUANG')
          .map(([k, v]) => [k, Number(v)]),
      ),
    );
    expect(
      sheet.rows
        .slice(1)
        .filter((r) => r.values[4] !== null)
        .every((r) => r.formats[4] === '#,##0'),
    ).toBe(true);
  });

  it('lists goods apart from cash, and writes a total Excel cannot hold exactly as its digits', async () => {
    const bacAi = await fundId(server, 'QVNN-BAC-AI');
    const summary = (await server.ok(SUMMARY, { id: bacAi })).fundSummary;
    expect(summary.goodsReceived.length).toBeGreaterThan(0);
    const rows = parseCsv(
      (await download(server, `/documents/funds/${bacAi}/summary.csv`)).body.toString('utf8').slice(1),
    );
    for (const g of summary.goodsReceived)
      expect(rows).toContainEqual(['Hiện vật nhận (giá trị thẩm định)', g.unit, '', g.quantity, g.value]);
    expect(rows).toContainEqual(['Từ ngày', 'Đầu sổ', '', '', '']);

    // Two maximal postings: 1.999.999.999.999.998 ₫ has 16 significant digits, one more than
    // Excel keeps, so the workbook holds the digits as text rather than a rounded number.
    const staff = { as: users.staffKhanhHoa };
    for (let i = 0; i < 2; i++)
      await server.ok(RECORD_DONATION, { input: donationInput(bacAi, { amount: '999999999999999' }) }, staff);
    const sheet = await readXlsx((await download(server, `/documents/funds/${bacAi}/summary.xlsx`)).body);
    const received = sheet.rows.find((r) => r.values[2] === 'received')!;
    const total = (await server.ok(SUMMARY, { id: bacAi })).fundSummary.received;
    expect(BigInt(total)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER) / 5n);
    expect(received.values[4]).toBe(total);
  });

  it('answers an unknown fund or a bad period as the query would', async () => {
    const missing = await download(server, '/documents/funds/999999/summary.xlsx');
    expect(missing.status).toBe(404);
    expect(missing.json().errors[0]!.extensions.code).toBe('NOT_FOUND');
    const haQuang = await fundId(server, 'QVNN-HA-QUANG');
    const bad = await download(server, `/documents/funds/${haQuang}/summary.csv?from=2020-01-01&to=2019-01-01`);
    expect(bad.status).toBe(400);
    expect(bad.json().errors[0]!.extensions.fields!.map((f) => f.field)).toEqual(['to']);
  });
});

describe('the printable receipt (PDF)', () => {
  let server: TestServer;
  let donation: { id: string; receiptNumber: string };
  beforeAll(async () => {
    server = await startTestServer();
    const haQuang = await fundId(server, 'QVNN-HA-QUANG');
    const donors = await server.ok(
      `{ donors(filter: { q: "nguyen van an" }) { nodes { id displayName } } }`,
      undefined,
      {
        as: users.staffCaoBang,
      },
    );
    const recorded = await server.ok(
      RECORD_DONATION,
      {
        input: donationInput(haQuang, {
          amount: '19000000000',
          donorId: donors.donors.nodes[0].id,
          donatedOn: '2025-02-05',
          note: 'Ủng hộ Tết Ất Tỵ',
        }),
      },
      { as: users.staffCaoBang },
    );
    donation = recorded.recordDonation.donation;
  });
  afterAll(() => server?.close());

  const path = () => `/documents/donations/${donation.id}/receipt.pdf`;

  it('is refused without a login, to a role that may not read donations, and outside the caller’s scope', async () => {
    const anonymous = await download(server, path());
    expect(anonymous.status).toBe(401);
    expect(anonymous.json().errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const developer = await download(server, path(), { token: await sessionToken(server, users.developer) });
    expect(developer.status).toBe(403);
    expect(developer.json().errors[0]!.extensions.code).toBe('FORBIDDEN');
    // Khánh Hòa's staff cannot read a Cao Bằng donation: for them it does not exist.
    const outside = await download(server, path(), { token: await sessionToken(server, users.staffKhanhHoa) });
    expect(outside.status).toBe(404);
    expect(outside.json().errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect(outside.body.toString()).not.toContain(donation.receiptNumber);
    const unknown = await download(server, '/documents/donations/99999999/receipt.pdf', {
      token: await sessionToken(server, users.auditor),
    });
    expect(unknown.status).toBe(404);
  });

  it('is a PDF in the administrative form with the receipt number, the amount in figures and words', async () => {
    // The admin panel's way: the session cookie.
    const file = await download(server, path(), { cookie: await sessionToken(server, users.staffCaoBang) });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="bien-nhan-${donation.receiptNumber.toLowerCase()}.pdf"`,
    );
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(file.body)).replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain(`Số: ${donation.receiptNumber}`);
    expect(text).toContain('ngày 05 tháng 02 năm 2025');
    expect(text).toContain('BIÊN NHẬN TIỀN ỦNG HỘ');
    expect(text).toContain('19.000.000.000 ₫');
    expect(text).toContain('Mười chín tỷ đồng');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Ủng hộ Tết Ất Tỵ');
    // An auditor, by bearer token, gets the same document.
    const audited = await download(server, path(), { token: await sessionToken(server, users.auditor) });
    expect(audited.status).toBe(200);
    expect(await pdfText(audited.body)).toContain(donation.receiptNumber);
  });
});
