import PDFDocument from 'pdfkit';
import { FONTS, type FontName } from './fonts.js';

/** The heading every administrative document carries (Decree 30/2020/NĐ-CP, Appendix I). */
export interface OfficialHeading {
  /** The body above the issuer, if any ("ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM"). */
  parentIssuer?: string | null;
  /** The issuing body ("Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận"); printed in capitals. */
  issuer: string;
  /** The document's number ("QVNN-NINH-THUAN-2025-000001"), printed as "Số: …". */
  number: string;
  /** Where it is issued ("Ninh Thuận"), before the date. */
  place: string;
  /** YYYY-MM-DD, printed "ngày 17 tháng 10 năm 2025". */
  date: string;
  /** The document's name, centred in capitals ("BIÊN NHẬN TIỀN ỦNG HỘ"). */
  title: string;
  /** A line under the title (what it is about). */
  subtitle?: string | null;
}

/** One signer's block: the capacity ("NGƯỜI NHẬN"), an instruction, and a name if known. */
export interface SignatureBlock {
  title: string;
  note?: string;
  name?: string | null;
}

export interface DocumentInfo {
  title: string;
  subject?: string;
}

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const MM = 72 / 25.4;

/**
 * "Ninh Thuận, ngày 17 tháng 10 năm 2025". Decree 30's rule: a day below 10 and the months 1
 * and 2 take a leading zero ("ngày 05 tháng 02"), other months do not ("tháng 3").
 */
export function datedLine(place: string, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/**
 * A printable document in the administrative form: the issuing body and number on the left,
 * the national name and motto on the right, place and date, a centred title, then content and
 * signatures. Text is Tinos, embedded (subset), so every Vietnamese letter prints and the text
 * can be searched and copied. Receipts use it now; commendation certificates and campaign
 * reports will use it the same way.
 */
export class OfficialDocument {
  readonly pdf: PDFKit.PDFDocument;
  private readonly left: number;
  private readonly width: number;

  constructor(info: DocumentInfo) {
    // Margins of Decree 30: top and bottom 20 mm, left 30 mm, right 15 mm.
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
      info: { Title: info.title, Subject: info.subject ?? info.title, Creator: 'Chung Tay', Producer: 'Chung Tay' },
      lang: 'vi-VN',
      displayTitle: true,
    });
    for (const [name, file] of Object.entries(FONTS)) this.pdf.registerFont(name, file);
    this.left = this.pdf.page.margins.left;
    this.width = this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }

  private font(name: FontName, size: number) {
    return this.pdf.font(name).fontSize(size);
  }

  heading(h: OfficialHeading): this {
    const top = this.pdf.y;
    // The two heading columns of Decree 30's form: the issuer narrower, the national name wider.
    const leftWidth = this.width * 0.45;
    const rightX = this.left + leftWidth;
    const rightWidth = this.width - leftWidth;
    // Left: the issuing body, its number.
    let y = top;
    if (h.parentIssuer) {
      this.font('regular', 12).text(h.parentIssuer.toUpperCase(), this.left, y, { width: leftWidth, align: 'center' });
      y = this.pdf.y;
    }
    this.font('bold', 12).text(h.issuer.toUpperCase(), this.left, y, { width: leftWidth, align: 'center' });
    this.rule(this.left + leftWidth / 2, this.pdf.y + 2, 40);
    this.font('regular', 12).text(`Số: ${h.number}`, this.left, this.pdf.y + 8, {
      width: leftWidth,
      align: 'center',
    });
    const leftBottom = this.pdf.y;
    // Right: the national name and motto, the place and date.
    this.font('bold', 12).text(NATIONAL_NAME, rightX, top, { width: rightWidth, align: 'center' });
    this.font('bold', 13).text(MOTTO, rightX, this.pdf.y, { width: rightWidth, align: 'center' });
    this.rule(rightX + rightWidth / 2, this.pdf.y + 2, this.pdf.widthOfString(MOTTO) / 2);
    this.font('italic', 13).text(datedLine(h.place, h.date), rightX, this.pdf.y + 8, {
      width: rightWidth,
      align: 'center',
    });
    const bottom = Math.max(leftBottom, this.pdf.y) + 24;
    this.font('bold', 14).text(h.title.toUpperCase(), this.left, bottom, { width: this.width, align: 'center' });
    if (h.subtitle) this.font('bold', 13).text(h.subtitle, { width: this.width, align: 'center' });
    this.pdf.moveDown(1.2);
    return this;
  }

  /** Label and value lines ("Số tiền: 19.000.000.000 ₫"), the label bold, the value wrapping beside it. */
  fields(rows: [label: string, value: string][]): this {
    const labelWidth = this.width * 0.32;
    for (const [label, value] of rows) {
      const y = this.pdf.y;
      this.font('bold', 13).text(`${label}:`, this.left, y, { width: labelWidth });
      const labelBottom = this.pdf.y;
      this.font('regular', 13).text(value, this.left + labelWidth, y, { width: this.width - labelWidth });
      this.pdf.y = Math.max(this.pdf.y, labelBottom) + 4;
    }
    this.pdf.x = this.left;
    return this;
  }

  /** A paragraph of body text; `emphasis` prints it bold (a warning, a decision's operative part). */
  paragraph(text: string, emphasis = false): this {
    this.pdf.moveDown(0.5);
    this.font(emphasis ? 'bold' : 'regular', 13).text(text, this.left, this.pdf.y, {
      width: this.width,
      align: 'justify',
    });
    return this;
  }

  /** A heading inside the body (a report's "I. ĐẶC ĐIỂM TÌNH HÌNH" or "1. Kết quả…"), bold, left. */
  sectionHeading(text: string, level: 1 | 2): this {
    this.pdf.moveDown(level === 1 ? 0.9 : 0.6);
    this.keepTogether(40);
    this.font('bold', level === 1 ? 13 : 13).text(text, this.left, this.pdf.y, { width: this.width });
    return this;
  }

  /**
   * A ruled table: headers bold and centred, numbers right-aligned, text wrapping within its
   * column (text gets twice the room of a count, an amount 1.6 times). A row that would cross the bottom
   * margin starts a new page, with the header repeated.
   */
  table(columns: { header: string; numeric: boolean; wide?: boolean }[], rows: string[][]): this {
    const size = 11;
    const pad = 3;
    const weights = columns.map((c) => (c.wide ? 1.6 : c.numeric ? 1 : 2));
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (this.width * w) / total);
    const heightOf = (cells: string[], bold: boolean) =>
      Math.max(
        ...cells.map(
          (cell, i) =>
            this.font(bold ? 'bold' : 'regular', size).heightOfString(cell || ' ', {
              width: widths[i]! - 2 * pad,
            }) +
            2 * pad,
        ),
      );
    const drawRow = (cells: string[], bold: boolean) => {
      const height = heightOf(cells, bold);
      if (this.pdf.y + height > this.pdf.page.height - this.pdf.page.margins.bottom) {
        this.pdf.addPage();
        if (!bold)
          drawRow(
            columns.map((c) => c.header),
            true,
          );
      }
      const top = this.pdf.y;
      let x = this.left;
      cells.forEach((cell, i) => {
        const width = widths[i]!;
        this.pdf.rect(x, top, width, height).lineWidth(0.5).stroke();
        this.font(bold ? 'bold' : 'regular', size).text(cell, x + pad, top + pad, {
          width: width - 2 * pad,
          align: bold ? 'center' : columns[i]!.numeric ? 'right' : 'left',
        });
        x += width;
      });
      this.pdf.y = top + height;
    };
    this.pdf.moveDown(0.5);
    drawRow(
      columns.map((c) => c.header),
      true,
    );
    for (const row of rows) drawRow(row, false);
    this.pdf.x = this.left;
    this.pdf.moveDown(0.3);
    return this;
  }

  /** Starts a new page unless `points` of room remain (a heading never sits alone at a page's foot). */
  private keepTogether(points: number) {
    if (this.pdf.y + points > this.pdf.page.height - this.pdf.page.margins.bottom) this.pdf.addPage();
  }

  /** Signers side by side (one block sits on the right, as a single signer does). */
  signatures(blocks: SignatureBlock[]): this {
    this.pdf.moveDown(2);
    const top = this.pdf.y;
    const columnWidth = this.width / Math.max(blocks.length, 2);
    blocks.forEach((block, i) => {
      const x = this.left + (blocks.length === 1 ? this.width / 2 : i * columnWidth);
      this.font('bold', 13).text(block.title.toUpperCase(), x, top, { width: columnWidth, align: 'center' });
      if (block.note) this.font('italic', 12).text(block.note, x, this.pdf.y, { width: columnWidth, align: 'center' });
      if (block.name)
        this.font('bold', 13).text(block.name, x, this.pdf.y + 70, { width: columnWidth, align: 'center' });
    });
    return this;
  }

  /** Finishes the file; the caller has piped `pdf` where it should go. */
  end(): void {
    this.pdf.end();
  }

  private rule(centerX: number, y: number, halfWidth: number) {
    this.pdf
      .moveTo(centerX - halfWidth, y)
      .lineTo(centerX + halfWidth, y)
      .lineWidth(0.6)
      .stroke();
  }
}
