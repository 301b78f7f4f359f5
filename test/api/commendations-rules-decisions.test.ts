// The catalogue and its versioned eligibility rules (chosen by the proposal date), and decisions
// that move many nominations at once, all or none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { errorSummary } from '../support/fixtures.js';
import { advance, createNomination, decisionNumber, formId, STEP, uniqueName } from '../support/commendations.js';

const CHECK_INPUT = `query($input: EligibilityCheckInput!) {
  checkEligibility(input: $input) { eligible proposedOn checks { rule { code } passed reason } }
}`;

interface Report {
  checkEligibility: { eligible: boolean; checks: { rule: { code: string }; passed: boolean; reason: string }[] };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('the catalogue and eligibility rules', () => {
  const check = async (input: Record<string, unknown>) =>
    (await server.ok(CHECK_INPUT, { input }, { as: users.emulationCaoBang })) as Report;
  const codes = (r: Report) => r.checkEligibility.checks.map((c) => c.rule.code);

  it('publishes the catalogue with levels, recipient kinds and cash rewards; administrators edit it', async () => {
    const data = await server.ok(
      `{ commendationForms(limit: 100) { totalCount nodes { code name kind authority decidingLevel recipientKinds cashRewardMultiple collectiveCashRewardMultiple } } }`,
      undefined,
      { as: null },
    );
    expect(data.commendationForms.totalCount).toBeGreaterThanOrEqual(20);
    const byCode = Object.fromEntries(data.commendationForms.nodes.map((f: { code: string }) => [f.code, f]));
    expect(byCode['BK-TTG']).toEqual({
      code: 'BK-TTG',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      kind: 'CERTIFICATE_OF_MERIT',
      authority: 'PRIME_MINISTER',
      decidingLevel: 'NATION',
      recipientKinds: ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD', 'BUSINESS'],
      cashRewardMultiple: '1.00',
      collectiveCashRewardMultiple: '2.00',
    });
    expect(byCode['HC-LAO-DONG-3']).toMatchObject({ kind: 'ORDER', authority: 'STATE_PRESIDENT' });
    expect(byCode['GD-VAN-HOA']).toMatchObject({ recipientKinds: ['HOUSEHOLD'], decidingLevel: 'COMMUNE' });
    const found = await server.ok(`{ commendationForms(filter: { q: "bang khen thu tuong" }) { nodes { code } } }`);
    expect(found.commendationForms.nodes).toEqual([{ code: 'BK-TTG' }]);
    const forHouseholds = await server.ok(
      `{ commendationForms(filter: { recipientKind: HOUSEHOLD }, limit: 100) { nodes { code } } }`,
    );
    const householdCodes = forHouseholds.commendationForms.nodes.map((f: { code: string }) => f.code);
    expect(householdCodes).toContain('GD-VAN-HOA');
    expect(householdCodes).toContain('BK-TINH');
    expect(householdCodes).not.toContain('CO-TD-CP');

    const id = await formId(server, 'GK-XA');
    const edit = `mutation($id: ID!) { updateCommendationForm(input: { id: $id, cashRewardMultiple: "0.35" }) { form { cashRewardMultiple } } }`;
    expect(errorSummary(await server.gql(edit, { id }, { as: users.emulationCentral }))[0]?.code).toBe('FORBIDDEN');
    const edited = await server.ok(edit, { id }, { as: users.admin });
    expect(edited.updateCommendationForm.form.cashRewardMultiple).toBe('0.35');
  });

  it('judges a nomination by the rules in force on its proposal date', async () => {
    const form = await formId(server, 'BK-TTG');
    const individual = { formId: form, recipientKind: 'INDIVIDUAL' };
    // Before Decree 91/2017 nothing but the general principles applied.
    expect(codes(await check({ ...individual, proposedOn: '2016-05-01' }))).toEqual([
      'ALL-NO-DUPLICATE-2004',
      'ALL-NOT-DISCIPLINED-2004',
    ]);
    expect(codes(await check({ ...individual, proposedOn: '2020-05-01' }))).toEqual([
      'ALL-NO-DUPLICATE-2004',
      'ALL-NOT-DISCIPLINED-2004',
      'BK-TTG-CN-PRIOR-2017',
      'BK-TTG-CN-YEARS-2017',
    ]);
    // 2023-12-31 is the last day of the old version, 2024-01-01 the first of the new.
    expect(codes(await check({ ...individual, proposedOn: '2023-12-31' }))).toContain('BK-TTG-CN-YEARS-2017');
    const now = await check({ ...individual, proposedOn: '2025-03-01', excellentYears: [2021, 2022, 2023, 2024] });
    expect(codes(now)).toEqual([
      'ALL-NO-DUPLICATE-2004',
      'ALL-NOT-DISCIPLINED-2004',
      'BK-TTG-CN-PRIOR-2024',
      'BK-TTG-CN-YEARS-2024',
    ]);
    expect(now.checkEligibility.checks[3]).toMatchObject({
      passed: false,
      reason: 'Mới có 4 năm liên tục hoàn thành xuất sắc nhiệm vụ tính đến năm 2024; cần 5 năm',
    });
    const english = await server.ok(
      CHECK_INPUT,
      { input: { ...individual, proposedOn: '2025-03-01', excellentYears: [2020, 2021, 2022, 2023, 2024] } },
      { as: users.emulationCaoBang, locale: 'en' },
    );
    expect(english.checkEligibility.checks[3].reason).toBe('5 consecutive years of excellent results (2020–2024)');
    // The criteria for individuals do not bind households.
    const household = await check({ formId: form, recipientKind: 'HOUSEHOLD', proposedOn: '2025-03-01' });
    expect(household.checkEligibility.eligible).toBe(true);
    expect(codes(household)).toEqual(['ALL-NO-DUPLICATE-2004', 'ALL-NOT-DISCIPLINED-2004']);
  });

  it('takes a new version of a criterion from its first day, and drops it after its last', async () => {
    const provincial = await formId(server, 'BK-TINH');
    const create = `mutation($input: CreateCommendationRuleInput!) { createCommendationRule(input: $input) { rule { id code years form { code } } } }`;
    const bad = await server.gql(
      create,
      {
        input: {
          code: 'BK-TINH-PRIOR-2030',
          formId: provincial,
          condition: 'PRIOR_COMMENDATION',
          priorFormCodes: ['KHONG-CO'],
          effectiveFrom: '2030-01-01',
          description: 'Đã được tặng Giấy khen',
        },
      },
      { as: users.admin },
    );
    expect(errorSummary(bad)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['priorFormCodes'] }]);
    const made = await server.ok(
      create,
      {
        input: {
          code: 'BK-TINH-YEARS-2030',
          formId: provincial,
          recipientKinds: ['INDIVIDUAL'],
          condition: 'CONSECUTIVE_GOOD_YEARS',
          years: 2,
          effectiveFrom: '2030-01-01',
          description: 'Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
        },
      },
      { as: users.admin },
    );
    expect(made.createCommendationRule.rule).toMatchObject({
      code: 'BK-TINH-YEARS-2030',
      years: 2,
      form: { code: 'BK-TINH' },
    });
    const individual = { formId: provincial, recipientKind: 'INDIVIDUAL' };
    expect(codes(await check({ ...individual, proposedOn: '2029-12-31' }))).not.toContain('BK-TINH-YEARS-2030');
    const first = await check({ ...individual, proposedOn: '2030-01-01' });
    expect(first.checkEligibility.eligible).toBe(false);
    expect(codes(first)).toContain('BK-TINH-YEARS-2030');
    expect(
      (await check({ ...individual, proposedOn: '2030-01-01', excellentYears: [2028, 2029] })).checkEligibility
        .eligible,
    ).toBe(true);
    await server.ok(
      `mutation($id: ID!) { endCommendationRule(input: { id: $id, effectiveTo: "2030-12-31" }) { rule { effectiveTo } } }`,
      { id: made.createCommendationRule.rule.id },
      { as: users.admin },
    );
    expect(codes(await check({ ...individual, proposedOn: '2031-01-01' }))).not.toContain('BK-TINH-YEARS-2030');
    expect(codes(await check({ ...individual, proposedOn: '2030-12-31' }))).toContain('BK-TINH-YEARS-2030');
  });

  it('refuses a recipient under discipline and a second form for one achievement', async () => {
    const first = await createNomination(server, { kind: 'INDIVIDUAL', name: uniqueName('Lê Văn Kỷ') });
    const discipline = await server.ok(
      `mutation($id: ID!) { updateCommendationRecipient(input: { id: $id, disciplineUntil: "2026-12-31" }) { recipient { disciplineUntil } } }`,
      { id: first.recipient.id },
      { as: users.emulationCaoBang },
    );
    expect(discipline.updateCommendationRecipient.recipient.disciplineUntil).toBe('2026-12-31');
    const refused = await server.gql(STEP.submit, { id: first.id }, { as: users.emulationCaoBang });
    expect(errorSummary(refused)).toEqual([
      { code: 'BAD_USER_INPUT', fields: ['eligibility.ALL-NOT-DISCIPLINED-2004'] },
    ]);
    expect(refused.errors![0]!.message).toContain('Đang trong thời gian thi hành kỷ luật (đến ngày 31/12/2026)');
    await server.ok(
      `mutation($id: ID!) { updateCommendationRecipient(input: { id: $id, disciplineUntil: null }) { recipient { id } } }`,
      { id: first.recipient.id },
      { as: users.emulationCaoBang },
    );
    await server.ok(STEP.submit, { id: first.id }, { as: users.emulationCaoBang });

    // The same achievement (recipient and campaign) for another form.
    const second = await createNomination(server, {
      form: 'GK-XA',
      recipientId: first.recipient.id,
      proposingUnit: '01417',
    });
    const duplicate = await server.ok(
      `query($id: ID!) { checkEligibility(nominationId: $id) { eligible checks { rule { code } passed reason } } }`,
      { id: second.id },
      { as: users.emulationCaoBang },
    );
    expect(duplicate.checkEligibility.eligible).toBe(false);
    expect(duplicate.checkEligibility.checks[0].reason).toContain(
      `đã được đề nghị Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (hồ sơ số ${first.id}); một thành tích chỉ được khen một hình thức`,
    );
    // Once the first is rejected, the achievement is free again.
    await server.ok(STEP.reject, { id: first.id }, { as: users.councilCaoBang });
    await server.ok(STEP.submit, { id: second.id }, { as: users.emulationCaoBang });
  });
});

describe('decisions', () => {
  const statuses = async (ids: string[]) => {
    const out: string[] = [];
    for (const id of ids) {
      const data = await server.ok(`query($id: ID!) { nomination(id: $id) { status } }`, { id }, { as: users.auditor });
      out.push(data.nomination.status);
    }
    return out;
  };

  it('moves every nomination of a decision, or none, naming each one at fault', async () => {
    const [a, b, c] = [await createNomination(server), await createNomination(server), await createNomination(server)];
    await advance(server, a.id, 'FORWARDED');
    await advance(server, b.id, 'FORWARDED');
    await advance(server, c.id, 'SUBMITTED');
    const number = decisionNumber();
    const refused = await server.gql(STEP.decide, { ids: [a.id, b.id, c.id], n: number }, { as: users.councilCaoBang });
    expect(errorSummary(refused)).toEqual([{ code: 'CONFLICT', fields: ['nominationIds.2'] }]);
    expect(refused.errors![0]!.message).toContain(
      `Hồ sơ số ${c.id} (${c.recipient.name}) đang ở trạng thái "đã trình"`,
    );
    expect(await statuses([a.id, b.id, c.id])).toEqual(['FORWARDED', 'FORWARDED', 'SUBMITTED']);

    // The submitter of a nomination cannot decide it, even at the right level.
    const own = await server.gql(STEP.decide, { ids: [a.id, b.id], n: number }, { as: users.emulationCaoBang });
    expect(errorSummary(own)[0]?.code).toBe('FORBIDDEN');
    expect(own.errors![0]!.message).toContain(`hồ sơ số ${a.id}`);

    const done = await server.ok(STEP.decide, { ids: [a.id, b.id], n: number }, { as: users.councilCaoBang });
    expect(done.recordCommendationDecision.decision).toMatchObject({
      number,
      commendations: [
        { id: a.id, status: 'DECIDED' },
        { id: b.id, status: 'DECIDED' },
      ],
    });
    expect(await statuses([a.id, b.id])).toEqual(['DECIDED', 'DECIDED']);
    // Decided, not yet published: the decision is the board's, not the public's, for now.
    const lookup = `query($id: ID!) { commendationDecision(id: $id) { number } }`;
    const decisionId = done.recordCommendationDecision.decision.id;
    expect((await server.ok(lookup, { id: decisionId }, { as: null })).commendationDecision).toBeNull();
    expect((await server.ok(lookup, { id: decisionId }, { as: users.auditor })).commendationDecision).toEqual({
      number,
    });

    await server.ok(STEP.review, { id: c.id }, { as: users.councilCaoBang });
    await server.ok(STEP.forward, { id: c.id }, { as: users.councilCaoBang });
    const again = await server.gql(STEP.decide, { ids: [c.id], n: number }, { as: users.councilCaoBang });
    expect(errorSummary(again)).toEqual([{ code: 'CONFLICT', fields: ['number'] }]);
    const unknown = await server.gql(
      STEP.decide,
      { ids: ['999999'], n: decisionNumber() },
      { as: users.councilCaoBang },
    );
    expect(errorSummary(unknown)).toEqual([{ code: 'NOT_FOUND', fields: ['nominationIds.0'] }]);
  });

  it('lets one authority decide only its own forms: one decision, one level', async () => {
    // A household needs no prior Bằng khen for the Prime Minister's.
    const national = await createNomination(server, {
      form: 'BK-TTG',
      kind: 'HOUSEHOLD',
      name: uniqueName('Hộ bà Triệu Thị'),
    });
    const provincial = await createNomination(server);
    await advance(server, national.id, 'FORWARDED', true);
    await advance(server, provincial.id, 'FORWARDED');
    const ids = [national.id, provincial.id];
    const byCentre = await server.gql(STEP.decide, { ids, n: decisionNumber() }, { as: users.emulationCentral });
    expect(errorSummary(byCentre)[0]?.code).toBe('FORBIDDEN');
    expect(byCentre.errors![0]!.message).toContain(`hồ sơ số ${provincial.id}`);
    const byProvince = await server.gql(STEP.decide, { ids, n: decisionNumber() }, { as: users.councilCaoBang });
    expect(errorSummary(byProvince)[0]?.code).toBe('FORBIDDEN');
    expect(byProvince.errors![0]!.message).toContain(`hồ sơ số ${national.id}`);
    expect(await statuses(ids)).toEqual(['FORWARDED', 'FORWARDED']);
    await server.ok(STEP.decide, { ids: [national.id], n: decisionNumber() }, { as: users.emulationCentral });
    await server.ok(STEP.decide, { ids: [provincial.id], n: decisionNumber() }, { as: users.councilCaoBang });
    expect(await statuses(ids)).toEqual(['DECIDED', 'DECIDED']);
  });
});
