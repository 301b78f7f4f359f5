import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, errorSummary, unitId } from '../support/fixtures.js';
import { fundId } from '../support/money.js';
import JSZip from 'jszip';
import { mkdir, writeFile } from 'node:fs/promises';
import { docxText, download, pdfText, readXlsxSheets, renderPdfPage } from '../support/downloads.js';

export const REPORT = `query($c: ID!, $u: ID, $from: Int, $to: Int) {
  campaignReport(campaignId: $c, unitId: $u, fromYear: $from, toYear: $to) {
    campaign { code } unit { code } fromYear toYear
    situation { subCampaigns { code } povertyAtStart { year households poorHouseholds poorRate } }
    funds { cash cashBySource { key amount } cashByChannel { key amount } inKindValue goods { unit quantity value } }
    support { cash inKindValue grants households byPurpose { purpose cash inKindValue grants households projects goods { unit quantity value } } }
    poverty {
      standard { code }
      series { year poorRate }
      reduction { start { poorRate } end { poorRate } changePoints averageReductionPerYear plannedReductionPerYear achievementPercent exceeded statement }
      planLine { year rate }
    }
    commendations { totalCount byForm { form { code } recipientKind count } }
    activities { kind label count countUnit participants }
    exemplaryModels { kind name replicated }
    consistencyFindings { kind figure { label } stated { text } computed { text } difference { money text } message }
    narrative { situationNote difficulties lessons proposals version }
  }
}`;

const SAVE = `mutation($input: SaveCampaignReportNarrativeInput!) {
  saveCampaignReportNarrative(input: $input) { report { narrative { situationNote difficulties lessons proposals version } } }
}`;

describe('the campaign summary report', () => {
  let server: TestServer;
  let nt: string;
  let ninhThuan: string;
  beforeAll(async () => {
    server = await startTestServer();
    nt = await campaignId(server, 'NT-2016-2020');
    ninhThuan = await unitId(server, '58');
  });
  afterAll(() => server?.close());

  it('states Ninh Thuận 2016–2020 from the demo facts: 14.93% to 5.33%, 1.92 points a year', async () => {
    const { campaignReport: report } = await server.ok(REPORT, { c: nt, u: ninhThuan, from: 2016, to: 2020 });
    expect(report).toMatchObject({
      campaign: { code: 'NT-2016-2020' },
      unit: { code: '58' },
      fromYear: 2016,
      toYear: 2020,
    });
    expect(report.situation.subCampaigns).toEqual([{ code: 'BA-406-DA' }]);
    expect(report.situation.povertyAtStart).toEqual({
      year: 2015,
      households: expect.any(Number),
      poorHouseholds: 23767,
      poorRate: '14.93',
    });
    expect(report.poverty.standard).toEqual({ code: 'QD-59-2015' });
    expect(report.poverty.reduction).toMatchObject({
      start: { poorRate: '14.93' },
      end: { poorRate: '5.33' },
      changePoints: '9.60',
      averageReductionPerYear: '1.92',
      plannedReductionPerYear: null,
    });
    expect(report.poverty.reduction.statement).toBe(
      'Tỷ lệ hộ nghèo giảm từ 14,93% đầu năm 2016 xuống còn 5,33% cuối năm 2020, bình quân mỗi năm giảm 1,92%.',
    );
    // The seed states no plan for the overall rate: no plan line is drawn.
    expect(report.poverty.planLine).toEqual([]);
  });

  it('counts the 1.000 cows of Bác Ái as goods, never as cash, and their grant by purpose', async () => {
    const { campaignReport: report } = await server.ok(REPORT, { c: nt, u: ninhThuan, from: 2016, to: 2020 });
    expect(report.funds).toEqual({
      cash: '0',
      cashBySource: [],
      cashByChannel: [],
      inKindValue: '19000000000',
      goods: [{ unit: 'con bò', quantity: '1000', value: '19000000000' }],
    });
    expect(report.support).toEqual({
      cash: '0',
      inKindValue: '19000000000',
      grants: 1,
      // Đề án 406/ĐA reaches 750 households, as its decision (and the seed) states.
      households: 750,
      byPurpose: [
        {
          purpose: 'PRODUCTION',
          cash: '0',
          inKindValue: '19000000000',
          grants: 1,
          households: 750,
          projects: 1,
          goods: [{ unit: 'con bò', quantity: '1000', value: '19000000000' }],
        },
      ],
    });
    // The same aggregates as the fund's own period report.
    const summary = await server.ok(
      `query($f: ID!) { fundSummary(fundId: $f, from: "2016-01-01", to: "2020-12-31") { goodsReceived { unit quantity value } } }`,
      { f: await fundId(server, 'QVNN-BAC-AI') },
    );
    expect(summary.fundSummary.goodsReceived).toEqual(report.funds.goods);
  });

  it('gives the commendations of the movement by form and recipient kind, as the registry counts them', async () => {
    const { campaignReport: report } = await server.ok(REPORT, { c: nt, u: ninhThuan, from: 2016, to: 2020 });
    expect(report.commendations).toEqual({
      totalCount: 48,
      byForm: [
        { form: { code: 'BK-TTG' }, recipientKind: 'HOUSEHOLD', count: 1 },
        { form: { code: 'BK-TTG' }, recipientKind: 'INDIVIDUAL', count: 3 },
        { form: { code: 'BK-TINH' }, recipientKind: 'HOUSEHOLD', count: 4 },
        { form: { code: 'BK-TINH' }, recipientKind: 'INDIVIDUAL', count: 40 },
      ],
    });
    const registry = await server.ok(
      `query($c: ID!) { commendationTotals(filter: { campaignId: $c }) { totalCount } }`,
      { c: nt },
    );
    expect(registry.commendationTotals.totalCount).toBe(48);
  });

  it('reports Hà Quảng’s money by source and channel, its 114 house repairs, and its plan line', async () => {
    const hq = await campaignId(server, 'HQ-2016-2020');
    // By default the phase of the movement: launched in 2017 under Cao Bằng's 2016–2020 movement.
    const whole = await server.ok(REPORT, { c: hq });
    expect(whole.campaignReport).toMatchObject({ unit: { code: '045' }, fromYear: 2016, toYear: 2020 });
    const funds = whole.campaignReport.funds;
    expect(funds.cash).toBe('3935745000');
    // A period asked for (2017–2020) leaves out the 2016 gift.
    const later = await server.ok(REPORT, { c: hq, from: 2017, to: 2020 });
    expect(later.campaignReport.funds.cash).toBe(String(3_935_745_000 - 785_000_000));
    // A project keeps its own years.
    const cows = await server.ok(REPORT, { c: await campaignId(server, 'BA-406-DA') });
    expect(cows.campaignReport).toMatchObject({ unit: { code: '584' }, fromYear: 2017, toYear: 2020 });
    expect(funds.cashByChannel).toEqual([
      { key: 'BANK_TRANSFER', amount: '790000000' },
      { key: 'CASH', amount: '3145745000' },
    ]);
    expect(funds.cashBySource.reduce((a: bigint, r: { amount: string }) => a + BigInt(r.amount), 0n)).toBe(
      3_935_745_000n,
    );
    expect(whole.campaignReport.support.byPurpose).toEqual([
      expect.objectContaining({ purpose: 'HOUSE_REPAIR', cash: '3935745000', grants: 1, projects: 1 }),
    ]);
    expect(whole.campaignReport.commendations.totalCount).toBe(2);
    const { planLine, series } = whole.campaignReport.poverty;
    if (series.find((f: { year: number }) => f.year === 2015)) {
      expect(planLine[0].year).toBe(2015);
      expect(planLine).toHaveLength(6);
    }
  });

  it('draws the activities, exemplars and the check of the stated figures from the facts logged', async () => {
    const { campaignReport: nt2016 } = await server.ok(REPORT, { c: nt, u: ninhThuan, from: 2016, to: 2020 });
    expect(nt2016.activities).toContainEqual(
      expect.objectContaining({ kind: 'PANEL', label: 'Pa-nô tuyên truyền', count: 15, countUnit: 'pa-nô' }),
    );
    expect(nt2016.activities).toContainEqual(
      expect.objectContaining({ kind: 'POLICY_DIALOGUE', count: 21, participants: 40000 }),
    );
    expect(nt2016.exemplaryModels.filter((e: { kind: string }) => e.kind === 'MODEL').length).toBeGreaterThan(0);
    // Ninh Thuận's stated figures all add up: nothing is listed.
    expect(nt2016.consistencyFindings).toEqual([]);
    // Hà Quảng's production support is stated 36.000.000 ₫ more than its parts make: listed, alone.
    const hq = await server.ok(REPORT, { c: await campaignId(server, 'HQ-2016-2020') });
    expect(hq.campaignReport.consistencyFindings).toEqual([
      expect.objectContaining({
        kind: 'PARTS_DO_NOT_ADD_UP',
        difference: expect.objectContaining({ money: '36000000' }),
      }),
    ]);
    expect(hq.campaignReport.exemplaryModels.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a period backwards, a unit outside the campaign, and answers null for an unknown campaign', async () => {
    const backwards = await server.gql(REPORT, { c: nt, from: 2020, to: 2016 });
    expect(errorSummary(backwards)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['toYear'] }]);
    const outside = await server.gql(REPORT, { c: nt, u: await unitId(server, '04') });
    expect(errorSummary(outside)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['unitId'] }]);
    expect((await server.ok(REPORT, { c: '99999999' })).campaignReport).toBeNull();
    // Today's Khánh Hòa may report on former Ninh Thuận's movement: it contains it.
    const khanhHoa = await server.ok(REPORT, { c: nt, u: await unitId(server, '56'), from: 2016, to: 2020 });
    expect(khanhHoa.campaignReport.commendations.totalCount).toBe(48);
  });

  describe('the sections staff write', () => {
    const input = (extra: Record<string, unknown>) => ({
      campaignId: nt,
      unitId: ninhThuan,
      fromYear: 2016,
      toYear: 2020,
      ...extra,
    });

    it('is written by the unit’s Front staff only', async () => {
      const anonymous = await server.gql(SAVE, { input: input({ lessons: 'x' }) });
      expect(errorSummary(anonymous)).toEqual([{ code: 'UNAUTHENTICATED', fields: [] }]);
      const auditor = await server.gql(SAVE, { input: input({ lessons: 'x' }) }, { as: users.auditor });
      expect(errorSummary(auditor)).toEqual([{ code: 'FORBIDDEN', fields: [] }]);
      const otherProvince = await server.gql(SAVE, { input: input({ lessons: 'x' }) }, { as: users.staffCaoBang });
      expect(errorSummary(otherProvince)).toEqual([{ code: 'FORBIDDEN', fields: [] }]);
      const { campaignReport } = await server.ok(REPORT, { c: nt, u: ninhThuan, from: 2016, to: 2020 });
      expect(campaignReport.narrative.version).toBeNull();
    });

    it('validates the period and the length of each section', async () => {
      const long = await server.gql(
        SAVE,
        { input: input({ proposals: 'a'.repeat(20_001) }) },
        { as: users.staffKhanhHoa },
      );
      expect(errorSummary(long)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['proposals'] }]);
      const year = await server.gql(SAVE, { input: input({ fromYear: 1999 }) }, { as: users.staffKhanhHoa });
      expect(errorSummary(year)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['fromYear'] }]);
      const backwards = await server.gql(SAVE, { input: input({ fromYear: 2021 }) }, { as: users.staffKhanhHoa });
      expect(errorSummary(backwards)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['toYear'] }]);
    });

    it('saves, audits, and refuses a save from a stale copy', async () => {
      const first = await server.ok(
        SAVE,
        {
          input: input({
            situationNote: '  Tỉnh có 7 huyện, thành phố.  ',
            difficulties: 'Nguồn lực còn hạn chế.',
            lessons: 'Sự vào cuộc của cả hệ thống chính trị.',
            proposals: '',
          }),
        },
        { as: users.staffKhanhHoa },
      );
      expect(first.saveCampaignReportNarrative.report.narrative).toEqual({
        situationNote: 'Tỉnh có 7 huyện, thành phố.',
        difficulties: 'Nguồn lực còn hạn chế.',
        lessons: 'Sự vào cuộc của cả hệ thống chính trị.',
        proposals: null,
        version: 1,
      });
      // A second client that opened the report before anything was saved.
      const fromNothing = await server.gql(SAVE, { input: input({ lessons: 'khác' }) }, { as: users.staffKhanhHoa });
      expect(errorSummary(fromNothing)).toEqual([{ code: 'CONFLICT', fields: ['version'] }]);
      const second = await server.ok(
        SAVE,
        { input: input({ version: 1, lessons: 'Bài học mới.', proposals: 'Kiến nghị Trung ương.' }) },
        { as: users.staffKhanhHoa },
      );
      expect(second.saveCampaignReportNarrative.report.narrative).toMatchObject({
        situationNote: null,
        lessons: 'Bài học mới.',
        proposals: 'Kiến nghị Trung ương.',
        version: 2,
      });
      const stale = await server.gql(
        SAVE,
        { input: input({ version: 1, lessons: 'cũ' }) },
        { as: users.staffKhanhHoa },
      );
      expect(errorSummary(stale)).toEqual([{ code: 'CONFLICT', fields: ['version'] }]);
      const audit = await server.ok(
        `{ auditEvents(filter: { operation: "saveCampaignReportNarrative" }, limit: 10) { nodes { recordType action } } }`,
        undefined,
        { as: users.auditor },
      );
      expect(audit.auditEvents.nodes).toHaveLength(2);
      expect(audit.auditEvents.nodes[0].recordType).toBe('CampaignReportNarrative');
      // Another period is another report.
      const other = await server.ok(REPORT, { c: nt, u: ninhThuan, from: 2017, to: 2020 });
      expect(other.campaignReport.narrative.version).toBeNull();
    });
  });
});

describe('the campaign report’s exports', () => {
  let server: TestServer;
  let path: (ext: string) => string;
  beforeAll(async () => {
    server = await startTestServer();
    const nt = await campaignId(server, 'NT-2016-2020');
    const ninhThuan = await unitId(server, '58');
    path = (ext) => `/documents/campaigns/${nt}/report.${ext}?unitId=${ninhThuan}&fromYear=2016&toYear=2020`;
  });
  afterAll(() => server?.close());

  it('opens as DOCX with the administrative heading, the figures in Vietnamese notation and the tables', async () => {
    const file = await download(server, path('docx'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="bao-cao-tong-ket-nt-2016-2020-58-2016-2020.docx"',
    );
    const text = await docxText(file.body);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH NINH THUẬN');
    expect(text).toContain('BÁO CÁO TỔNG KẾT');
    expect(text).toContain('I. ĐẶC ĐIỂM TÌNH HÌNH');
    expect(text).toContain('II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ TUYÊN TRUYỀN');
    expect(text).toContain('III. KẾT QUẢ THỰC HIỆN PHONG TRÀO');
    expect(text).toContain('15 pa-nô');
    expect(text).toContain('Các số liệu báo cáo đều khớp');
    expect(text).toContain(
      'Tỷ lệ hộ nghèo giảm từ 14,93% đầu năm 2016 xuống còn 5,33% cuối năm 2020, bình quân mỗi năm giảm 1,92%.',
    );
    expect(text).toContain('19.000.000.000\u00a0₫');
    expect(text).toContain('23.767');
    expect(text).toContain('Bằng khen của Thủ tướng Chính phủ');
    expect(text).toContain('BÀI HỌC KINH NGHIỆM');
    // Times New Roman 14 pt by default.
    const styles = await (await JSZip.loadAsync(file.body)).file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/Times New Roman/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  });

  it('opens as XLSX: one sheet per table, money exact, rates as numbers', async () => {
    const file = await download(server, path('xlsx'));
    expect(file.status).toBe(200);
    const sheets = await readXlsxSheets(file.body);
    expect(sheets.map((s) => s.name)).toEqual([
      'Báo cáo',
      'Tuyên truyền',
      'Vận động',
      'Hỗ trợ',
      'Hộ nghèo',
      'Điển hình',
      'Khen thưởng',
    ]);
    const sheet = (name: string) => sheets.find((s) => s.name === name)!.rows;
    const about = sheet('Báo cáo');
    expect(about).toContainEqual(['Mã phong trào', 'NT-2016-2020']);
    expect(sheet('Tuyên truyền').find((r) => r[1] === 'PANEL')).toEqual(
      expect.arrayContaining(['Pa-nô tuyên truyền', 15, 'pa-nô']),
    );
    const funds = sheet('Vận động');
    expect(funds).toContainEqual(['Tổng giá trị hiện vật', 'inKindValue', null, 19_000_000_000]);
    const poverty = sheet('Hộ nghèo');
    expect(poverty[0]).toContain('Tỷ lệ hộ nghèo (%)');
    expect(poverty.find((r) => r[0] === '2015')).toEqual(expect.arrayContaining([23767, 14.93]));
    expect(poverty.find((r) => r[0] === '2020')).toEqual(expect.arrayContaining([9606, 5.33]));
    const commendations = sheet('Khen thưởng').slice(1);
    expect(commendations.reduce((a, r) => a + Number(r[3]), 0)).toBe(48);
  });

  it('renders as a PDF in the administrative layout: heading, figures, a page that is not blank', async () => {
    const file = await download(server, path('pdf'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(file.body)).replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toMatch(/Ninh Thuận, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(text).toContain('Số:');
    expect(text).toContain('bình quân mỗi năm giảm 1,92%');
    expect(text).toContain('19.000.000.000');
    const page = await renderPdfPage(file.body, 1);
    await mkdir('test-output/api', { recursive: true });
    await writeFile('test-output/api/campaign-report-page-1.png', page.png);
    // The tables run onto a second page, drawn too.
    const second = await renderPdfPage(file.body, 2);
    await writeFile('test-output/api/campaign-report-page-2.png', second.png);
    expect(second.ink).toBeGreaterThan(0.005);
    // A4 at 72 dpi; printed text covers a few percent of the page, a blank one none.
    expect(page.width).toBe(595);
    expect(page.ink).toBeGreaterThan(0.01);
    expect(page.ink).toBeLessThan(0.5);
  });

  it('refuses an unknown campaign and a bad year as the query does', async () => {
    const unknown = await download(server, '/documents/campaigns/99999999/report.pdf');
    expect(unknown.status).toBe(404);
    expect(unknown.json().errors[0]!.extensions.code).toBe('NOT_FOUND');
    const bad = await download(server, `${path('docx').split('?')[0]}?fromYear=abc`);
    expect(bad.status).toBe(400);
    expect(bad.json().errors[0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'fromYear' })]);
  });
});
