import PDFDocument from 'pdfkit';
import type { Context } from '../context.js';
import { ConferringAuthority, RecipientKind } from '../modules/commendations/commendation-enums.js';
import type { CommendationDecision } from '../modules/commendations/commendation-decision.entity.js';
import type { Nomination } from '../modules/commendations/nomination.entity.js';
import { FONTS, type FontName } from './pdf/fonts.js';
import { datedLine } from './pdf/official-document.js';
import { placeName } from './receipt-pdf.js';

const MM = 72 / 25.4;
const RED = '#b71c1c';
const GOLD = '#b8860b';

/** How the certificate names a recipient: a person with their title, a household as "Hộ gia đình …". */
function recipientLine(nomination: Nomination): string {
  const { kind, name, title } = nomination.recipient;
  if (kind === RecipientKind.HOUSEHOLD && !/^hộ\s/iu.test(name)) return `Hộ gia đình ${name}`;
  return title ? `${title} ${name}` : name;
}

interface Issuer {
  name: string;
  place: string;
  /** The signer's capacity when the decision does not record one. */
  signer: string;
}

/** The body that confers, as its certificates head it; national bodies sit in Hà Nội. */
function issuer(decision: CommendationDecision): Issuer {
  const national = { place: 'Hà Nội' };
  switch (decision.authority) {
    case ConferringAuthority.STATE_PRESIDENT:
      return { ...national, name: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam', signer: 'Chủ tịch nước' };
    case ConferringAuthority.PRIME_MINISTER:
      return { ...national, name: 'Thủ tướng Chính phủ', signer: 'Thủ tướng' };
    case ConferringAuthority.FRONT_CENTRAL_COMMITTEE:
      return { ...national, name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', signer: 'Chủ tịch' };
    case ConferringAuthority.MINISTRY:
      return { ...national, name: decision.unit.name, signer: 'Bộ trưởng' };
    default:
      // A province's, district's or commune's award is its People's Committee's, signed by the chairman.
      return {
        name: `Ủy ban nhân dân ${decision.unit.name}`,
        place: placeName(decision.unit.name),
        signer: 'Chủ tịch',
      };
  }
}

/**
 * The certificate of a conferred commendation, as the paper Bằng khen / Giấy khen is laid out:
 * A4 landscape in a double gold frame, the national name and motto, the conferring authority,
 * the form's name in red capitals, the recipient, the achievement, then the place and date of
 * the decision and its signer. Tinos (Times New Roman's metrics) with every Vietnamese letter.
 * A household's address is never printed: it is personal data even on a published award.
 */
export async function certificateDocument(ctx: Context, nomination: Nomination): Promise<PDFKit.PDFDocument> {
  await ctx.em.populate(nomination, ['form', 'recipient.unit', 'campaign', 'decision.unit']);
  const decision = nomination.decision!;
  const body = issuer(decision);
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 22 * MM, bottom: 18 * MM, left: 28 * MM, right: 28 * MM },
    info: {
      Title: `${nomination.form.name} — ${nomination.recipient.name}`,
      Subject: `Quyết định số ${decision.number}`,
      Creator: 'Chung Tay',
      Producer: 'Chung Tay',
    },
    lang: 'vi-VN',
    displayTitle: true,
  });
  for (const [name, file] of Object.entries(FONTS)) pdf.registerFont(name, file);
  const { width, height } = pdf.page;
  const left = pdf.page.margins.left;
  const textWidth = width - left - pdf.page.margins.right;
  const line = (font: FontName, size: number, text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    pdf
      .font(font)
      .fontSize(size)
      .text(text, left, pdf.y, { width: textWidth, align: 'center', ...options });

  // The frame: two gold rules, the inner one thin.
  pdf
    .lineWidth(4)
    .strokeColor(GOLD)
    .rect(10 * MM, 10 * MM, width - 20 * MM, height - 20 * MM)
    .stroke();
  pdf
    .lineWidth(1)
    .rect(13 * MM, 13 * MM, width - 26 * MM, height - 26 * MM)
    .stroke();
  pdf.strokeColor('black').fillColor('black');

  pdf.y = pdf.page.margins.top;
  line('bold', 13, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  line('bold', 13, 'Độc lập - Tự do - Hạnh phúc');
  pdf.moveDown(0.8);
  line('bold', 14, body.name.toUpperCase());
  pdf.moveDown(0.6);
  pdf.fillColor(RED);
  line('bold', 30, nomination.form.name.toUpperCase());
  pdf.fillColor('black');
  pdf.moveDown(0.6);
  line('italic', 14, 'Tặng');
  line('bold', 22, recipientLine(nomination));
  if (nomination.recipient.kind !== RecipientKind.HOUSEHOLD) line('regular', 13, nomination.recipient.unit.name);
  pdf.moveDown(0.5);
  line('italic', 14, `Đã có thành tích: ${nomination.achievement.replace(/\.$/, '')}.`, { align: 'center' });
  if (nomination.campaign) line('regular', 13, nomination.campaign.name);
  pdf.moveDown(0.8);

  // The decision's reference at the bottom left; the place, date and signer on the right.
  const blockTop = Math.max(pdf.y, height - 70 * MM);
  const half = textWidth / 2;
  pdf
    .font('regular')
    .fontSize(12)
    .text(`Quyết định số ${decision.number}`, left, blockTop + 40, { width: half, align: 'center' });
  if (nomination.conferredOn) {
    pdf.text(`Trao tặng ngày ${nomination.conferredOn.split('-').reverse().join('/')}`, {
      width: half,
      align: 'center',
    });
  }
  const signer = left + half;
  pdf.font('italic').fontSize(13).text(datedLine(body.place, decision.decidedOn), signer, blockTop, {
    width: half,
    align: 'center',
  });
  pdf
    .font('bold')
    .fontSize(13)
    .text((decision.signerTitle ?? body.signer).toUpperCase(), signer, pdf.y, { width: half, align: 'center' });
  pdf.text(decision.signerName, signer, pdf.y + 48, { width: half, align: 'center' });
  return pdf;
}
