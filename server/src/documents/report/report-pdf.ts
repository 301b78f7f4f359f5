import { OfficialDocument } from '../pdf/official-document.js';
import { cellText, type ReportDocument } from './report-document.js';

/**
 * The report as a PDF in the administrative layout of Decree 30/2020/NĐ-CP: issuing body and
 * number, national name and motto, place and date, the title, the numbered parts in Tinos 13 pt
 * (Times New Roman's metrics), tables in 11 pt, the signature block of the issuing body.
 */
export function reportPdf(report: ReportDocument): OfficialDocument {
  const doc = new OfficialDocument({
    title: report.heading.subtitle ?? report.heading.title,
    subject: 'Báo cáo tổng kết',
  });
  doc.heading(report.heading);
  for (const block of report.blocks) {
    if (block.type === 'heading') doc.sectionHeading(block.text, block.level);
    else if (block.type === 'paragraph') doc.paragraph(block.text);
    else {
      doc.table(
        block.columns.map((c) => ({ header: c.header, numeric: c.kind !== 'text', wide: c.kind === 'money' })),
        block.rows.map((row) => row.map(cellText)),
      );
    }
  }
  doc.signatures([{ title: `TM. ${report.signer}`, note: '(Ký, ghi rõ họ tên, đóng dấu)' }]);
  return doc;
}
