import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { errorSummary, unitId } from '../support/fixtures.js';
import {
  COMMIT_POVERTY_IMPORT,
  POVERTY_PREVIEW,
  importPovertyFile,
  povertyCsv,
  startPovertyImport,
  uploadPovertyFile,
  START_POVERTY_IMPORT,
} from '../support/poverty-import.js';

const STATISTICS = `query($filter: PovertyStatisticFilter) {
  povertyStatistics(filter: $filter, limit: 100) {
    totalCount nodes { id unit { code } year standard { code } households poorHouseholds nearPoorHouseholds
      ethnicMinorityHouseholds people poorRate reportedPoorRate poorRateDifference }
  }
}`;

// Communes of former Bác Ái (Ninh Thuận, today within Khánh Hòa): Khánh Hòa's Front staff keep them.
const GOOD = [
  ['Xã Phước Tiến', 2022, 'ND-07-2021', '1.200', 300, 100, 900, 280, '', '25'],
  ['22798', 2022, '07/2021/NĐ-CP', 800, 100, 50, '', '', 3200, '12,6'],
  ['phuoc thanh', 2023, '', 800, 80, 40, '', '', '', ''],
];

const lineOf = (preview: any, lineNumber: number) =>
  preview.povertyImport.lines.nodes.find((l: { lineNumber: number }) => l.lineNumber === lineNumber);

describe('poverty statistics import: preview, commit, re-import', () => {
  let server: TestServer;
  const staff = users.staffKhanhHoa;
  beforeAll(async () => {
    server = await startTestServer({ actAs: staff });
  });
  afterAll(() => server?.close());

  async function auditCount(operation: string) {
    const data = await server.ok(
      `query($op: String) { auditEvents(filter: { recordType: "PovertyStatistic", operation: $op }, limit: 100) { totalCount } }`,
      { op: operation },
      { as: users.admin },
    );
    return data.auditEvents.totalCount as number;
  }

  it('lets only Front staff start one, and keeps each import to its author', async () => {
    const input = { fileName: 'ra-soat.csv' };
    expect(errorSummary(await server.gql(START_POVERTY_IMPORT, { input }, { as: null }))[0]?.code).toBe(
      'UNAUTHENTICATED',
    );
    for (const as of [users.auditor, users.developer, users.admin]) {
      expect(errorSummary(await server.gql(START_POVERTY_IMPORT, { input }, { as }))[0]?.code).toBe('FORBIDDEN');
    }
    const wrongKind = await server.gql(START_POVERTY_IMPORT, { input: { fileName: 'ra-soat.pdf' } });
    expect(errorSummary(wrongKind)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['fileName'] }]);
    const started = await startPovertyImport(server, staff);
    expect(started).toMatchObject({ status: 'UPLOADING', uploadPath: `/imports/poverty/${started.id}/file` });
    const other = await server.ok(POVERTY_PREVIEW, { id: started.id }, { as: users.staffCaoBang });
    expect(other.povertyImport).toBeNull();
    const upload = await uploadPovertyFile(server, users.staffCaoBang, started.id, povertyCsv(GOOD));
    expect(upload.status).toBe(404);
  });

  it('previews each line: unit match, figures, derived and reported rates, and errors with line numbers', async () => {
    const csv = povertyCsv([
      ...GOOD,
      ['Xã Không Có', 2022, 'ND-07-2021', 100, 10, '', '', '', '', ''],
      ['Huyện Hà Quảng', 2022, 'ND-07-2021', 5000, 1000, '', '', '', '', ''],
      ['22783', '20x2', 'ND-07-2021', 100, 10, '', '', '', '', ''],
      ['22783', 2022, 'ND-07-2021', 100, 120, '', '', '', '', ''],
      ['22783', 2022, 'QD-99-2099', 100, 10, '', '', '', '', ''],
      ['22783', 2022, 'ND-07-2021', '12,5', 10, '', '', '', '', ''],
      ['Phước Tiến', 2022, 'ND-07-2021', 1200, 300, '', '', '', '', ''],
    ]);
    const started = await startPovertyImport(server, staff);
    const upload = await uploadPovertyFile(server, staff, started.id, csv);
    expect(upload).toMatchObject({
      status: 200,
      body: { data: { povertyImport: { status: 'READY', lineCount: 10, invalidCount: 7, newCount: 3 } } },
    });
    const preview = await server.ok(POVERTY_PREVIEW, { id: started.id });
    // The title is line 1 and the header line 2: data starts on line 3, as a spreadsheet shows it.
    expect(lineOf(preview, 3)).toMatchObject({
      unitText: 'Xã Phước Tiến',
      unit: { code: '22792', name: 'Xã Phước Tiến' },
      year: 2022,
      standardCode: 'ND-07-2021',
      households: 1200,
      poorHouseholds: 300,
      nearPoorHouseholds: 100,
      poorRate: '25.00',
      reportedPoorRate: '25.00',
      poorRateDifference: '0.00',
      change: 'NEW',
      problems: [],
    });
    // "07/2021/NĐ-CP" is Decree 07/2021; a stated 12,6% against 100 of 800 (12.50%) is off by 0.10.
    expect(lineOf(preview, 4)).toMatchObject({
      unit: { code: '22798' },
      standardCode: 'ND-07-2021',
      poorRateDifference: '-0.10',
    });
    // No standard written: the one whose reviews cover 2023; the name matched without diacritics or "Xã".
    expect(lineOf(preview, 5)).toMatchObject({ unit: { code: '22798' }, standardCode: 'ND-07-2021', change: 'NEW' });
    const problems = (n: number) =>
      lineOf(preview, n).problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`);
    expect(problems(6)).toEqual(['unit:UNIT_UNKNOWN']);
    expect(problems(7)).toEqual(['unit:OUT_OF_SCOPE']);
    expect(lineOf(preview, 7).problems[0].message).toBe('Huyện Hà Quảng không thuộc phạm vi được giao cho bạn');
    expect(problems(8)).toEqual(['year:YEAR_UNREADABLE']);
    expect(problems(9)).toEqual(['poorHouseholds:IMPLAUSIBLE']);
    expect(problems(10)).toEqual(['standard:STANDARD_UNKNOWN']);
    expect(problems(11)).toEqual(['households:COUNT_UNREADABLE']);
    expect(problems(12)).toEqual(['unit:REPEATED_IN_FILE']);
    expect(lineOf(preview, 12).problems[0].message).toContain('dòng 3');
    const english = await server.ok(POVERTY_PREVIEW, { id: started.id, withProblems: true }, { locale: 'en' });
    expect(english.povertyImport.lines.totalCount).toBe(7);
    expect(lineOf(english, 6).problems[0].message).toBe('No unit "Xã Không Có" (by code or name)');

    // All or nothing: one bad line and not one statistic is written.
    const refused = await server.gql(COMMIT_POVERTY_IMPORT, { id: started.id });
    expect(errorSummary(refused)[0]?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('dòng 6, 7, 8, 9, 10, 11, 12');
    const phuocTien = await unitId(server, '22792');
    const none = await server.ok(STATISTICS, { filter: { unitId: phuocTien } }, { as: null });
    expect(none.povertyStatistics.totalCount).toBe(0);
  });

  it('commits all at once, audited; committing again or re-importing the same file writes nothing', async () => {
    const csv = povertyCsv(GOOD);
    const first = await importPovertyFile(server, staff, csv);
    const committed = await server.ok(COMMIT_POVERTY_IMPORT, { id: first });
    expect(committed.commitPovertyImport.povertyImport).toMatchObject({ status: 'COMMITTED', newCount: 3 });
    expect(await auditCount('commitPovertyImport')).toBe(3);

    const bacAi = await unitId(server, '584');
    const listed = await server.ok(STATISTICS, { filter: { unitId: bacAi, standardCode: 'ND-07-2021' } }, { as: null });
    expect(listed.povertyStatistics.nodes.map((s: any) => [s.unit.code, s.year, s.poorHouseholds, s.poorRate])).toEqual(
      [
        ['22798', 2023, 80, '10.00'],
        ['22792', 2022, 300, '25.00'],
        ['22798', 2022, 100, '12.50'],
      ],
    );
    const byYear = await server.ok(STATISTICS, { filter: { unitId: bacAi, year: 2023 } }, { as: null });
    expect(byYear.povertyStatistics.totalCount).toBe(1);

    await server.ok(COMMIT_POVERTY_IMPORT, { id: first });
    const again = await importPovertyFile(server, staff, csv);
    const preview = await server.ok(POVERTY_PREVIEW, { id: again });
    expect(preview.povertyImport).toMatchObject({ newCount: 0, changedCount: 0, unchangedCount: 3, invalidCount: 0 });
    await server.ok(COMMIT_POVERTY_IMPORT, { id: again });
    expect(await auditCount('commitPovertyImport')).toBe(3);
    const still = await server.ok(STATISTICS, { filter: { unitId: bacAi } }, { as: null });
    expect(still.povertyStatistics.totalCount).toBe(3);
  });

  it('shows the lines that would change a recorded statistic, and leaves figures without a column as recorded', async () => {
    // No near-poor column: Phước Tiến's 100 near-poor households stay; its poor go from 300 to 290.
    const header = ['Mã đơn vị', 'Năm', 'Chuẩn nghèo', 'Tổng số hộ', 'Hộ nghèo'];
    const csv = povertyCsv(
      [
        ['22792', 2022, 'ND-07-2021', 1200, 290],
        ['22798', 2022, 'ND-07-2021', 800, 100],
      ],
      header,
    );
    const id = await importPovertyFile(server, staff, csv);
    const preview = await server.ok(POVERTY_PREVIEW, { id });
    expect(preview.povertyImport).toMatchObject({ changedCount: 1, unchangedCount: 1 });
    expect(lineOf(preview, 3)).toMatchObject({
      change: 'CHANGED',
      changedFields: ['poorHouseholds'],
      previous: { poorHouseholds: 300, nearPoorHouseholds: 100 },
    });
    expect(lineOf(preview, 4)).toMatchObject({ change: 'UNCHANGED', changedFields: [] });
    await server.ok(COMMIT_POVERTY_IMPORT, { id });
    const phuocTien = await unitId(server, '22792');
    const after = await server.ok(STATISTICS, { filter: { unitId: phuocTien } }, { as: null });
    expect(after.povertyStatistics.nodes[0]).toMatchObject({
      poorHouseholds: 290,
      nearPoorHouseholds: 100,
      ethnicMinorityHouseholds: 900,
    });
    expect(await auditCount('commitPovertyImport')).toBe(4);
  });

  it('refuses a unit outside the importer’s grant, even when the file is otherwise right', async () => {
    const id = await importPovertyFile(
      server,
      users.staffCaoBang,
      povertyCsv([
        ['045', 2022, 'ND-07-2021', 5000, 1000, '', '', '', '', ''],
        ['22792', 2022, 'ND-07-2021', 1200, 1, '', '', '', '', ''],
      ]),
    );
    const preview = await server.ok(POVERTY_PREVIEW, { id }, { as: users.staffCaoBang });
    expect(lineOf(preview, 3)).toMatchObject({ change: 'NEW', problems: [] });
    expect(lineOf(preview, 4).problems.map((p: { code: string }) => p.code)).toEqual(['OUT_OF_SCOPE']);
    const refused = await server.gql(COMMIT_POVERTY_IMPORT, { id }, { as: users.staffCaoBang });
    expect(errorSummary(refused)[0]?.code).toBe('BAD_USER_INPUT');
    const haQuang = await unitId(server, '045');
    const none = await server.ok(STATISTICS, { filter: { unitId: haQuang } }, { as: null });
    expect(none.povertyStatistics.totalCount).toBe(0);
  });

  it('reads the first sheet of an XLSX file, numbers and all', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Rà soát 2024');
    sheet.addRow(['Kết quả rà soát năm 2024']);
    sheet.addRow(['Đơn vị', 'Năm', 'Chuẩn nghèo', 'Tổng số hộ', 'Hộ nghèo', 'Hộ cận nghèo']);
    sheet.addRow(['Xã Phước Tiến', 2024, 'ND-07-2021', 1210, 250, 90]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const started = await startPovertyImport(server, staff, 'ra-soat-2024.xlsx');
    const upload = await uploadPovertyFile(server, staff, started.id, file, 'application/octet-stream');
    expect(upload.body.data.povertyImport).toMatchObject({ lineCount: 1, newCount: 1, invalidCount: 0 });
    const preview = await server.ok(POVERTY_PREVIEW, { id: started.id });
    expect(lineOf(preview, 3)).toMatchObject({ unit: { code: '22792' }, households: 1210, poorRate: '20.66' });
  });

  it('edits a recorded statistic: the unit’s Front staff only, counts checked, a stale copy refused', async () => {
    const phuocTien = await unitId(server, '22792');
    const listed = await server.ok(STATISTICS, { filter: { unitId: phuocTien, year: 2022 } }, { as: null });
    const id = listed.povertyStatistics.nodes[0].id;
    const UPDATE = `mutation($input: UpdatePovertyStatisticInput!) { updatePovertyStatistic(input: $input) { statistic { id poorHouseholds nearPoorHouseholds poorRate reportedPoorRate version } } }`;
    expect(
      errorSummary(await server.gql(UPDATE, { input: { id, poorHouseholds: 280 } }, { as: users.staffCaoBang }))[0]
        ?.code,
    ).toBe('FORBIDDEN');
    const bad = await server.gql(UPDATE, { input: { id, poorHouseholds: 5000 } });
    expect(errorSummary(bad)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['poorHouseholds', 'nearPoorHouseholds'] }]);
    const changed = await server.ok(UPDATE, { input: { id, poorHouseholds: 285, reportedPoorRate: null } });
    expect(changed.updatePovertyStatistic.statistic).toMatchObject({
      poorHouseholds: 285,
      nearPoorHouseholds: 100,
      poorRate: '23.75',
      reportedPoorRate: null,
    });
    // Two people opened version n; the second to save would overwrite the first's change unseen.
    const opened = changed.updatePovertyStatistic.statistic.version;
    await server.ok(UPDATE, { input: { id, version: opened, poorHouseholds: 284 } });
    const stale = await server.gql(UPDATE, { input: { id, version: opened, poorHouseholds: 290 } });
    expect(errorSummary(stale)).toEqual([{ code: 'CONFLICT', fields: ['version'] }]);
    const kept = await server.ok(STATISTICS, { filter: { unitId: phuocTien, year: 2022 } }, { as: null });
    expect(kept.povertyStatistics.nodes[0]).toMatchObject({ poorHouseholds: 284 });
  });
});
