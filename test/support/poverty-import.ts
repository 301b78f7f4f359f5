import { csvOf } from './fixtures.js';
import type { TestServer } from './server.js';

/** The columns a Front office's spreadsheet has, as staff write them. */
export const POVERTY_HEADER = [
  'Đơn vị',
  'Năm',
  'Chuẩn nghèo',
  'Tổng số hộ',
  'Hộ nghèo',
  'Hộ cận nghèo',
  'Hộ DTTS',
  'Hộ nghèo DTTS',
  'Nhân khẩu',
  'Tỷ lệ hộ nghèo (%)',
];

/** A poverty-statistics CSV with a title above the header, as reports are laid out. */
export function povertyCsv(rows: (string | number)[][], header = POVERTY_HEADER): string {
  return csvOf([['KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO'], header, ...rows]);
}

export const START_POVERTY_IMPORT = `mutation($input: StartPovertyImportInput!) {
  startPovertyImport(input: $input) { povertyImport { id status uploadPath } }
}`;

export const POVERTY_PREVIEW = `query($id: ID!, $withProblems: Boolean) {
  povertyImport(id: $id) {
    id status lineCount invalidCount newCount changedCount unchangedCount
    lines(withProblems: $withProblems, limit: 100) {
      totalCount
      nodes {
        lineNumber unitText unit { code name } year standardCode households poorHouseholds nearPoorHouseholds
        poorRate reportedPoorRate poorRateDifference change changedFields previous { poorHouseholds nearPoorHouseholds }
        problems { field code message }
      }
    }
  }
}`;

export const COMMIT_POVERTY_IMPORT = `mutation($id: ID!) {
  commitPovertyImport(input: { id: $id }) { povertyImport { id status newCount changedCount unchangedCount } }
}`;

export async function startPovertyImport(server: TestServer, as: string, fileName = 'ra-soat.csv') {
  const data = await server.ok(START_POVERTY_IMPORT, { input: { fileName } }, { as });
  return data.startPovertyImport.povertyImport as { id: string; status: string; uploadPath: string };
}

/** POSTs a file to an import's upload path, as the admin panel does. */
export async function uploadPovertyFile(
  server: TestServer,
  as: string | null,
  importId: string,
  body: string | Uint8Array,
  contentType = 'text/csv; charset=utf-8',
) {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (as) headers.authorization = `Bearer ${await server.tokenOf(as)}`;
  const response = await fetch(`${server.url}/imports/poverty/${importId}/file`, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** Starts an import, uploads the file and returns its id. */
export async function importPovertyFile(server: TestServer, as: string, csv: string) {
  const started = await startPovertyImport(server, as);
  const uploaded = await uploadPovertyFile(server, as, started.id, csv);
  if (uploaded.status !== 200) throw new Error(JSON.stringify(uploaded.body));
  return started.id;
}
