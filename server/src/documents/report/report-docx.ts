import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { datedLine } from '../pdf/official-document.js';
import { cellText, type ReportDocument } from './report-document.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'Times New Roman';
/** docx measures text in half-points: 28 = 14 pt, the body size Decree 30 allows (13–14). */
const BODY = 28;
const SMALL = 26;
const TABLE = 24;
/** Twentieths of a point per millimetre: Decree 30's margins in Word's unit. */
const MM = 56.7;

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: options.size ?? BODY, bold: options.bold, italics: options.italics });

const centred = (children: TextRun[], extra: Partial<IParagraphOptions> = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children, ...extra });

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** The two-column heading of an administrative document, as a borderless table (as Word templates do). */
function heading(doc: ReportDocument): Table {
  const h = doc.heading;
  const left = [
    ...(h.parentIssuer ? [centred([run(h.parentIssuer.toUpperCase(), { size: SMALL })])] : []),
    centred([run(h.issuer.toUpperCase(), { bold: true, size: SMALL })]),
    centred([run('________')]),
    centred([run(`Số: ${h.number}`, { size: SMALL })]),
  ];
  const right = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SMALL })]),
    centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true })]),
    centred([run('_______________________')]),
    centred([run(datedLine(h.place, h.date), { italics: true })]),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 42, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: 58, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

function dataTable(columns: { header: string; kind: string }[], rows: string[][]): Table {
  const cell = (text: string, bold: boolean, numeric: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: bold ? AlignmentType.CENTER : numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run(text, { bold, size: TABLE })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.header, true, false)) }),
      ...rows.map(
        (row) => new TableRow({ children: row.map((text, i) => cell(text, false, columns[i]!.kind !== 'text')) }),
      ),
    ],
  });
}

/**
 * The report as a Word document for staff to finish: the same heading, numbered parts and
 * tables as the PDF, in Times New Roman 14 pt with Decree 30's margins, every figure as text
 * in Vietnamese notation, the signature block left for the signer.
 */
export async function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    heading(doc),
    centred([run(doc.heading.title.toUpperCase(), { bold: true })], { spacing: { before: 360 } }),
    ...(doc.heading.subtitle ? [centred([run(doc.heading.subtitle, { bold: true })])] : []),
  ];
  for (const block of doc.blocks) {
    if (block.type === 'heading') {
      body.push(new Paragraph({ spacing: { before: 240, after: 60 }, children: [run(block.text, { bold: true })] }));
    } else if (block.type === 'paragraph') {
      body.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 10 * MM },
          spacing: { after: 120 },
          children: [run(block.text)],
        }),
      );
    } else {
      body.push(
        dataTable(
          block.columns,
          block.rows.map((row) => row.map(cellText)),
        ),
      );
      body.push(new Paragraph({ children: [] }));
    }
  }
  body.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480 },
      children: [run(`TM. ${doc.signer}`.toUpperCase(), { bold: true, size: SMALL })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [run('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, size: SMALL })],
    }),
  );
  const document = new Document({
    creator: 'Chung Tay',
    title: doc.heading.subtitle ?? doc.heading.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: { margin: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM } },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
