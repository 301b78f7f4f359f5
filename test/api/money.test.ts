import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, errorSummary } from '../support/fixtures.js';
import { donationInput, fundId, fundTotals, RECORD_DONATION } from '../support/money.js';

describe('funds, the ledger and donations', () => {
  let server: TestServer;
  let ninhThuan: string;
  let bacAi: string;
  let caoBang: string;
  let cows: string;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.staffKhanhHoa });
    ninhThuan = await fundId(server, 'QVNN-NINH-THUAN');
    bacAi = await fundId(server, 'QVNN-BAC-AI');
    caoBang = await fundId(server, 'QVNN-CAO-BANG');
    cows = await campaignId(server, 'BA-406-DA');
  });
  afterAll(() => server?.close());

  it('records 19.000.000.000 ₫ for the Bác Ái cow project exactly, and a reversal restores the balance', async () => {
    const before = await fundTotals(server, ninhThuan);
    const recorded = await server.ok(RECORD_DONATION, {
      input: donationInput(ninhThuan, {
        campaignId: cows,
        channel: 'BANK_TRANSFER',
        amount: '19000000000',
        bankReference: 'FT25290000001',
      }),
    });
    const donation = recorded.recordDonation.donation;
    expect(donation).toMatchObject({
      amount: '19000000000',
      status: 'RECEIVED',
      entry: { amount: '19000000000', medium: 'CASH' },
    });
    expect(donation.receiptNumber).toMatch(/^QVNN-NINH-THUAN-2025-\d{6}$/);
    const after = await fundTotals(server, ninhThuan);
    expect(BigInt(after.balance) - BigInt(before.balance)).toBe(19_000_000_000n);
    const raised = await server.ok(`query($id: ID!) { campaign(id: $id) { raised { cash target percentOfTarget } } }`, {
      id: cows,
    });
    expect(raised.campaign.raised).toEqual({ cash: '19000000000', target: '19000000000', percentOfTarget: '100.00' });

    const reversal = await server.ok(
      `mutation($id: ID!) { reverseLedgerEntry(input: { idempotencyKey: "rev-cows-1", entryId: $id, reason: "Ghi nhầm quỹ" }) { reversal { kind amount description reverses { id reversedBy { id } } } } }`,
      { id: donation.entry.id },
    );
    expect(reversal.reverseLedgerEntry.reversal).toMatchObject({
      kind: 'REVERSAL',
      amount: '-19000000000',
      description: 'Ghi nhầm quỹ',
      reverses: { id: donation.entry.id },
    });
    expect((await fundTotals(server, ninhThuan)).balance).toBe(before.balance);
    const ledger = await server.ok(
      `query($f: ID!) { ledgerEntries(filter: { fundId: $f }) { nodes { id kind amount } } }`,
      { f: ninhThuan },
    );
    expect(ledger.ledgerEntries.nodes.slice(0, 2)).toEqual([
      { id: expect.any(String), kind: 'REVERSAL', amount: '-19000000000' },
      { id: donation.entry.id, kind: 'RECEIPT', amount: '19000000000' },
    ]);
    const status = await server.ok(`query($id: ID!) { donation(id: $id) { status } }`, { id: donation.id });
    expect(status.donation.status).toBe('REVERSED');
    const again = await server.gql(
      `mutation($id: ID!) { reverseLedgerEntry(input: { idempotencyKey: "rev-cows-2", entryId: $id, reason: "lần nữa" }) { reversal { id } } }`,
      { id: donation.entry.id },
    );
    expect(errorSummary(again)).toEqual([{ code: 'CONFLICT', fields: ['entryId'] }]);
  });

  it('refuses to edit or delete a posted entry, in the database itself', async () => {
    const em = server.app.orm.em.fork();
    await expect(em.execute(`update ledger_entry set amount = amount + 1`)).rejects.toThrow(/append-only/);
    await expect(em.execute(`delete from ledger_entry`)).rejects.toThrow(/append-only/);
    await expect(em.execute(`truncate ledger_entry cascade`)).rejects.toThrow(/append-only/);
  });

  it('records 50 identical concurrent calls once, and answers each the same', async () => {
    const input = donationInput(ninhThuan, { amount: '250000', note: 'Ủng hộ Tết' });
    const results = await Promise.all(Array.from({ length: 50 }, () => server.gql<any>(RECORD_DONATION, { input })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const ids = new Set(results.map((r) => r.data.recordDonation.donation.receiptNumber));
    expect(ids.size).toBe(1);
    const found = await server.ok(`query($ref: String!) { donations(filter: { reference: $ref }) { totalCount } }`, {
      ref: [...ids][0],
    });
    expect(found.donations.totalCount).toBe(1);
    const changed = await server.gql(RECORD_DONATION, { input: { ...input, amount: '260000' } });
    expect(errorSummary(changed)).toEqual([{ code: 'CONFLICT', fields: ['idempotencyKey'] }]);
  });

  it('never posts a bank reference to a fund twice, and numbers receipts in sequence', async () => {
    const first = await server.ok(RECORD_DONATION, {
      input: donationInput(ninhThuan, {
        channel: 'BANK_TRANSFER',
        bankReference: 'FT25290000777',
        donatedOn: '2024-11-18',
      }),
    });
    const twice = await server.gql(RECORD_DONATION, {
      input: donationInput(ninhThuan, {
        channel: 'BANK_TRANSFER',
        bankReference: 'FT25290000777',
        donatedOn: '2024-11-18',
      }),
    });
    expect(errorSummary(twice)).toEqual([{ code: 'CONFLICT', fields: ['bankReference'] }]);
    const second = await server.ok(RECORD_DONATION, { input: donationInput(ninhThuan, { donatedOn: '2024-11-19' }) });
    const seq = (n: string) => Number(n.slice(-6));
    expect(first.recordDonation.donation.receiptNumber).toMatch(/-2024-/);
    expect(seq(second.recordDonation.donation.receiptNumber)).toBe(
      seq(first.recordDonation.donation.receiptNumber) + 1,
    );
  });

  it('keeps goods in kind out of cash, and reports them by unit', async () => {
    const before = await fundTotals(server, bacAi);
    const raisedBefore = (
      await server.ok(`query($id: ID!) { campaign(id: $id) { raised { inKindValue } } }`, { id: cows })
    ).campaign.raised;
    const gift = await server.ok(RECORD_DONATION, {
      input: donationInput(bacAi, {
        campaignId: cows,
        channel: 'IN_KIND',
        amount: '19000000000',
        inKind: { quantity: '1000', unit: 'con bò' },
      }),
    });
    expect(gift.recordDonation.donation.entry.medium).toBe('IN_KIND');
    const after = await fundTotals(server, bacAi);
    expect(after.balance).toBe(before.balance);
    expect(after.received).toBe(before.received);
    // The demo data already gave its 1.000 cows away, so the fund holds exactly these.
    expect(after.goodsOnHand.find((g: { unit: string }) => g.unit === 'con bò')).toEqual({
      unit: 'con bò',
      quantity: '1000',
      value: '19000000000',
    });
    const raised = await server.ok(`query($id: ID!) { campaign(id: $id) { raised { inKindValue } } }`, { id: cows });
    expect(BigInt(raised.campaign.raised.inKindValue) - BigInt(raisedBefore.inKindValue)).toBe(19_000_000_000n);
  });

  it('allocates down to a lower fund atomically, and never below zero', async () => {
    await server.ok(RECORD_DONATION, { input: donationInput(ninhThuan, { amount: '5000000' }) });
    const source = await fundTotals(server, ninhThuan);
    const target = await fundTotals(server, bacAi);
    const allocation = await server.ok(
      `mutation($from: ID!, $to: ID!) { allocateFunds(input: { idempotencyKey: "alloc-1", fromFundId: $from, toFundId: $to, amount: "3000000", entryDate: "2025-10-20", documentRef: "12/QĐ-MTTQ" }) {
        entry { kind amount counterpart { kind amount } } } }`,
      { from: ninhThuan, to: bacAi },
    );
    expect(allocation.allocateFunds.entry).toEqual({
      kind: 'ALLOCATION_OUT',
      amount: '-3000000',
      counterpart: { kind: 'ALLOCATION_IN', amount: '3000000' },
    });
    expect(BigInt((await fundTotals(server, ninhThuan)).balance)).toBe(BigInt(source.balance) - 3_000_000n);
    expect(BigInt((await fundTotals(server, bacAi)).allocatedIn)).toBe(BigInt(target.allocatedIn) + 3_000_000n);

    const tooMuch = await server.gql(
      `mutation($from: ID!, $to: ID!) { allocateFunds(input: { idempotencyKey: "alloc-2", fromFundId: $from, toFundId: $to, amount: "999000000000000", entryDate: "2025-10-20" }) { entry { id } } }`,
      { from: ninhThuan, to: bacAi },
    );
    expect(errorSummary(tooMuch)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['amount'] }]);
    const otherProvince = await server.gql(
      `mutation($from: ID!, $to: ID!) { allocateFunds(input: { idempotencyKey: "alloc-3", fromFundId: $from, toFundId: $to, amount: "1000", entryDate: "2025-10-20" }) { entry { id } } }`,
      { from: ninhThuan, to: caoBang },
    );
    expect(errorSummary(otherProvince)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['toFundId'] }]);
    expect(BigInt((await fundTotals(server, ninhThuan)).balance)).toBe(BigInt(source.balance) - 3_000_000n);
  });

  it.each([
    ['zero', '0', /more than zero|lớn hơn 0/],
    ['a negative amount', '-5', /more than zero|lớn hơn 0/],
    ['10^15 + 1', '1000000000000001', /exceeds|vượt quá/],
    ['a fraction', '1.5', /whole number|digits/],
    ['text', 'một triệu', /digits/],
    ['an empty amount', '', /digits/],
  ])('refuses %s with a clear error', async (_label, amount, message) => {
    const result = await server.gql(RECORD_DONATION, { input: donationInput(ninhThuan, { amount }) }, { locale: 'en' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  it('sums a fund’s period: opening + receipts + in − out − disbursed = closing', async () => {
    const data = await server.ok(
      `query($f: ID!) { fundSummary(fundId: $f, from: "2025-01-01", to: "2025-12-31") {
        openingBalance received allocatedIn allocatedOut disbursed closingBalance receivedByChannel { key amount } receivedByDonorKind { key amount } } }`,
      { f: ninhThuan },
    );
    const s = data.fundSummary;
    expect(
      BigInt(s.openingBalance) +
        BigInt(s.received) +
        BigInt(s.allocatedIn) -
        BigInt(s.allocatedOut) -
        BigInt(s.disbursed),
    ).toBe(BigInt(s.closingBalance));
    const byChannel = s.receivedByChannel.reduce((sum: bigint, r: { amount: string }) => sum + BigInt(r.amount), 0n);
    expect(byChannel).toBe(BigInt(s.received));
    expect(s.receivedByDonorKind.map((r: { key: string }) => r.key)).toContain('ANONYMOUS');
  });

  it('lets only the fund’s own Front staff post, and shows donations within scope only', async () => {
    const refused = await server.gql(RECORD_DONATION, { input: donationInput(ninhThuan) }, { as: users.staffCaoBang });
    expect(errorSummary(refused)[0]?.code).toBe('FORBIDDEN');
    const admin = await server.gql(RECORD_DONATION, { input: donationInput(ninhThuan) }, { as: users.admin });
    expect(errorSummary(admin)[0]?.code).toBe('FORBIDDEN');
    const seen = await server.ok(
      `query($f: ID!) { donations(filter: { fundId: $f }) { totalCount } }`,
      { f: ninhThuan },
      { as: users.staffCaoBang },
    );
    expect(seen.donations.totalCount).toBe(0);
    const anonymousSummary = await server.gql(
      `query($f: ID!) { fundSummary(fundId: $f) { closingBalance } }`,
      { f: ninhThuan },
      { as: null },
    );
    expect(anonymousSummary.errors).toBeUndefined();
  });

  it('keeps exact balances under parallel allocations from one fund', async () => {
    const ninhThuan2 = await fundId(server, 'QVNN-NINH-THUAN');
    const before = BigInt((await fundTotals(server, ninhThuan2)).balance);
    // Exactly ten allocations of 1.000.000 ₫ fit; twenty race for them.
    const top = 10_000_000n - before;
    if (top > 0n) await server.ok(RECORD_DONATION, { input: donationInput(ninhThuan2, { amount: top.toString() }) });
    const start = BigInt((await fundTotals(server, ninhThuan2)).balance);
    const fits = Number(start / 1_000_000n);
    const results = await Promise.all(
      Array.from({ length: fits + 10 }, (_, i) =>
        server.gql(
          `mutation($from: ID!, $to: ID!, $k: String!) { allocateFunds(input: { idempotencyKey: $k, fromFundId: $from, toFundId: $to, amount: "1000000", entryDate: "2025-10-21" }) { entry { id } } }`,
          { from: ninhThuan2, to: bacAi, k: `race-${i}` },
        ),
      ),
    );
    const ok = results.filter((r) => !r.errors).length;
    expect(ok).toBe(fits);
    expect(results.filter((r) => r.errors).every((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toBe(
      true,
    );
    expect(BigInt((await fundTotals(server, ninhThuan2)).balance)).toBe(start - BigInt(ok) * 1_000_000n);
  });
});
