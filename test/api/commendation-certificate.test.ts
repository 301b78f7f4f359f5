// The printable certificate of a conferred commendation: who may download it (the board over
// its unit; anyone once published), what it says, and what it never prints (a household's address).
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, createNomination } from '../support/commendations.js';
import { download, pdfText, sessionToken } from '../support/downloads.js';
import { startTestServer, users, type TestServer } from '../support/server.js';

const certificate = (id: string) => `/documents/commendations/${id}/certificate.pdf`;
const text = async (body: Buffer) => (await pdfText(body)).replace(/\s+/g, ' ');

describe('the commendation certificate (PDF)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

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
