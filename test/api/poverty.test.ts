import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { errorSummary, unitId } from '../support/fixtures.js';

const RECORD = `mutation($input: RecordPovertyStatisticInput!) {
  recordPovertyStatistic(input: $input) { figure { statisticId year poorRate ethnicMinorityPoorRate reportedPoorRate poorRateDifference } }
}`;
const SERIES = `query($u: ID!, $s: String) { povertySeries(unitId: $u, standardCode: $s) {
  year standard { code } households poorHouseholds poorRate reportedPoorRate poorRateDifference includesFormerUnits
  contributions { unit { code name } former }
} }`;
const REDUCTION = `query($u: ID!, $from: Int!, $to: Int!, $plan: Decimal, $s: String) {
  povertyReduction(unitId: $u, fromYear: $from, toYear: $to, plannedReductionPerYear: $plan, standardCode: $s) {
    years standard { code } start { year poorRate poorHouseholds } end { year poorRate poorHouseholds }
    poorHouseholdsChange changePoints averageReductionPerYear plannedReductionPerYear achievementPercent exceeded statement statementEn
  }
}`;

describe('poverty statistics, roll-up and results', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.staffKhanhHoa });
  });
  afterAll(() => server?.close());

  it('lists the standards with their thresholds, to anyone', async () => {
    const data = await server.ok(
      `{ povertyStandards { code fromYear toYear deprivationIndicators thresholds { category area incomeAbove incomeAtMost minDeprivations } } }`,
      undefined,
      { as: null },
    );
    expect(data.povertyStandards.map((s: { code: string }) => s.code)).toEqual([
      'QD-59-2015',
      'ND-07-2021',
      'CN-2026-2030',
    ]);
    const decree07 = data.povertyStandards[1];
    expect(decree07).toMatchObject({ fromYear: 2022, toYear: 2025, deprivationIndicators: 12 });
    expect(decree07.thresholds).toContainEqual({
      category: 'POOR',
      area: 'URBAN',
      incomeAbove: null,
      incomeAtMost: '2000000',
      minDeprivations: 3,
    });
  });

  it('keeps the 2026–2030 standard as data, marked provisional with what is unverified', async () => {
    const data = await server.ok(
      `{ povertyStandards { code fromYear toYear provisional note deprivationIndicators thresholds { category area incomeAtMost minDeprivations maxDeprivations } } }`,
      undefined,
      { as: null },
    );
    const byCode = new Map(data.povertyStandards.map((s: { code: string }) => [s.code, s]));
    expect(byCode.get('ND-07-2021')).toMatchObject({ provisional: false, note: null });
    const next = byCode.get('CN-2026-2030') as { note: string; thresholds: unknown[] };
    expect(next).toMatchObject({ fromYear: 2027, toYear: 2030, provisional: true, deprivationIndicators: null });
    expect(next.note).toContain('chưa đối chiếu');
    expect(next.thresholds).toEqual([
      { category: 'POOR', area: 'RURAL', incomeAtMost: '2200000', minDeprivations: 3, maxDeprivations: null },
      { category: 'POOR', area: 'URBAN', incomeAtMost: '2800000', minDeprivations: 3, maxDeprivations: null },
      { category: 'NEAR_POOR', area: 'RURAL', incomeAtMost: '2200000', minDeprivations: null, maxDeprivations: 2 },
      { category: 'NEAR_POOR', area: 'URBAN', incomeAtMost: '2800000', minDeprivations: null, maxDeprivations: 2 },
    ]);
  });

  it('never subtracts rates of two standards: 2021–2025 is measured under Decree 07/2021 and says so', async () => {
    const phuocBinh = await unitId(server, '22786');
    const record = (standardCode: string, year: number, poorHouseholds: number) =>
      server.ok(RECORD, { input: { unitId: phuocBinh, standardCode, year, households: 1_000, poorHouseholds } });
    await record('QD-59-2015', 2020, 300);
    await record('ND-07-2021', 2021, 400);
    await record('ND-07-2021', 2025, 200);

    const series = await server.ok(
      `query($u: ID!) { povertySeries(unitId: $u) { year standard { code } poorRate standardChanged } }`,
      { u: phuocBinh },
      { as: null },
    );
    expect(series.povertySeries).toEqual([
      { year: 2020, standard: { code: 'QD-59-2015' }, poorRate: '30.00', standardChanged: false },
      { year: 2021, standard: { code: 'ND-07-2021' }, poorRate: '40.00', standardChanged: true },
      { year: 2025, standard: { code: 'ND-07-2021' }, poorRate: '20.00', standardChanged: false },
    ]);

    const ACROSS = `query($u: ID!, $from: Int!, $to: Int!, $s: String) {
      povertyReduction(unitId: $u, fromYear: $from, toYear: $to, standardCode: $s, plannedReductionPerYear: "4") {
        standardChanged measuredFromYear standard { code } start { year poorRate } end { year poorRate }
        changePoints averageReductionPerYear achievementPercent exceeded statement statementEn
        segments { standard { code } start { year } end { year } changePoints averageReductionPerYear }
      }
    }`;
    const across = (await server.ok(ACROSS, { u: phuocBinh, from: 2021, to: 2025 }, { as: null })).povertyReduction;
    // Not 30% → 20% (10 points over 5 years): 40% → 20% under one standard, over 2022–2025.
    expect(across).toMatchObject({
      standardChanged: true,
      measuredFromYear: 2022,
      standard: { code: 'ND-07-2021' },
      start: { year: 2021, poorRate: '40.00' },
      end: { year: 2025, poorRate: '20.00' },
      changePoints: '20.00',
      averageReductionPerYear: '5.00',
      achievementPercent: '125.00',
      exceeded: true,
      segments: [
        {
          standard: { code: 'QD-59-2015' },
          start: { year: 2020 },
          end: { year: 2020 },
          changePoints: null,
          averageReductionPerYear: null,
        },
        {
          standard: { code: 'ND-07-2021' },
          start: { year: 2021 },
          end: { year: 2025 },
          changePoints: '20.00',
          averageReductionPerYear: '5.00',
        },
      ],
    });
    expect(across.statement).toMatch(
      /^Lưu ý: giai đoạn 2021–2025 có thay đổi chuẩn nghèo \(QD-59-2015 → ND-07-2021\); .* từ đầu năm 2022 đến cuối năm 2025\. Tỷ lệ hộ nghèo giảm từ 40% đầu năm 2022 xuống còn 20% cuối năm 2025/,
    );
    expect(across.statementEn).toMatch(/^Note: the poverty standard changed during 2021–2025/);

    // Within one standard nothing changes; naming the old standard for the whole period finds no closing review.
    const within = (await server.ok(ACROSS, { u: phuocBinh, from: 2022, to: 2025 }, { as: null })).povertyReduction;
    expect(within).toMatchObject({ standardChanged: false, measuredFromYear: 2022, changePoints: '20.00' });
    expect(within.statement).toMatch(/^Tỷ lệ hộ nghèo/);
    expect(within.segments).toHaveLength(1);
    const named = await server.ok(ACROSS, { u: phuocBinh, from: 2021, to: 2025, s: 'QD-59-2015' }, { as: null });
    expect(named.povertyReduction).toBeNull();
  });

  it('computes Ninh Thuận 2016–2020 from the demo counts: 14.93% to 5.33%, 1.92 points a year', async () => {
    const ninhThuan = await unitId(server, '58');
    const data = await server.ok(REDUCTION, { u: ninhThuan, from: 2016, to: 2020 }, { as: null });
    expect(data.povertyReduction).toMatchObject({
      years: 5,
      standard: { code: 'QD-59-2015' },
      start: { year: 2015, poorRate: '14.93', poorHouseholds: 23767 },
      end: { year: 2020, poorRate: '5.33', poorHouseholds: 9606 },
      poorHouseholdsChange: -14161,
      changePoints: '9.60',
      averageReductionPerYear: '1.92',
      plannedReductionPerYear: null,
      exceeded: null,
    });
    expect(data.povertyReduction.statement).toBe(
      'Tỷ lệ hộ nghèo giảm từ 14,93% đầu năm 2016 xuống còn 5,33% cuối năm 2020, bình quân mỗi năm giảm 1,92%.',
    );
    const series = await server.ok(SERIES, { u: ninhThuan, s: 'QD-59-2015' }, { as: null });
    // The source's stated rates match the rates derived from its counts.
    expect(
      series.povertySeries.map((f: { reportedPoorRate: string; poorRateDifference: string }) => [
        f.reportedPoorRate,
        f.poorRateDifference,
      ]),
    ).toEqual([
      ['14.93', '0.00'],
      ['5.33', '0.00'],
    ]);
  });

  it('includes former Ninh Thuận in today’s Khánh Hòa, marked as former, without double counting', async () => {
    const khanhHoa = await unitId(server, '56');
    // Khánh Hòa's own 2020 review covered its old territory only: the merged series adds Ninh Thuận.
    await server.ok(RECORD, {
      input: {
        unitId: khanhHoa,
        standardCode: 'QD-59-2015',
        year: 2020,
        households: 319_775,
        poorHouseholds: 8_394,
      },
    });
    // A district's figure under a province that has its own figure is not added again.
    await server.ok(RECORD, {
      input: {
        unitId: await unitId(server, '584'),
        standardCode: 'QD-59-2015',
        year: 2020,
        households: 7_000,
        poorHouseholds: 2_000,
      },
    });
    const data = await server.ok(SERIES, { u: khanhHoa, s: 'QD-59-2015' }, { as: null });
    const y2020 = data.povertySeries.find((f: { year: number }) => f.year === 2020);
    expect(y2020).toMatchObject({
      households: 180_225 + 319_775,
      poorHouseholds: 9_606 + 8_394,
      poorRate: '3.60',
      reportedPoorRate: null,
      includesFormerUnits: true,
    });
    expect(y2020.contributions).toEqual([
      { unit: { code: '56', name: 'Tỉnh Khánh Hòa' }, former: false },
      { unit: { code: '58', name: 'Tỉnh Ninh Thuận' }, former: true },
    ]);
    const y2015 = data.povertySeries.find((f: { year: number }) => f.year === 2015);
    expect(y2015).toMatchObject({ poorHouseholds: 23_767, poorRate: '14.93', includesFormerUnits: true });
  });

  it('measures against a plan: Bác Ái’s 6.01 points a year against 4 is 150.25%, exceeded', async () => {
    const bacAi = await unitId(server, '584');
    await server.ok(RECORD, {
      input: { unitId: bacAi, standardCode: 'QD-59-2015', year: 2015, households: 10_000, poorHouseholds: 5_000 },
    });
    await server.ok(RECORD, {
      input: { unitId: bacAi, standardCode: 'QD-59-2015', year: 2020, households: 10_000, poorHouseholds: 1_995 },
    });
    const data = await server.ok(REDUCTION, { u: bacAi, from: 2016, to: 2020, plan: '4' }, { as: null });
    expect(data.povertyReduction).toMatchObject({
      changePoints: '30.05',
      averageReductionPerYear: '6.01',
      plannedReductionPerYear: '4.00',
      achievementPercent: '150.25',
      exceeded: true,
    });
    expect(data.povertyReduction.statement).toContain(
      'bình quân mỗi năm giảm 6,01%. Kế hoạch đề ra bình quân mỗi năm giảm 4%; đạt 150,25% kế hoạch, vượt kế hoạch.',
    );
    const behind = await server.ok(REDUCTION, { u: bacAi, from: 2016, to: 2020, plan: '7.5' }, { as: null });
    expect(behind.povertyReduction).toMatchObject({ achievementPercent: '80.13', exceeded: false });
    expect(behind.povertyReduction.statement).toContain('chưa đạt kế hoạch');
    const missing = await server.ok(REDUCTION, { u: bacAi, from: 2022, to: 2025 }, { as: null });
    expect(missing.povertyReduction).toBeNull();
  });

  it('refuses counts that cannot be true, each beside its field, and keeps nothing', async () => {
    const phanRang = await unitId(server, '58');
    const result = await server.gql(RECORD, {
      input: {
        unitId: phanRang,
        standardCode: 'QD-59-2015',
        year: 2023,
        households: 100,
        poorHouseholds: 120,
        nearPoorHouseholds: 10,
        ethnicMinorityHouseholds: 50,
        ethnicMinorityPoorHouseholds: 60,
        reportedPoorRate: '120',
      },
    });
    expect(errorSummary(result)).toEqual([
      {
        code: 'BAD_USER_INPUT',
        fields: ['year', 'poorHouseholds', 'nearPoorHouseholds', 'ethnicMinorityPoorHouseholds', 'reportedPoorRate'],
      },
    ]);
    const unknown = await server.gql(RECORD, {
      input: { unitId: phanRang, standardCode: 'QD-99-2099', year: 2020, households: 10, poorHouseholds: 1 },
    });
    expect(errorSummary(unknown)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['standardCode'] }]);
    const series = await server.ok(SERIES, { u: phanRang, s: null }, { as: null });
    expect(series.povertySeries.map((f: { year: number }) => f.year)).toEqual([2015, 2020]);
  });

  it('lets only the unit’s Front staff write, and replaces a year’s review rather than adding another', async () => {
    const ninhThuan = await unitId(server, '58');
    const input = {
      unitId: ninhThuan,
      standardCode: 'ND-07-2021',
      year: 2022,
      households: 182_000,
      poorHouseholds: 10_000,
    };
    expect(errorSummary(await server.gql(RECORD, { input }, { as: null }))[0]?.code).toBe('UNAUTHENTICATED');
    for (const as of [users.staffCaoBang, users.admin, users.developer]) {
      expect(errorSummary(await server.gql(RECORD, { input }, { as }))[0]?.code).toBe('FORBIDDEN');
    }
    const first = await server.ok(RECORD, { input });
    const again = await server.ok(RECORD, { input: { ...input, poorHouseholds: 9_100, reportedPoorRate: '5.01' } });
    expect(again.recordPovertyStatistic.figure).toMatchObject({
      statisticId: first.recordPovertyStatistic.figure.statisticId,
      poorRate: '5.00',
      reportedPoorRate: '5.01',
      poorRateDifference: '-0.01',
    });
    const events = await server.ok(
      `{ auditEvents(filter: { recordType: "PovertyStatistic" }) { nodes { operation } } }`,
      undefined,
      { as: users.admin },
    );
    expect(events.auditEvents.nodes.map((e: { operation: string }) => e.operation)).toContain('recordPovertyStatistic');
  });
});
