import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import type { TestServer } from './server.js';

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  /** The JSON error body of a refused download. */
  json(): { errors: { message: string; extensions: { code: string; fields?: { field: string }[] } }[] };
}

/** GETs a document as a browser or a script would, with a bearer token or a cookie when given. */
export async function download(
  server: TestServer,
  path: string,
  options: { token?: string; cookie?: string; locale?: 'vi' | 'en' } = {},
): Promise<Download> {
  const headers: Record<string, string> = { 'accept-language': options.locale ?? 'vi' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = `ct_session=${options.cookie}`;
  const response = await fetch(`${server.url}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, json: () => JSON.parse(body.toString('utf8')) };
}

/** A demo user's session token (the same value the login cookie carries). */
export async function sessionToken(server: TestServer, email: string): Promise<string> {
  const data = await server.ok(
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    { input: { email, password: 'chungtay-demo-2025' } },
    { as: null },
  );
  return data.login.token;
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Every row of the first worksheet as cell values (number, string, Date or null), with each cell's format. */
export async function readXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: { values: unknown[]; formats: (string | undefined)[] }[] = [];
  // columnCount walks every row: read it once, not once per row.
  const columns = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: unknown[] = [];
    const formats: (string | undefined)[] = [];
    for (let col = 1; col <= columns; col++) {
      const cell = row.getCell(col);
      values.push(cell.value ?? null);
      formats.push(cell.numFmt);
    }
    rows.push({ values, formats });
  });
  return { name: sheet.name, rows };
}

/** The text of a PDF, as a reader's search or copy would see it. */
export async function pdfText(body: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

/** "2025-10-17" → "17/10/2025", as the exports print dates. */
export const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
