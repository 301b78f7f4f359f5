// Nominations through their state machine: the done-when path of issue 7 (the Prime Minister's
// Bằng khen refused without a prior provincial one, then every step by the right role and
// FORBIDDEN to the wrong ones), and every step tried from every status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { errorSummary } from '../support/fixtures.js';
import {
  actorFor,
  advance,
  createNomination,
  STEP,
  stepVariables,
  uniqueName,
  type Step,
} from '../support/commendations.js';

const CHECK = `query($id: ID!) { checkEligibility(nominationId: $id) { eligible proposedOn checks { rule { code condition } passed reason } } }`;

interface Check {
  rule: { code: string; condition: string };
  passed: boolean;
  reason: string;
}

describe('nominations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  const statusOf = async (id: string) =>
    (await server.ok(`query($id: ID!) { nomination(id: $id) { status } }`, { id }, { as: users.auditor })).nomination
      .status as string;

  it('refuses the Prime Minister’s Bằng khen without a prior provincial one; with one, each step by its role', async () => {
    const years = [2021, 2022, 2023, 2024, 2025];
    const pm = await createNomination(server, {
      form: 'BK-TTG',
      kind: 'INDIVIDUAL',
      name: uniqueName('Hoàng Thị Thu'),
      campaign: 'VNN-2021-2025',
      proposedOn: '2026-03-02',
      excellentYears: years,
    });
    const before = await server.ok(CHECK, { id: pm.id }, { as: users.emulationCaoBang });
    expect(before.checkEligibility.eligible).toBe(false);
    const checks = before.checkEligibility.checks as Check[];
    expect(checks.map((c) => [c.rule.code, c.passed])).toEqual([
      ['ALL-NO-DUPLICATE-2004', true],
      ['ALL-NOT-DISCIPLINED-2004', true],
      ['BK-TTG-CN-PRIOR-2024', false],
      ['BK-TTG-CN-YEARS-2024', true],
    ]);
    const prior = checks.find((c) => c.rule.condition === 'PRIOR_COMMENDATION')!;
    expect(prior.reason).toContain('Chưa được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    const refused = await server.gql(STEP.submit, { id: pm.id }, { as: users.emulationCaoBang });
    expect(errorSummary(refused)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['eligibility.BK-TTG-CN-PRIOR-2024'] }]);
    expect(refused.errors![0]!.message).toContain('Chưa được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(await statusOf(pm.id)).toBe('DRAFT');

    // The provincial Bằng khen first (decided before the proposal date of the national one).
    const provincial = await createNomination(server, {
      form: 'BK-TINH',
      recipientId: pm.recipient.id,
      campaign: 'CB-2016-2020',
      proposedOn: '2025-05-02',
    });
    for (const step of ['submit', 'review', 'forward', 'decide'] as Step[]) {
      const vars = { ...stepVariables(step, provincial.id), on: step === 'decide' ? '2025-06-01' : '2025-05-20' };
      await server.ok(STEP[step], vars, { as: actorFor(step) });
    }
    const after = await server.ok(CHECK, { id: pm.id }, { as: users.emulationCaoBang });
    expect(after.checkEligibility.eligible).toBe(true);
    const priorNow = (after.checkEligibility.checks as Check[]).find((c) => c.rule.condition === 'PRIOR_COMMENDATION')!;
    expect(priorNow.reason).toMatch(
      /^Đã được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh \(Quyết định số .* ngày 01\/06\/2025\)$/,
    );

    const path: { step: Step; refused: [string, string][]; by: string; then: string }[] = [
      {
        step: 'submit',
        refused: [
          [users.staffCaoBang, 'FORBIDDEN'],
          [users.auditor, 'FORBIDDEN'],
          [users.emulationKhanhHoa, 'NOT_FOUND'],
        ],
        by: users.emulationCaoBang,
        then: 'SUBMITTED',
      },
      {
        step: 'review',
        refused: [
          [users.emulationCaoBang, 'FORBIDDEN'], // the submitter cannot approve their own
          [users.staffCaoBang, 'FORBIDDEN'],
          [users.admin, 'FORBIDDEN'],
        ],
        by: users.councilCaoBang,
        then: 'REVIEWED',
      },
      {
        step: 'forward',
        refused: [
          [users.emulationCaoBang, 'FORBIDDEN'],
          [users.developer, 'FORBIDDEN'],
        ],
        by: users.councilCaoBang,
        then: 'FORWARDED',
      },
      {
        step: 'decide',
        refused: [
          [users.councilCaoBang, 'FORBIDDEN'], // a province does not decide the Prime Minister's awards
          [users.emulationCaoBang, 'FORBIDDEN'],
          [users.emulationKhanhHoa, 'NOT_FOUND'],
          [users.staffCaoBang, 'FORBIDDEN'],
        ],
        by: users.emulationCentral,
        then: 'DECIDED',
      },
      {
        step: 'confer',
        refused: [
          [users.staffCaoBang, 'FORBIDDEN'],
          [users.auditor, 'FORBIDDEN'],
        ],
        by: users.emulationCaoBang,
        then: 'CONFERRED',
      },
      {
        step: 'publish',
        refused: [
          [users.emulationCaoBang, 'FORBIDDEN'], // publishing belongs to the conferring level
          [users.councilCaoBang, 'FORBIDDEN'],
          [users.admin, 'FORBIDDEN'],
        ],
        by: users.emulationCentral,
        then: 'PUBLISHED',
      },
    ];
    const publicView = `query($r: ID!) { commendations(filter: { recipientId: $r }) { nodes { status form { code } } } }`;
    for (const { step, refused: wrong, by, then } of path) {
      const vars = stepVariables(step, pm.id);
      for (const [as, code] of wrong) {
        expect(errorSummary(await server.gql(STEP[step], vars, { as }))[0]?.code, `${step} as ${as}`).toBe(code);
      }
      await server.ok(STEP[step], vars, { as: by });
      expect(await statusOf(pm.id), step).toBe(then);
      if (step === 'decide') {
        // Decided, not published: the board sees it in the registry, the public does not.
        expect((await server.ok(publicView, { r: pm.recipient.id }, { as: null })).commendations.nodes).toEqual([]);
        const board = await server.ok(publicView, { r: pm.recipient.id }, { as: users.emulationCaoBang });
        expect(board.commendations.nodes).toHaveLength(2);
      }
    }

    const done = await server.ok(
      `query($id: ID!) { nomination(id: $id) { transitions { fromStatus toStatus actorLabel } history { operation } decision { number authority } conferringUnit { code } } }`,
      { id: pm.id },
      { as: users.auditor },
    );
    expect(done.nomination.conferringUnit.code).toBe('VN');
    expect(
      done.nomination.transitions.map(
        (t: { fromStatus: string | null; toStatus: string; actorLabel: string }) =>
          `${t.fromStatus ?? '∅'} → ${t.toStatus} by ${t.actorLabel}`,
      ),
    ).toEqual([
      `∅ → DRAFT by ${users.emulationCaoBang}`,
      `DRAFT → SUBMITTED by ${users.emulationCaoBang}`,
      `SUBMITTED → REVIEWED by ${users.councilCaoBang}`,
      `REVIEWED → FORWARDED by ${users.councilCaoBang}`,
      `FORWARDED → DECIDED by ${users.emulationCentral}`,
      `DECIDED → CONFERRED by ${users.emulationCaoBang}`,
      `CONFERRED → PUBLISHED by ${users.emulationCentral}`,
    ]);
    const operations = new Set(done.nomination.history.map((h: { operation: string }) => h.operation));
    for (const op of [
      'createNomination',
      'submitNomination',
      'reviewNomination',
      'forwardNomination',
      'recordCommendationDecision',
      'conferCommendation',
      'publishCommendation',
    ]) {
      expect(operations, op).toContain(op);
    }
    const published = await server.ok(publicView, { r: pm.recipient.id }, { as: null });
    expect(published.commendations.nodes).toEqual([{ status: 'PUBLISHED', form: { code: 'BK-TTG' } }]);
  });

  it('allows each step only from the statuses it starts from, and refuses the others with CONFLICT', async () => {
    const statuses = [
      'DRAFT',
      'SUBMITTED',
      'REVIEWED',
      'FORWARDED',
      'DECIDED',
      'CONFERRED',
      'PUBLISHED',
      'REJECTED',
      'RETURNED',
    ];
    const steps: Step[] = ['update', 'submit', 'review', 'forward', 'reject', 'return', 'decide', 'confer', 'publish'];
    const allowed: Record<string, Partial<Record<Step, string>>> = {
      DRAFT: { update: 'DRAFT', submit: 'SUBMITTED' },
      SUBMITTED: { review: 'REVIEWED', reject: 'REJECTED', return: 'RETURNED' },
      REVIEWED: { forward: 'FORWARDED', reject: 'REJECTED', return: 'RETURNED' },
      FORWARDED: { decide: 'DECIDED', reject: 'REJECTED', return: 'RETURNED' },
      DECIDED: { confer: 'CONFERRED' },
      CONFERRED: { publish: 'PUBLISHED' },
      PUBLISHED: {},
      REJECTED: {},
      // Returned: corrected and submitted again.
      RETURNED: { update: 'RETURNED', submit: 'SUBMITTED' },
    };
    const seen: string[] = [];
    for (const status of statuses) {
      const probe = await createNomination(server);
      await advance(server, probe.id, status);
      expect(await statusOf(probe.id)).toBe(status);
      for (const step of steps) {
        const to = allowed[status]![step];
        if (to) {
          const fresh = await createNomination(server);
          await advance(server, fresh.id, status);
          const ok = await server.gql(STEP[step], stepVariables(step, fresh.id), { as: actorFor(step) });
          expect(ok.errors, `${step} from ${status}: ${JSON.stringify(ok.errors)}`).toBeUndefined();
          expect(await statusOf(fresh.id), `${step} from ${status}`).toBe(to);
          seen.push(`${status} -${step}-> ${to}`);
        } else {
          const refused = await server.gql(STEP[step], stepVariables(step, probe.id), { as: actorFor(step) });
          expect(errorSummary(refused)[0]?.code, `${step} from ${status}`).toBe('CONFLICT');
        }
      }
      expect(await statusOf(probe.id), `refused steps leave a ${status} nomination as it was`).toBe(status);
    }
    expect(seen).toHaveLength(15);
  }, 240_000);

  it('rejects a nomination the council does not carry, and keeps the vote', async () => {
    const nomination = await createNomination(server);
    await server.ok(STEP.submit, { id: nomination.id }, { as: users.emulationCaoBang });
    const tooMany = await server.gql(
      STEP.review,
      { id: nomination.id, for: 6, against: 3 },
      { as: users.councilCaoBang },
    );
    expect(errorSummary(tooMany)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['votesFor'] }]);
    const vote = await server.ok(STEP.review, { id: nomination.id, for: 3, against: 4 }, { as: users.councilCaoBang });
    expect(vote.reviewNomination.nomination).toMatchObject({
      status: 'REJECTED',
      reason: 'Hội đồng không thông qua: 3/7 thành viên có mặt tán thành',
      council: { approved: false, votesFor: 3 },
    });
  });

  it('hides nominations from other provinces’ boards and from the public graph', async () => {
    const nomination = await createNomination(server);
    const other = await server.gql(
      `query($id: ID!) { nomination(id: $id) { id } }`,
      { id: nomination.id },
      {
        as: users.emulationKhanhHoa,
      },
    );
    expect(other.data).toEqual({ nomination: null });
    const anonymous = await server.gql(
      `query($id: ID!) { nomination(id: $id) { id } }`,
      { id: nomination.id },
      { as: null },
    );
    expect(errorSummary(anonymous)[0]?.code).toBe('UNAUTHENTICATED');
    const mine = await server.ok(`{ nominations(filter: { status: [DRAFT] }) { totalCount } }`, undefined, {
      as: users.emulationKhanhHoa,
    });
    expect(mine.nominations.totalCount).toBe(0);
  });

  // The board's work queue on the server (nominations(filter: { awaitingMe: true })): each member
  // sees exactly the nominations they may move now — never their own submission to review, never a
  // level they do not decide for, nothing finished.
  describe('what waits for me', () => {
    const at: Record<string, string> = {};
    beforeAll(async () => {
      // One nomination of the Cao Bằng board at each point of the way (the provincial Bằng khen,
      // decided in Cao Bằng), and one for the Front Central Committee's, forwarded to the centre.
      for (const status of ['DRAFT', 'SUBMITTED', 'FORWARDED', 'DECIDED', 'CONFERRED', 'PUBLISHED', 'RETURNED']) {
        const nomination = await createNomination(server);
        await advance(server, nomination.id, status);
        at[status] = nomination.id;
      }
      const national = await createNomination(server, { form: 'BK-MTTW' });
      await advance(server, national.id, 'FORWARDED', true);
      at.NATIONAL_FORWARDED = national.id;
    });
    /** The statuses (our names for them) of our nominations in someone's queue. */
    async function queueOf(email: string): Promise<string[]> {
      const data = await server.ok(
        `{ nominations(filter: { awaitingMe: true }, limit: 100) { nodes { id } } }`,
        undefined,
        { as: email },
      );
      const ids = new Set(data.nominations.nodes.map((n: { id: string }) => n.id));
      return Object.keys(at)
        .filter((name) => ids.has(at[name]!))
        .sort();
    }

    it('gives the member who submitted their drafts, returned, decided and conferred ones — not what they submitted', async () => {
      expect(await queueOf(users.emulationCaoBang)).toEqual(['CONFERRED', 'DECIDED', 'DRAFT', 'RETURNED']);
    });

    it('gives the council member the submissions to review, the provincial decisions and publishing', async () => {
      expect(await queueOf(users.councilCaoBang)).toEqual([
        'CONFERRED',
        'DECIDED',
        'DRAFT',
        'FORWARDED',
        'RETURNED',
        'SUBMITTED',
      ]);
    });

    it('gives the central board only what is forwarded to the national level, not the provinces’ own files', async () => {
      expect(await queueOf(users.emulationCentral)).toEqual(['NATIONAL_FORWARDED']);
    });

    it('gives other provinces’ boards and auditors nothing', async () => {
      expect(await queueOf(users.emulationKhanhHoa)).toEqual([]);
      expect(await queueOf(users.auditor)).toEqual([]);
    });
  });
});
