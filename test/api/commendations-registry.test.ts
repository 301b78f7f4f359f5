// The registry from the demo data: the seeds' figures, the 2025 successor mapping, diacritic-free
// search, a recipient's history, and what the public may see (published only, never an address).
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, createNomination } from '../support/commendations.js';
import { download, pdfText, sessionToken } from '../support/downloads.js';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, unitId } from '../support/fixtures.js';

const TOTALS = `query($f: CommendationFilter) {
  commendationTotals(filter: $f) { totalCount byForm { form { code } authority recipientKind count } }
}`;

interface Totals {
  commendationTotals: { byForm: { form: { code: string }; recipientKind: string; count: number }[] };
}

const byForm = (data: Record<string, unknown>) =>
  Object.fromEntries(
    (data as unknown as Totals).commendationTotals.byForm.map((t) => [`${t.form.code} ${t.recipientKind}`, t.count]),
  );

describe('the commendation registry', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('reports 3 + 40 individual and 1 + 4 household commendations for Ninh Thuận 2016–2020, publicly', async () => {
    const ninhThuan = await unitId(server, '58');
    const period = { from: '2016-01-01', to: '2020-12-31' };
    const expected = {
      'BK-TTG INDIVIDUAL': 3,
      'BK-TTG HOUSEHOLD': 1,
      'BK-TINH INDIVIDUAL': 40,
      'BK-TINH HOUSEHOLD': 4,
    };
    const data = await server.ok(TOTALS, { f: { unitId: ninhThuan, decidedWithin: period } }, { as: null });
    expect(byForm(data)).toEqual(expected);
    expect(data.commendationTotals.totalCount).toBe(48);
    // Ninh Thuận is part of Khánh Hòa since 2025-07-01: today's province carries its history.
    const khanhHoa = await server.ok(TOTALS, { f: { unitId: await unitId(server, '56'), decidedWithin: period } });
    expect(byForm(khanhHoa)).toEqual(expected);
    // The same by campaign, and by form and level: the Prime Minister's are national.
    const campaign = await server.ok(TOTALS, { f: { campaignId: await campaignId(server, 'NT-2016-2020') } });
    expect(byForm(campaign)).toEqual(expected);
    const pm = await server.ok(TOTALS, { f: { authority: 'PRIME_MINISTER', unitId: ninhThuan } });
    expect(pm.commendationTotals.byForm.map((t: { authority: string }) => t.authority)).toEqual([
      'PRIME_MINISTER',
      'PRIME_MINISTER',
    ]);
    expect(pm.commendationTotals.totalCount).toBe(4);
    const oldestFirst = await server.ok(
      `query($u: ID!) { commendations(filter: { unitId: $u }, orderBy: { field: DECIDED_ON }, limit: 100) { nodes { year } } }`,
      { u: ninhThuan },
    );
    const years = oldestFirst.commendations.nodes.map((n: { year: number }) => n.year);
    expect(years).toEqual([...years].sort());
    expect(years[0]).toBe(2018);
    const year2019 = await server.ok(TOTALS, { f: { unitId: ninhThuan, year: 2019 } });
    expect(byForm(year2019)).toEqual({ 'BK-TINH INDIVIDUAL': 12, 'BK-TINH HOUSEHOLD': 2 });
  });

  it('reports Hà Quảng’s provincial Bằng khen to 1 collective and 1 individual', async () => {
    const data = await server.ok(TOTALS, { f: { unitId: await unitId(server, '045') } });
    expect(byForm(data)).toEqual({ 'BK-TINH COLLECTIVE': 1, 'BK-TINH INDIVIDUAL': 1 });
    const list = await server.ok(
      `query($c: ID!) { commendations(filter: { campaignId: $c }) { totalCount nodes { recipient { kind name organization { name } } decision { number authority unit { code } } year } } }`,
      { c: await campaignId(server, 'HQ-2016-2020') },
    );
    expect(list.commendations.totalCount).toBe(2);
    const collective = list.commendations.nodes.find(
      (n: { recipient: { kind: string } }) => n.recipient.kind === 'COLLECTIVE',
    );
    expect(collective).toMatchObject({
      recipient: { organization: { name: 'Phòng Lao động – Thương binh và Xã hội huyện Hà Quảng' } },
      decision: { authority: 'PROVINCE', unit: { code: '04' } },
      year: 2020,
    });
  });

  it('finds recipients ignoring diacritics and shows a recipient’s whole history', async () => {
    const pm = await server.ok(
      `{ commendations(filter: { formCode: "BK-TTG", recipientKind: INDIVIDUAL }, limit: 1) { nodes { recipient { id name } } } }`,
    );
    const { id, name } = pm.commendations.nodes[0].recipient as { id: string; name: string };
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    expect(plain).not.toBe(name);
    const found = await server.ok(
      `query($q: String!) { commendations(filter: { q: $q }) { nodes { recipient { id } form { code } } } }`,
      { q: plain },
    );
    expect(found.commendations.nodes.map((n: { recipient: { id: string } }) => n.recipient.id)).toContain(id);
    const history = await server.ok(
      `query($r: ID!) { commendations(filter: { recipientId: $r }) { nodes { form { code } year decision { number } } } }`,
      { r: id },
    );
    // The Prime Minister's Bằng khen of 2020 after the provincial one of 2018.
    expect(
      history.commendations.nodes.map((n: { form: { code: string }; year: number }) => `${n.form.code} ${n.year}`),
    ).toEqual(['BK-TTG 2020', 'BK-TINH 2018']);
    const board = await server.ok(
      `query($r: ID!) { commendationRecipient(id: $r) { name commendations { form { code } } } }`,
      { r: id },
      { as: users.emulationKhanhHoa },
    );
    expect(board.commendationRecipient.commendations).toHaveLength(2);
    const recipients = `query($q: String!) { commendationRecipients(filter: { q: $q }) { totalCount nodes { id } } }`;
    const mine = await server.ok(recipients, { q: plain }, { as: users.emulationKhanhHoa });
    expect(mine.commendationRecipients.nodes.map((n: { id: string }) => n.id)).toContain(id);
    const notMine = await server.ok(recipients, { q: plain }, { as: users.emulationCaoBang });
    expect(notMine.commendationRecipients.totalCount).toBe(0);
  });

  it('never shows a household’s address to the public, but does to the board of its unit', async () => {
    const query = `{ commendations(filter: { recipientKind: HOUSEHOLD }, limit: 100) { totalCount nodes { recipient { name address disciplineUntil } } } }`;
    const anonymous = await server.gql<{
      commendations: { totalCount: number; nodes: { recipient: { name: string; address: string | null } }[] };
    }>(query, undefined, { as: null });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.commendations.totalCount).toBe(5);
    expect(anonymous.data!.commendations.nodes.every((n) => n.recipient.name.startsWith('Hộ ông'))).toBe(true);
    expect(anonymous.data!.commendations.nodes.every((n) => n.recipient.address === null)).toBe(true);
    expect(JSON.stringify(anonymous)).not.toMatch(/Thôn \d/);
    for (const as of [users.developer, users.staffKhanhHoa, users.emulationCaoBang]) {
      const other = await server.gql(query, undefined, { as });
      expect(JSON.stringify(other.data), String(as)).not.toMatch(/Thôn \d/);
    }
    const board = await server.ok(query, undefined, { as: users.emulationKhanhHoa });
    expect(
      board.commendations.nodes.every((n: { recipient: { address: string } }) => /^Thôn \d/.test(n.recipient.address)),
    ).toBe(true);
  });

  // The printable certificate of a conferred commendation: who may download it (the board over
  // its unit; anyone once published), what it says, and what it never prints (a household's address).
  const certificate = (id: string) => `/documents/commendations/${id}/certificate.pdf`;
  const text = async (body: Buffer) => (await pdfText(body)).replace(/\s+/g, ' ');

  describe('the commendation certificate (PDF)', () => {
    it('prints a published household commendation for anyone, naming the household but not its address', async () => {
      const data = await server.ok(
        `{ commendations(filter: { recipientKind: HOUSEHOLD, formCode: "BK-TTG" }, limit: 1) {
            nodes { id form { name } recipient { name address } decision { number decidedOn } } } }`,
        undefined,
        { as: users.emulationKhanhHoa },
      );
      const award = data.commendations.nodes[0];
      // The board of the household's unit sees its address; the certificate must not print it.
      const address: string = award.recipient.address;
      expect(address).toBeTruthy();

      const file = await download(server, certificate(award.id));
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
      const printed = await text(file.body);
      expect(printed).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(printed).toContain('THỦ TƯỚNG CHÍNH PHỦ');
      expect(printed).toContain(award.form.name.toUpperCase());
      expect(printed).toContain(award.recipient.name);
      expect(printed).toContain(`Quyết định số ${award.decision.number}`);
      expect(printed).toContain(`năm ${award.decision.decidedOn.slice(0, 4)}`);
      expect(printed).not.toContain(address);
      // One sheet, landscape, as the paper certificate.
      const pdf = await getDocumentProxy(new Uint8Array(file.body));
      expect(pdf.numPages).toBe(1);
      const [, , width, height] = (await pdf.getPage(1)).view;
      expect(width).toBeGreaterThan(height!);
    });

    it('prints a conferred, unpublished commendation for its board only, under the province’s People’s Committee', async () => {
      const nomination = await createNomination(server, { kind: 'INDIVIDUAL', name: 'Nông Thị Lan' });
      await advance(server, nomination.id, 'CONFERRED');
      const anonymous = await download(server, certificate(nomination.id));
      expect(anonymous.status).toBe(404);
      expect(anonymous.json().errors[0]!.extensions.code).toBe('NOT_FOUND');
      const elsewhere = await download(server, certificate(nomination.id), {
        token: await sessionToken(server, users.emulationKhanhHoa),
      });
      expect(elsewhere.status).toBe(404);

      const file = await download(server, certificate(nomination.id), {
        cookie: await sessionToken(server, users.emulationCaoBang),
      });
      expect(file.status).toBe(200);
      expect(file.headers.get('cache-control')).toBe('private, no-store');
      const printed = await text(file.body);
      expect(printed).toContain('ỦY BAN NHÂN DÂN TỈNH CAO BẰNG');
      expect(printed).toContain('BẰNG KHEN');
      expect(printed).toContain('Nông Thị Lan');
      expect(printed).toContain('Cao Bằng, ngày 01 tháng 4 năm 2026');
      expect(printed).toContain('Trao tặng ngày 10/04/2026');
      expect(printed).toContain('Có thành tích xuất sắc trong công tác giảm nghèo');
    });

    it('has nothing to print before the commendation is conferred', async () => {
      const nomination = await createNomination(server);
      await advance(server, nomination.id, 'DECIDED');
      const file = await download(server, certificate(nomination.id), {
        token: await sessionToken(server, users.emulationCaoBang),
      });
      expect(file.status).toBe(400);
      expect(file.json().errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(file.json().errors[0]!.message).toContain('đã trao tặng');
      expect((await download(server, certificate('99999999'))).status).toBe(404);
    });
  });
});
