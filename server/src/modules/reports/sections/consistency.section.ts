import { consistencyFindings, type ConsistencyFinding } from '../../reported-figures/consistency.service.js';
import { text, type ReportBlock } from '../report-blocks.js';
import type { ReportSection } from '../report-section.js';

/**
 * The figures the report states, checked: every total against its parts and every claim against
 * the facts held, for the campaign in the unit. The report prints what does not add up, with the
 * difference, so it is corrected before the report is signed; a total that adds up is not listed.
 */
export const consistencySection: ReportSection<'consistencyFindings', ConsistencyFinding[]> = {
  key: 'consistencyFindings',
  build(ctx, scope) {
    return consistencyFindings(ctx, String(scope.campaign.id), String(scope.unit.id));
  },
  blocks(data) {
    const blocks: ReportBlock[] = [{ type: 'heading', level: 1, text: 'Kiểm tra số liệu báo cáo' }];
    if (!data.length) {
      blocks.push({
        type: 'paragraph',
        text: 'Các số liệu báo cáo đều khớp với các số liệu thành phần và dữ liệu đã ghi nhận.',
      });
      return blocks;
    }
    blocks.push({ type: 'paragraph', text: `Có ${data.length} số liệu chưa khớp, cần rà soát trước khi ký ban hành:` });
    blocks.push({
      type: 'table',
      sheet: 'Kiểm tra số liệu',
      columns: [
        { header: 'Số liệu', kind: 'text' },
        { header: 'Báo cáo nêu', kind: 'text' },
        { header: 'Tính được', kind: 'text' },
        { header: 'Chênh lệch', kind: 'text' },
        { header: 'Nhận xét', kind: 'text' },
      ],
      rows: data.map((f) => [
        text(f.figure.label),
        text(f.stated.text),
        text(f.computed.text),
        text(f.difference.text),
        text(f.message),
      ]),
    });
    return blocks;
  },
};
