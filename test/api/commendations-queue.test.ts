// The board's work queue on the server (nominations(filter: { awaitingMe: true })): each member
// sees exactly the nominations they may move now — never their own submission to review, never a
// level they do not decide for, nothing finished.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, createNomination } from '../support/commendations.js';
import { startTestServer, users, type TestServer } from '../support/server.js';

describe('what waits for me', () => {
  let server: TestServer;
  const at: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer();
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
  afterAll(() => server?.close());

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
