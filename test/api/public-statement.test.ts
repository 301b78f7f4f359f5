import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { errorSummary } from '../support/fixtures.js';
import { donationInput, fundId, RECORD_DONATION } from '../support/money.js';
import { users } from '../support/server.js';

const STATEMENT = `query($filter: StatementFilter!, $first: Int, $after: String) {
  publicStatement(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { date amount channel donorName bankReference receiptNumber description }
    pageInfo { endCursor hasNextPage }
  }
}`;

describe('the public statement (sao kê)', () => {
  let server: TestServer;
  let haQuang: string;
  beforeAll(async () => {
    server = await startTestServer();
    haQuang = await fundId(server, 'QVNN-HA-QUANG');
  });
  afterAll(() => server?.close());

  it('lists a fund’s receipts to anyone, naming donors only with consent', async () => {
    const data = await server.ok(STATEMENT, { filter: { fundId: haQuang } });
    const lines = data.publicStatement.nodes;
    expect(data.publicStatement.totalCount).toBe(5);
    expect(lines.map((l: { date: string }) => l.date)).toEqual([
      '2020-06-30',
      '2019-10-17',
      '2018-10-17',
      '2017-10-17',
      '2016-10-17',
    ]);
    expect(lines.reduce((sum: bigint, l: { amount: string }) => sum + BigInt(l.amount), 0n)).toBe(3_935_745_000n);
    expect(lines.find((l: { date: string }) => l.date === '2018-10-17').donorName).toBe('Nguyễn Văn An');
    expect(lines.find((l: { date: string }) => l.date === '2020-06-30').donorName).toBe('Nhà hảo tâm ẩn danh');
    expect(JSON.stringify(data)).not.toContain('Trần Thị Bình');
  });

  it('searches public names and descriptions without diacritics, and never a hidden name', async () => {
    const named = await server.ok(STATEMENT, { filter: { fundId: haQuang, q: 'nguyen van an' } });
    expect(named.publicStatement.nodes.map((l: { date: string }) => l.date)).toEqual(['2018-10-17']);
    const hidden = await server.ok(STATEMENT, { filter: { fundId: haQuang, q: 'tran thi binh' } });
    expect(hidden.publicStatement).toMatchObject({ totalCount: 0, nodes: [] });
    const described = await server.ok(STATEMENT, { filter: { fundId: haQuang, q: 'ngay vi nguoi ngheo 2019' } });
    expect(described.publicStatement.nodes.map((l: { date: string }) => l.date)).toEqual(['2019-10-17']);
  });

  it('finds a line when some words are in the public name and the others in the description', async () => {
    const line = (await server.ok(STATEMENT, { filter: { fundId: haQuang, q: 'nguyen van an' } })).publicStatement
      .nodes[0];
    const word = (line.description as string)
      .split(/\s+/)
      .find((w) => w.length > 3)!
      .toLowerCase();
    const mixed = await server.ok(STATEMENT, { filter: { fundId: haQuang, q: `an ${word} nguyen` } });
    expect(mixed.publicStatement).toMatchObject({ totalCount: 1, nodes: [{ date: '2018-10-17' }] });
    const hiddenMixed = await server.ok(STATEMENT, { filter: { fundId: haQuang, q: `binh ${word}` } });
    expect(hiddenMixed.publicStatement).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('filters by exact amount, range, dates and reference', async () => {
    const exact = await server.ok(STATEMENT, { filter: { fundId: haQuang, amount: '790000000' } });
    expect(exact.publicStatement.totalCount).toBe(2);
    const range = await server.ok(STATEMENT, {
      filter: { fundId: haQuang, amountMin: '785500000', amountMax: '789999999' },
    });
    expect(range.publicStatement.nodes.map((l: { amount: string }) => l.amount)).toEqual(['785745000']);
    const dates = await server.ok(STATEMENT, { filter: { fundId: haQuang, from: '2017-01-01', to: '2018-12-31' } });
    expect(dates.publicStatement.totalCount).toBe(2);
    const receipt = dates.publicStatement.nodes[0].receiptNumber;
    const byReference = await server.ok(STATEMENT, { filter: { fundId: haQuang, reference: receipt } });
    expect(byReference.publicStatement.nodes.map((l: { receiptNumber: string }) => l.receiptNumber)).toEqual([receipt]);
  });

  it('pages by keyset cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = (await server.ok(STATEMENT, { filter: { fundId: haQuang }, first: 2, after })).publicStatement;
      seen.push(...page.nodes.map((l: { receiptNumber: string }) => l.receiptNumber));
      after = page.pageInfo.endCursor;
      pages++;
      expect(page.pageInfo.hasNextPage).toBe(after !== null);
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    const bad = await server.gql(STATEMENT, { filter: { fundId: haQuang }, after: 'not-a-cursor' });
    expect(errorSummary(bad)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['after'] }]);
    const none = await server.gql(STATEMENT, { filter: {} });
    expect(errorSummary(none)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['fundId'] }]);
  });

  it('counts only when asked', async () => {
    server.queries.length = 0;
    await server.ok(`query($f: ID!) { publicStatement(filter: { fundId: $f }) { nodes { date } } }`, { f: haQuang });
    expect(server.queries.some((q) => /count\(\*\)/i.test(q))).toBe(false);
  });

  it('shows where the money went, by unit and purpose, with allocations and reversals netted out', async () => {
    const went = await server.ok(
      `query($f: ID!) { whereMoneyWent(filter: { fundId: $f }) { support { unitName purpose cash inKindValue grants households } allocations { fundName amount } } }`,
      {
        f: haQuang,
      },
    );
    expect(went.whereMoneyWent).toEqual({
      support: [
        {
          unitName: 'Huyện Hà Quảng',
          purpose: 'HOUSE_REPAIR',
          cash: '3935745000',
          inKindValue: '0',
          grants: 1,
          households: 114,
        },
      ],
      allocations: [],
    });
    const cows = await server.ok(`{ campaign(code: "BA-406-DA") { id } }`);
    const byCampaign = await server.ok(
      `query($c: ID!) { whereMoneyWent(filter: { campaignId: $c }) { support { purpose cash inKindValue households } } }`,
      { c: cows.campaign.id },
    );
    expect(byCampaign.whereMoneyWent.support).toEqual([
      // Đề án 406/ĐA: 1.000 cows for 750 households.
      { purpose: 'PRODUCTION', cash: '0', inKindValue: '19000000000', households: 750 },
    ]);

    const staff = { as: users.staffKhanhHoa };
    const ninhThuan = await fundId(server, 'QVNN-NINH-THUAN');
    const bacAi = await fundId(server, 'QVNN-BAC-AI');
    await server.ok(RECORD_DONATION, { input: donationInput(ninhThuan, { amount: '9000000' }) }, staff);
    const allocate = `mutation($k: String!, $a: Money!) { allocateFunds(input: { idempotencyKey: $k, fromFundId: "${ninhThuan}", toFundId: "${bacAi}", amount: $a, entryDate: "2025-10-20" }) { entry { id } } }`;
    await server.ok(allocate, { k: 'went-1', a: '5000000' }, staff);
    const second = await server.ok(allocate, { k: 'went-2', a: '3000000' }, staff);
    await server.ok(
      `mutation($id: ID!) { reverseLedgerEntry(input: { idempotencyKey: "went-rev", entryId: $id, reason: "Phân bổ nhầm" }) { reversal { id } } }`,
      { id: second.allocateFunds.entry.id },
      staff,
    );
    const fromNinhThuan = await server.ok(
      `query($f: ID!) { whereMoneyWent(filter: { fundId: $f }) { allocations { fundName amount } } }`,
      { f: ninhThuan },
    );
    expect(fromNinhThuan.whereMoneyWent.allocations).toEqual([
      { fundName: expect.stringContaining('Bác Ái'), amount: '5000000' },
    ]);
  });
});
