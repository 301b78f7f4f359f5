import ExcelJS from 'exceljs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { extractText, getDocumentProxy, renderPageAsImage } from 'unpdf';
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

/**
 * Renders a PDF page to an image (pdf.js on a Skia canvas, as a viewer would draw it) and
 * returns the image with the share of its pixels that are not white: a blank page is 0.
 */
export async function renderPdfPage(
  body: Buffer,
  page = 1,
): Promise<{ png: Buffer; width: number; height: number; ink: number }> {
  const png = Buffer.from(
    await renderPageAsImage(new Uint8Array(body), page, { canvasImport: () => import('@napi-rs/canvas'), scale: 1 }),
  );
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++;
  return { png, width: image.width, height: image.height, ink: inked / (image.width * image.height) };
}

/** The text of a DOCX's body: word/document.xml with its runs joined, paragraphs on their own lines. */
export async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** Every worksheet of a workbook: its name and its rows' values. */
export async function readXlsxSheets(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      rows.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null));
    });
    return { name: sheet.name, rows };
  });
}
