// The facts a campaign's summary report draws on: plans with ranges and their results, activities,
// exemplary people and models, reported figures and their consistency — on the demo data of the
// seed articles, and through the mutations, in the order a user meets them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, errorSummary, organizationId, unitId } from '../support/fixtures.js';

const PLANS = `query($c: ID!) { campaignPlans(campaignId: $c) {
  kind fromYear toYear minPointsPerYear maxPointsPerYear moneyAmount unit { code }
  result { achievementPercent met exceeded statement
    poverty { measure ratesAsReported start { year } changePoints averageReductionPerYear averagePhrase planPhrase }
    money { cash inKindValue raised target } }
} }`;
const FINDINGS = `query($c: ID!, $u: ID) { consistencyFindings(campaignId: $c, unitId: $u) {
  kind figure { label } stated { money count text } computed { money count text } difference { money count text }
  parts { label } message
} }`;
const CREATE_FIGURE = `mutation($input: CreateReportedFigureInput!) { createReportedFigure(input: $input) { figure { id } } }`;
const UPDATE_FIGURE = `mutation($input: UpdateReportedFigureInput!) { updateReportedFigure(input: $input) { figure { id value { text } } } }`;

describe('campaign report facts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.staffCaoBang });
  });
  afterAll(() => server?.close());

  it('reproduces the demo plans’ results: Ninh Thuận’s ethnic-minority rate beat its 3–4 point plan; the cows met 19 billion', async () => {
    const nt = await server.ok(PLANS, { c: await campaignId(server, 'NT-2016-2020') }, { as: null });
    expect(nt.campaignPlans).toHaveLength(1);
    const [em] = nt.campaignPlans;
    expect(em).toMatchObject({
      kind: 'ETHNIC_MINORITY_POOR_RATE_REDUCTION',
      minPointsPerYear: '3.00',
      maxPointsPerYear: '4.00',
      unit: { code: '58' },
      result: {
        // 38,77 − 16,18 = 22,59 over 5 years = 4,52 a year; against the lower bound 3: 150,67%.
        achievementPercent: '150.67',
        met: true,
        exceeded: true,
        poverty: {
          measure: 'ETHNIC_MINORITY_POOR_RATE',
          ratesAsReported: true,
          start: { year: 2015 },
          changePoints: '22.59',
          averageReductionPerYear: '4.52',
          averagePhrase: 'bình quân mỗi năm giảm 4,52%',
          planPhrase: 'đạt 150,67% kế hoạch, vượt kế hoạch',
        },
      },
    });
    expect(em.result.statement).toBe(
      'Tỷ lệ hộ nghèo dân tộc thiểu số giảm từ 38,77% đầu năm 2016 xuống còn 16,18% cuối năm 2020, bình quân mỗi năm giảm 4,52%. ' +
        'Kế hoạch đề ra bình quân mỗi năm giảm 3–4%; đạt 150,67% kế hoạch, vượt kế hoạch.',
    );

    const cows = await server.ok(PLANS, { c: await campaignId(server, 'BA-406-DA') }, { as: null });
    expect(cows.campaignPlans[0]).toMatchObject({
      kind: 'MONEY_TO_RAISE',
      moneyAmount: '19000000000',
      result: {
        achievementPercent: '100.00',
        met: true,
        exceeded: false,
        money: { cash: '0', inKindValue: '19000000000', raised: '19000000000', target: '19000000000' },
      },
    });
    expect(cows.campaignPlans[0].result.statement).toBe(
      'Vận động được 19.000.000.000 đồng (trong đó hiện vật quy giá 19.000.000.000 đồng); kế hoạch 19.000.000.000 đồng, đạt 100,00% kế hoạch, đạt kế hoạch.',
    );

    // Hà Quảng's plan stands, but its yearly counts are not in the seed: nothing is made up.
    const hq = await server.ok(PLANS, { c: await campaignId(server, 'HQ-2016-2020') }, { as: null });
    expect(hq.campaignPlans[0]).toMatchObject({ minPointsPerYear: '5.00', result: { poverty: null, met: null } });
  });

  it('computes the poor-household rate from counts against a range: Ninh Thuận 14.93% → 5.33%, 1.92 a year', async () => {
    const data = await server.ok(
      `query($u: ID!) { povertyReduction(unitId: $u, fromYear: 2016, toYear: 2020, plannedReductionPerYear: "1.5", plannedReductionPerYearMax: "2") {
        start { poorRate } end { poorRate } averageReductionPerYear plannedReductionPerYear plannedReductionPerYearMax achievementPercent met exceeded planPhrase statement } }`,
      { u: await unitId(server, '58') },
      { as: null },
    );
    expect(data.povertyReduction).toMatchObject({
      start: { poorRate: '14.93' },
      end: { poorRate: '5.33' },
      averageReductionPerYear: '1.92',
      plannedReductionPerYear: '1.50',
      plannedReductionPerYearMax: '2.00',
      // Against the lower bound: 1.92 / 1.5 = 128%; met, but the range’s top (2) was not beaten.
      achievementPercent: '128.00',
      met: true,
      exceeded: false,
      planPhrase: 'đạt 128,00% kế hoạch, đạt kế hoạch',
    });
    expect(data.povertyReduction.statement).toContain(
      'bình quân mỗi năm giảm 1,92%. Kế hoạch đề ra bình quân mỗi năm giảm 1,5–2%',
    );
    // The campaign’s recorded plan for the unit and measure is taken when none is given.
    const fromCampaign = await server.ok(
      `query($u: ID!, $c: ID!) { povertyReduction(unitId: $u, fromYear: 2016, toYear: 2020, campaignId: $c, measure: ETHNIC_MINORITY_POOR_RATE) { achievementPercent exceeded } }`,
      { u: await unitId(server, '58'), c: await campaignId(server, 'NT-2016-2020') },
      { as: null },
    );
    expect(fromCampaign.povertyReduction).toEqual({ achievementPercent: '150.67', exceeded: true });
  });

  it('lists the demo activities and exemplars as the articles count them', async () => {
    const totals = await server.ok(
      `query($c: ID!) { campaignActivityTotals(campaignId: $c, fromYear: 2016, toYear: 2020) { kind label count participants records } }`,
      { c: await campaignId(server, 'NT-2016-2020') },
      { as: null },
    );
    const byKind = Object.fromEntries(totals.campaignActivityTotals.map((t: { kind: string }) => [t.kind, t]));
    expect(byKind.PANEL).toMatchObject({ count: 15, label: 'Pa-nô tuyên truyền' });
    expect(byKind.BANNER).toMatchObject({ count: 125 });
    expect(byKind.LEAFLET).toMatchObject({ count: 36000, records: 2 });
    expect(byKind.HANDBOOK).toMatchObject({ count: 1050 });
    expect(byKind.POLICY_DIALOGUE).toMatchObject({ count: 21, participants: 40000 });
    expect(byKind.TRAINING_COURSE).toMatchObject({ count: 2, participants: 70 });

    const found = await server.ok(
      `{ exemplars(filter: { q: "ly thi nga" }) { totalCount nodes { name kind place unit { name } campaign { code } } } }`,
      undefined,
      { as: null },
    );
    expect(found.exemplars.nodes).toEqual([
      {
        name: 'Bà Lý Thị Nga',
        kind: 'PERSON',
        place: 'Tổ Xuân Lộc, thị trấn Xuân Hòa',
        unit: { name: 'Thị trấn Xuân Hòa' },
        campaign: { code: 'HQ-2016-2020' },
      },
    ]);
    const models = await server.ok(
      `query($c: ID!) { exemplars(filter: { campaignId: $c, kind: MODEL, replicated: true }) { totalCount } }`,
      { c: await campaignId(server, 'NT-2016-2020') },
      { as: null },
    );
    expect(models.exemplars.totalCount).toBe(4);
  });

  it('finds the Hà Quảng article’s one real mismatch, 84.184,73 vs 84.148,73 triệu, and flags nothing that adds up', async () => {
    const hq = await server.ok(FINDINGS, { c: await campaignId(server, 'HQ-2016-2020') }, { as: null });
    expect(hq.consistencyFindings).toEqual([
      {
        kind: 'PARTS_DO_NOT_ADD_UP',
        figure: {
          label: 'Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế, nhân rộng mô hình giảm nghèo giai đoạn 2016–2020',
        },
        stated: { money: '84184730000', count: null, text: '84.184.730.000 đồng' },
        computed: { money: '84148730000', count: null, text: '84.148.730.000 đồng' },
        difference: { money: '36000000', count: null, text: '36.000.000 đồng' },
        parts: [{ label: 'Theo Nghị quyết 30a' }, { label: 'Chương trình 135' }],
        message:
          '“Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế, nhân rộng mô hình giảm nghèo giai đoạn 2016–2020”: tổng ghi 84.184.730.000 đồng, cộng các khoản thành phần được 84.148.730.000 đồng, chênh lệch 36.000.000 đồng.',
      },
    ]);
    // The trainees (905 + 4.442 = 5.347), the houses against the ledger and the commendations against
    // the registry all add up; so do Ninh Thuận’s, the cows’ and Tây Ninh’s figures.
    for (const code of ['NT-2016-2020', 'BA-406-DA', 'TN-490-2020', 'TTH-2016-2020', 'CT-2021-2025']) {
      const data = await server.ok(FINDINGS, { c: await campaignId(server, code) }, { as: null });
      expect(data.consistencyFindings, code).toEqual([]);
    }
    const figures = await server.ok(
      `query($c: ID!) { reportedFigures(filter: { campaignId: $c, topLevelOnly: true }, limit: 100) { nodes { label value { text } factValue { text } parts { value { text } } } } }`,
      { c: await campaignId(server, 'HQ-2016-2020') },
      { as: null },
    );
    const training = figures.reportedFigures.nodes.find((f: { label: string }) => f.label.startsWith('Đào tạo nghề'));
    expect(training).toMatchObject({
      value: { text: '5.347 lượt người' },
      parts: [{ value: { text: '905 học viên' } }, { value: { text: '4.442 học viên' } }],
    });
    const houses = figures.reportedFigures.nodes.find((f: { label: string }) => f.label.startsWith('Làm mới'));
    expect(houses.factValue).toEqual({ text: '3.935.745.000 đồng' });
  });

  describe('on a campaign of its own', () => {
    let campaign: string;
    beforeAll(async () => {
      const created = await server.ok(
        `mutation($o: ID!, $u: ID!) { createCampaign(input: { code: "HQ-TEST-FACTS", kind: EMULATION_MOVEMENT, name: "Phong trào thử", startsOn: "2021-01-01", organizerId: $o, scopeUnitId: $u }) { campaign { id } } }`,
        { o: await organizationId(server, 'mat tran to quoc tinh cao bang'), u: await unitId(server, '045') },
      );
      campaign = created.createCampaign.campaign.id;
    });

    it('checks totals exactly: one that adds up is not listed, one that does not is, with its exact difference', async () => {
      const total = await server.ok(CREATE_FIGURE, {
        input: { campaignId: campaign, label: 'Tổng kinh phí', measure: 'MONEY', money: '9007199254740993' },
      });
      const parentId = total.createReportedFigure.figure.id;
      // Beyond 2^53: a float sum would lose the last digit; bigint does not.
      await server.ok(CREATE_FIGURE, {
        input: { campaignId: campaign, parentId, label: 'Nguồn A', measure: 'MONEY', money: '9007199254740992' },
      });
      const partB = await server.ok(CREATE_FIGURE, {
        input: { campaignId: campaign, parentId, label: 'Nguồn B', measure: 'MONEY', money: '1' },
      });
      expect((await server.ok(FINDINGS, { c: campaign })).consistencyFindings).toEqual([]);

      const counts = await server.ok(CREATE_FIGURE, {
        input: { campaignId: campaign, label: 'Học viên', measure: 'COUNT', count: '10.75', countUnit: 'người' },
      });
      for (const count of ['10.5', '0.25']) {
        await server.ok(CREATE_FIGURE, {
          input: {
            campaignId: campaign,
            parentId: counts.createReportedFigure.figure.id,
            label: `Lớp ${count}`,
            measure: 'COUNT',
            count,
            countUnit: 'người',
          },
        });
      }
      expect((await server.ok(FINDINGS, { c: campaign })).consistencyFindings).toEqual([]);

      await server.ok(UPDATE_FIGURE, { input: { id: partB.createReportedFigure.figure.id, money: '5' } });
      const findings = (await server.ok(FINDINGS, { c: campaign })).consistencyFindings;
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        kind: 'PARTS_DO_NOT_ADD_UP',
        stated: { money: '9007199254740993' },
        computed: { money: '9007199254740997' },
        difference: { money: '-4', text: '-4 đồng' },
      });
    });

    it('checks a figure against the facts it claims', async () => {
      const created = await server.ok(CREATE_FIGURE, {
        input: {
          campaignId: campaign,
          label: 'Tiền mặt vận động',
          measure: 'MONEY',
          money: '1500000',
          claims: { fact: 'FUNDS_RAISED_CASH' },
        },
      });
      const findings = (await server.ok(FINDINGS, { c: campaign })).consistencyFindings;
      expect(findings.find((f: { kind: string }) => f.kind === 'DIFFERS_FROM_FACTS')).toMatchObject({
        figure: { label: 'Tiền mặt vận động' },
        stated: { money: '1500000' },
        computed: { money: '0' },
        difference: { money: '1500000' },
      });
      const wrong = await server.gql(UPDATE_FIGURE, {
        input: { id: created.createReportedFigure.figure.id, claims: { fact: 'COMMENDATIONS' } },
      });
      expect(errorSummary(wrong)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['claims.fact'] }]);
    });

    it('keeps activities: not logged in → not allowed → the unit’s Front staff; checked, audited, deleted', async () => {
      const CREATE = `mutation($input: CreateCampaignActivityInput!) { createCampaignActivity(input: $input) { activity { id kind count participants fromYear toYear label unit { code } } } }`;
      const input = {
        campaignId: campaign,
        kind: 'POLICY_DIALOGUE',
        count: 3,
        participants: 450,
        fromYear: 2021,
        unitId: await unitId(server, '01417'),
      };
      expect(errorSummary(await server.gql(CREATE, { input }, { as: null }))[0]?.code).toBe('UNAUTHENTICATED');
      expect(errorSummary(await server.gql(CREATE, { input }, { as: users.emulationCaoBang }))[0]?.code).toBe(
        'FORBIDDEN',
      );
      expect(errorSummary(await server.gql(CREATE, { input }, { as: users.staffKhanhHoa }))[0]?.code).toBe('FORBIDDEN');
      const outside = await server.gql(CREATE, { input: { ...input, unitId: await unitId(server, '58') } });
      expect(errorSummary(outside)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['unitId'] }]);
      const panel = await server.gql(CREATE, { input: { ...input, kind: 'PANEL' } });
      expect(errorSummary(panel)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['participants'] }]);

      const created = (await server.ok(CREATE, { input })).createCampaignActivity.activity;
      expect(created).toMatchObject({
        kind: 'POLICY_DIALOGUE',
        count: 3,
        participants: 450,
        fromYear: 2021,
        toYear: 2021,
        label: 'Đối thoại chính sách',
        unit: { code: '01417' },
      });
      await server.ok(
        `mutation($id: ID!) { updateCampaignActivity(input: { id: $id, count: 4, toYear: 2022 }) { activity { id } } }`,
        { id: created.id },
      );
      const totals = await server.ok(
        `query($c: ID!) { campaignActivityTotals(campaignId: $c) { kind count participants } }`,
        { c: campaign },
        { as: null },
      );
      expect(totals.campaignActivityTotals).toEqual([{ kind: 'POLICY_DIALOGUE', count: 4, participants: 450 }]);
      await server.ok(`mutation($id: ID!) { deleteCampaignActivity(input: { id: $id }) { id } }`, { id: created.id });
      const audit = await server.ok(
        `{ auditEvents(filter: { operation: "deleteCampaignActivity" }) { nodes { operation before } } }`,
        undefined,
        { as: users.admin },
      );
      expect(audit.auditEvents.nodes[0].before).toMatchObject({ count: 4, participants: 450 });
    });

    it('keeps exemplars and plans, with their rules', async () => {
      const exemplar = await server.ok(
        `mutation($c: ID!) { createExemplar(input: { campaignId: $c, kind: HOUSEHOLD, name: "Hộ ông Nông Văn Páo", replicated: true, replicationCount: 12, replicatedWhere: "Xã Sóc Hà" }) { exemplar { id replicated replicationCount } } }`,
        { c: campaign },
      );
      const id = exemplar.createExemplar.exemplar.id;
      const cleared = await server.ok(
        `mutation($id: ID!) { updateExemplar(input: { id: $id, replicated: false }) { exemplar { replicated replicationCount replicatedWhere } } }`,
        { id },
      );
      expect(cleared.updateExemplar.exemplar).toEqual({
        replicated: false,
        replicationCount: null,
        replicatedWhere: null,
      });
      const slip = await server.gql(
        `mutation($id: ID!) { updateExemplar(input: { id: $id, replicationCount: 3 }) { exemplar { id } } }`,
        { id },
      );
      expect(errorSummary(slip)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['replicated'] }]);
      const foreign = await server.gql(
        `mutation($id: ID!) { deleteExemplar(input: { id: $id }) { id } }`,
        { id },
        { as: users.staffKhanhHoa },
      );
      expect(errorSummary(foreign)[0]?.code).toBe('FORBIDDEN');
      await server.ok(`mutation($id: ID!) { deleteExemplar(input: { id: $id }) { id } }`, { id });
      expect((await server.ok(`query($id: ID!) { exemplar(id: $id) { id } }`, { id })).exemplar).toBeNull();

      const CREATE_PLAN = `mutation($input: CreateCampaignPlanInput!) { createCampaignPlan(input: $input) { plan { id minPointsPerYear maxPointsPerYear } } }`;
      const upside = await server.gql(CREATE_PLAN, {
        input: {
          campaignId: campaign,
          kind: 'POOR_RATE_REDUCTION',
          fromYear: 2021,
          toYear: 2025,
          minPointsPerYear: '4',
          maxPointsPerYear: '3',
        },
      });
      expect(errorSummary(upside)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['maxPointsPerYear'] }]);
      const mixed = await server.gql(CREATE_PLAN, {
        input: {
          campaignId: campaign,
          kind: 'MONEY_TO_RAISE',
          fromYear: 2021,
          toYear: 2025,
          moneyAmount: '1000',
          minPointsPerYear: '3',
        },
      });
      expect(errorSummary(mixed)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['minPointsPerYear'] }]);
      const plan = await server.ok(CREATE_PLAN, {
        input: {
          campaignId: campaign,
          kind: 'POOR_RATE_REDUCTION',
          fromYear: 2021,
          toYear: 2025,
          minPointsPerYear: '3',
          maxPointsPerYear: '4',
        },
      });
      expect(plan.createCampaignPlan.plan).toMatchObject({ minPointsPerYear: '3.00', maxPointsPerYear: '4.00' });
      const single = await server.ok(
        `mutation($id: ID!) { updateCampaignPlan(input: { id: $id, maxPointsPerYear: null }) { plan { maxPointsPerYear } } }`,
        { id: plan.createCampaignPlan.plan.id },
      );
      expect(single.updateCampaignPlan.plan.maxPointsPerYear).toBeNull();
      await server.ok(`mutation($id: ID!) { deleteCampaignPlan(input: { id: $id }) { id } }`, {
        id: plan.createCampaignPlan.plan.id,
      });
      expect((await server.ok(PLANS, { c: campaign })).campaignPlans).toEqual([]);
    });

    it('deletes a total with its parts', async () => {
      const before = await server.ok(
        `query($c: ID!) { reportedFigures(filter: { campaignId: $c }) { totalCount nodes { id label } } }`,
        { c: campaign },
      );
      const total = before.reportedFigures.nodes.find((f: { label: string }) => f.label === 'Tổng kinh phí');
      await server.ok(`mutation($id: ID!) { deleteReportedFigure(input: { id: $id }) { id } }`, { id: total.id });
      const after = await server.ok(`query($c: ID!) { reportedFigures(filter: { campaignId: $c }) { totalCount } }`, {
        c: campaign,
      });
      expect(after.reportedFigures.totalCount).toBe(before.reportedFigures.totalCount - 3);
    });
  });
});
