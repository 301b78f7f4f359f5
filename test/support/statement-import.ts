import { csvOf } from './fixtures.js';
import type { TestServer } from './server.js';

/** The Vietcombank layout seeded with the demo data (server/src/seeders/demo/demo-bank-formats.ts). */
export const VCB_HEADER = ['Ngày giao dịch', 'Số tham chiếu', 'Số tiền ghi nợ', 'Số tiền ghi có', 'Nội dung chi tiết'];

/** A statement as Vietcombank exports it: a title and the account above the header. */
export function vcbCsv(rows: string[][]): string {
  return csvOf([
    ['SAO KÊ TÀI KHOẢN'],
    ['Số tài khoản: 0123456789', 'Chủ tài khoản: Quỹ Vì người nghèo'],
    VCB_HEADER,
    ...rows,
  ]);
}

export const START_IMPORT = `mutation($input: StartStatementImportInput!) {
  startStatementImport(input: $input) { statementImport { id status uploadPath } }
}`;

export const IMPORT_PREVIEW = `query($id: ID!, $status: StatementLineStatus) {
  statementImport(id: $id) {
    id status linesRead validCount duplicateCount invalidCount skippedCount postedCount validAmount fileSha256
    lines(status: $status, limit: 100) {
      totalCount
      nodes { lineNumber status problemCode problem date amount description bankReference campaign { code } donation { receiptNumber } }
    }
  }
}`;

export const COMMIT_IMPORT = `mutation($id: ID!) {
  commitStatementImport(input: { id: $id }) { statementImport { id status postedCount validAmount } }
}`;

export async function startImport(server: TestServer, as: string, fundId: string, fileName = 'sao-ke.csv') {
  const data = await server.ok(START_IMPORT, { input: { fundId, formatCode: 'VCB', fileName } }, { as });
  return data.startStatementImport.statementImport as { id: string; status: string; uploadPath: string };
}

/** POSTs a statement file to an import, as the admin panel does. */
export async function uploadStatement(
  server: TestServer,
  as: string | null,
  importId: string,
  body: string | Uint8Array,
  contentType = 'text/csv; charset=utf-8',
) {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (as) headers.authorization = `Bearer ${await server.tokenOf(as)}`;
  const response = await fetch(`${server.url}/imports/statements/${importId}/file`, {
    method: 'POST',
    headers,
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
