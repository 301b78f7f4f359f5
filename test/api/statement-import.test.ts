import ExcelJS from 'exceljs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { donationInput, fundId, fundTotals, RECORD_DONATION } from '../support/money.js';
import {
  COMMIT_IMPORT,
  IMPORT_PREVIEW,
  startImport,
  uploadStatement,
  VCB_HEADER,
  vcbCsv,
} from '../support/statement-import.js';

const staff = users.staffCaoBang;

interface PreviewLine {
  lineNumber: number;
  status: string;
  problemCode: string | null;
  problem: string | null;
  amount: string | null;
  bankReference: string | null;
  campaign: { code: string } | null;
  donation: { receiptNumber: string } | null;
}

/** Sends again while the server still reads an earlier, cut-off upload of the same import. */
async function retryWhileReceiving(send: () => Promise<{ status: number; body: Record<string, any> }>) {
  for (let attempt = 0; ; attempt++) {
    const answer = await send();
    const stillReceiving = answer.status === 409 && answer.body.errors[0].extensions.fields?.[0]?.field === 'id';
    if (!stillReceiving || attempt > 50) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Sends the first `fraction` of a file, waits until `stored()` holds, then cuts the connection. */
async function cutUpload(
  server: TestServer,
  importId: string,
  file: Buffer,
  fraction: number,
  stored: () => Promise<boolean>,
): Promise<void> {
  const token = await server.tokenOf(staff);
  const request = http.request(`${server.url}/imports/statements/${importId}/file`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}`, 'content-length': file.length },
  });
  request.on('error', () => {});
  request.write(file.subarray(0, Math.floor(file.length * fraction)));
  for (let i = 0; i < 200 && !(await stored()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  request.destroy();
}

describe('bank-statement import', () => {
  let server: TestServer;
  let haQuang: string;
  beforeAll(async () => {
    server = await startTestServer();
    haQuang = await fundId(server, 'QVNN-HA-QUANG');
  });
  afterAll(() => server?.close());

  const preview = async (id: string, status?: string) =>
    (await server.ok(IMPORT_PREVIEW, { id, status }, { as: staff })).statementImport;

  it('previews every line: matched campaigns, duplicates, skipped debits, bad lines with their line number', async () => {
    // A transfer already posted by hand: the statement's copy of it must not post again.
    await server.ok(
      RECORD_DONATION,
      {
        input: donationInput(haQuang, {
          channel: 'BANK_TRANSFER',
          bankReference: 'FT25290000001',
          amount: '500000',
          donatedOn: '2025-10-17',
        }),
      },
      { as: staff },
    );
    const csv = vcbCsv([
      ['17/10/2025', 'FT25290000001', '', '500.000', 'Ủng hộ quỹ người nghèo'],
      ['17/10/2025', 'FT25290000002', '', '2.000.000', 'NGUYEN VAN BA ung ho HQ-2016-2020'],
      ['18/10/2025', 'FT25291000003', '', '1,500,000.00', 'Trần Thị Cúc chuyển tiền ủng hộ'],
      ['18/10/2025', 'FT25291000004', '25.000', '', 'Phí quản lý tài khoản'],
      ['19/10/2025', 'FT25292000005', '', 'năm trăm nghìn', 'Ủng hộ'],
      ['32/10/2025', 'FT25292000006', '', '100.000', 'Ủng hộ'],
      ['19/10/2025', '', '', '300.000', 'Ủng hộ không có mã'],
      ['19/10/2025', 'FT25290000002', '', '2.000.000', 'NGUYEN VAN BA ung ho HQ-2016-2020'],
      ['20/10/2025', 'FT25293000007', '', '150.000,50', 'Ủng hộ lẻ'],
    ]);
    const started = await startImport(server, staff, haQuang);
    expect(started).toMatchObject({ status: 'UPLOADING', uploadPath: `/imports/statements/${started.id}/file` });
    const before = await fundTotals(server, haQuang);

    const uploaded = await uploadStatement(server, staff, started.id, csv);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    expect(uploaded.body.data.statementImport).toMatchObject({ status: 'READY', linesRead: 9, validCount: 2 });

    const result = await preview(started.id);
    expect(result).toMatchObject({
      status: 'READY',
      linesRead: 9,
      validCount: 2,
      duplicateCount: 2,
      invalidCount: 4,
      skippedCount: 1,
      postedCount: 0,
      validAmount: '3500000',
    });
    const byLine = new Map<number, PreviewLine>(result.lines.nodes.map((l: PreviewLine) => [l.lineNumber, l]));
    // Line numbers as a text editor shows them: title, account, header, then data from line 4.
    expect(byLine.get(4)).toMatchObject({ status: 'DUPLICATE', problemCode: 'ALREADY_POSTED' });
    expect(byLine.get(4)!.problem).toBe('giao dịch FT25290000001 đã được ghi vào quỹ này');
    expect(byLine.get(5)).toMatchObject({ status: 'VALID', amount: '2000000', campaign: { code: 'HQ-2016-2020' } });
    expect(byLine.get(6)).toMatchObject({ status: 'VALID', amount: '1500000', campaign: null });
    expect(byLine.get(7)).toMatchObject({ status: 'SKIPPED', problemCode: 'DEBIT' });
    expect(byLine.get(8)).toMatchObject({ status: 'INVALID', problemCode: 'AMOUNT_UNREADABLE' });
    expect(byLine.get(8)!.problem).toBe('không đọc được số tiền "năm trăm nghìn"');
    expect(byLine.get(9)).toMatchObject({ status: 'INVALID', problemCode: 'DATE_UNREADABLE' });
    expect(byLine.get(10)).toMatchObject({ status: 'INVALID', problemCode: 'REFERENCE_MISSING' });
    expect(byLine.get(11)).toMatchObject({ status: 'DUPLICATE', problemCode: 'REPEATED_IN_FILE' });
    expect(byLine.get(12)).toMatchObject({ status: 'INVALID', problemCode: 'AMOUNT_FRACTION' });
    // In English for an English reader.
    const english = await server.ok(IMPORT_PREVIEW, { id: started.id, status: 'INVALID' }, { as: staff, locale: 'en' });
    expect(english.statementImport.lines.nodes[0].problem).toBe('cannot read the amount "năm trăm nghìn"');
    // A preview posts nothing.
    expect(await fundTotals(server, haQuang)).toEqual(before);
  });

  it('commits all valid lines as bank-transfer donations with receipts; committing again posts nothing', async () => {
    const csv = vcbCsv([
      ['21/10/2025', 'FT25294000001', '', '7.000.000', 'Ủng hộ HQ-2016-2020 Lê Văn Dũng'],
      ['21/10/2025', 'FT25294000002', '', '3.000.000', 'Cong ty Minh Phat ung ho nguoi ngheo'],
      ['22/10/2025', 'FT25295000003', '10.000', '', 'Phí SMS'],
    ]);
    const started = await startImport(server, staff, haQuang);
    await uploadStatement(server, staff, started.id, csv);
    const before = await fundTotals(server, haQuang);
    const raised = async () =>
      BigInt((await server.ok(`{ campaign(code: "HQ-2016-2020") { raised { cash } } }`)).campaign.raised.cash);
    const raisedBefore = await raised();

    const committed = await server.ok(COMMIT_IMPORT, { id: started.id }, { as: staff });
    expect(committed.commitStatementImport.statementImport).toMatchObject({
      status: 'COMMITTED',
      postedCount: 2,
      validAmount: '10000000',
    });
    const after = await fundTotals(server, haQuang);
    expect(BigInt(after.received) - BigInt(before.received)).toBe(10_000_000n);
    expect(BigInt(after.balance) - BigInt(before.balance)).toBe(10_000_000n);

    const posted = (await preview(started.id, 'POSTED')).lines.nodes as PreviewLine[];
    const receipts = posted.map((l) => l.donation!.receiptNumber);
    expect(receipts).toHaveLength(2);
    const seqs = receipts.map((r) => Number(r.slice(-6)));
    expect(receipts[0]).toMatch(/^QVNN-HA-QUANG-2025-\d{6}$/);
    expect(seqs[1]).toBe(seqs[0]! + 1);

    // Posted lines are ordinary donations: in the public statement, searchable without diacritics.
    const found = await server.ok(
      `query($f: ID!) { publicStatement(filter: { fundId: $f, q: "le van dung" }) { nodes { amount channel bankReference donorName } } }`,
      { f: haQuang },
    );
    expect(found.publicStatement.nodes).toEqual([
      { amount: '7000000', channel: 'BANK_TRANSFER', bankReference: 'FT25294000001', donorName: 'Nhà hảo tâm ẩn danh' },
    ]);
    // The line naming the campaign's code counts towards what the campaign raised.
    expect((await raised()) - raisedBefore).toBe(7_000_000n);

    // Every donation and entry it made is in the audit trail, under the mutation's name.
    const audit = await server.ok(
      `{ auditEvents(filter: { operation: "commitStatementImport", recordType: "Donation" }) { totalCount } }`,
      undefined,
      { as: users.admin },
    );
    expect(audit.auditEvents.totalCount).toBe(2);

    const again = await server.ok(COMMIT_IMPORT, { id: started.id }, { as: staff });
    expect(again.commitStatementImport.statementImport.postedCount).toBe(2);
    expect(await fundTotals(server, haQuang)).toEqual(after);
  });

  it('posts nothing when the same statement is imported a second time', async () => {
    const csv = vcbCsv([
      ['23/10/2025', 'FT25296000001', '', '1.000.000', 'Ủng hộ lần một'],
      ['23/10/2025', 'FT25296000002', '', '2.000.000', 'Ủng hộ lần hai'],
    ]);
    const first = await startImport(server, staff, haQuang);
    await uploadStatement(server, staff, first.id, csv);
    await server.ok(COMMIT_IMPORT, { id: first.id }, { as: staff });
    const totals = await fundTotals(server, haQuang);

    const second = await startImport(server, staff, haQuang);
    await uploadStatement(server, staff, second.id, csv);
    const result = await preview(second.id);
    expect(result).toMatchObject({ validCount: 0, duplicateCount: 2, validAmount: '0' });
    expect(result.fileSha256).toBe((await preview(first.id)).fileSha256);
    const committed = await server.ok(COMMIT_IMPORT, { id: second.id }, { as: staff });
    expect(committed.commitStatementImport.statementImport.postedCount).toBe(0);
    expect(await fundTotals(server, haQuang)).toEqual(totals);
  });

  it('reads XLSX statements: real dates and numeric amounts', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sao kê');
    sheet.addRow(['SAO KÊ TÀI KHOẢN']);
    sheet.addRow(VCB_HEADER);
    sheet.addRow([new Date(Date.UTC(2025, 9, 24)), 'FT25297000001', null, 4_000_000, 'Ủng hộ Tết vì người nghèo']);
    sheet.addRow([new Date(Date.UTC(2025, 9, 24)), 'FT25297000002', null, '1.234.000', 'Ủng hộ HQ-2016-2020']);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const started = await startImport(server, staff, haQuang, 'sao-ke-thang-10.xlsx');
    const uploaded = await uploadStatement(server, staff, started.id, file, 'application/octet-stream');
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    const result = await preview(started.id);
    expect(result).toMatchObject({ validCount: 2, validAmount: '5234000', invalidCount: 0 });
    expect(result.lines.nodes.map((l: { lineNumber: number; date: string }) => [l.lineNumber, l.date])).toEqual([
      [3, '2025-10-24'],
      [4, '2025-10-24'],
    ]);
  });

  it('refuses a file without the bank’s columns, naming the missing ones', async () => {
    const started = await startImport(server, staff, haQuang);
    const uploaded = await uploadStatement(server, staff, started.id, 'Ngày,Số tiền\n17/10/2025,100000\n');
    expect(uploaded.status).toBe(400);
    expect(uploaded.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(uploaded.body.errors[0].message).toContain('Số tham chiếu');
  });

  it('resumes an upload cut off midway, storing each line once', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      '25/10/2025',
      `RS${String(i).padStart(8, '0')}`,
      '',
      String(10_000 + i),
      `Ủng hộ số ${i}`,
    ]);
    const csv = Buffer.from(vcbCsv(rows));
    const started = await startImport(server, staff, haQuang);
    // Send two thirds of the file, then cut the connection once the server has stored some.
    await cutUpload(server, started.id, csv, 2 / 3, async () => (await preview(started.id)).linesRead > 0);
    const cut = await preview(started.id);
    expect(cut.status).toBe('UPLOADING');
    expect(cut.linesRead).toBeGreaterThan(0);
    expect(cut.linesRead).toBeLessThan(3000);

    const resumed = await retryWhileReceiving(() => uploadStatement(server, staff, started.id, csv));
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(200);
    const result = await preview(started.id);
    expect(result).toMatchObject({ status: 'READY', linesRead: 3000, validCount: 3000 });
    expect(result.lines.totalCount).toBe(3000);
    const committed = await server.ok(COMMIT_IMPORT, { id: started.id }, { as: staff });
    expect(committed.commitStatementImport.statementImport.postedCount).toBe(3000);
    // Σ (10,000 + i) for i < 3000
    expect(committed.commitStatementImport.statementImport.validAmount).toBe(String(3000 * 10_000 + (2999 * 3000) / 2));
  }, 120_000);

  it('refuses a different file sent to resume an import', async () => {
    const rows = (tag: string) =>
      Array.from({ length: 1500 }, (_, i) => ['26/10/2025', `${tag}${i}`, '', '10000', `Ủng hộ ${tag}`]);
    const started = await startImport(server, staff, haQuang);
    const first = Buffer.from(vcbCsv(rows('AA')));
    await cutUpload(server, started.id, first, 0.9, async () => (await preview(started.id)).linesRead > 0);
    // Wait until the cut upload stored some lines and stopped on the server.
    const other = await retryWhileReceiving(() => uploadStatement(server, staff, started.id, vcbCsv(rows('BB'))));
    expect(other.status).toBe(409);
    expect(other.body.errors[0].extensions.fields[0].field).toBe('file');
    expect(other.body.errors[0].message).toContain('không phải cùng một tệp');
  }, 120_000);

  it('lets only the fund’s own staff upload and commit; auditors read; others do not see it', async () => {
    const started = await startImport(server, staff, haQuang);
    const csv = vcbCsv([['27/10/2025', 'AC0001', '', '100000', 'Ủng hộ']]);
    expect((await uploadStatement(server, null, started.id, csv)).status).toBe(401);
    expect((await uploadStatement(server, users.staffKhanhHoa, started.id, csv)).status).toBe(404);
    expect((await uploadStatement(server, users.auditor, started.id, csv)).status).toBe(403);
    // A form post from another site cannot upload: simple content types are refused.
    expect((await uploadStatement(server, staff, started.id, csv, 'text/plain')).status).toBe(400);
    expect((await uploadStatement(server, staff, started.id, csv)).status).toBe(200);

    const other = await server.gql(IMPORT_PREVIEW, { id: started.id }, { as: users.staffKhanhHoa });
    expect(other.data?.statementImport).toBeNull();
    const auditor = await server.ok(IMPORT_PREVIEW, { id: started.id }, { as: users.auditor });
    expect(auditor.statementImport.validCount).toBe(1);
    const refused = await server.gql(COMMIT_IMPORT, { id: started.id }, { as: users.auditor });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
