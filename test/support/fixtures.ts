import type { TestServer } from './server.js';

/** Looks up a demo unit's id by its official code (the latest holder of the code). */
export async function unitId(server: TestServer, code: string): Promise<string> {
  const data = await server.ok<{ administrativeUnit: { id: string } | null }>(
    `query($code: String!) { administrativeUnit(code: $code) { id } }`,
    { code },
  );
  if (!data.administrativeUnit) throw new Error(`no demo unit ${code}`);
  return data.administrativeUnit.id;
}

/** Looks up a demo campaign's id by its code. */
export async function campaignId(server: TestServer, code: string): Promise<string> {
  const data = await server.ok<{ campaign: { id: string } | null }>(
    `query($code: String!) { campaign(code: $code) { id } }`,
    { code },
  );
  if (!data.campaign) throw new Error(`no demo campaign ${code}`);
  return data.campaign.id;
}

/** The first organization whose name matches q. */
export async function organizationId(server: TestServer, q: string): Promise<string> {
  const data = await server.ok<{ organizations: { nodes: { id: string }[] } }>(
    `query($q: String!) { organizations(filter: { q: $q }, limit: 1) { nodes { id } } }`,
    { q },
  );
  const [first] = data.organizations.nodes;
  if (!first) throw new Error(`no demo organization like ${q}`);
  return first.id;
}

/** The error codes and offending fields of a failed response, for compact assertions. */
export function errorSummary(result: { errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] }) {
  return (result.errors ?? []).map((e) => ({
    code: e.extensions?.code,
    fields: (e.extensions?.fields ?? []).map((f) => f.field),
  }));
}

/** Rows as a CSV file the way spreadsheets save one: quoted only where needed, CRLF line ends. */
export function csvOf(rows: (string | number)[][]): string {
  const quote = (cell: string | number) => {
    const text = String(cell);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(quote).join(',')).join('\r\n');
}
