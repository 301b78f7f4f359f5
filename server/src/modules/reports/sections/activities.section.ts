import { viCount } from '../../../documents/vietnamese.js';
import { labelledActivityTotals } from '../../activities/activity.service.js';
import type { CampaignActivityTotalType } from '../../activities/activity.type.js';
import { count, text, type ReportBlock } from '../report-blocks.js';
import type { ReportSection } from '../report-section.js';

/**
 * I. Leadership and propaganda: the campaign's activities in the unit and under it, summed per
 * kind, counting only records whose years lie within the period (a 2016–2020 count is not split).
 */
export const activitiesSection: ReportSection<'activities', CampaignActivityTotalType[]> = {
  key: 'activities',
  build(ctx, scope) {
    return labelledActivityTotals(ctx, String(scope.campaign.id), {
      unitId: String(scope.unit.id),
      fromYear: scope.fromYear,
      toYear: scope.toYear,
    });
  },
  blocks(data) {
    const blocks: ReportBlock[] = [{ type: 'heading', level: 1, text: 'Công tác lãnh đạo, chỉ đạo và tuyên truyền' }];
    if (!data.length) {
      blocks.push({ type: 'paragraph', text: 'Chưa ghi nhận hoạt động tuyên truyền, vận động nào trong giai đoạn.' });
      return blocks;
    }
    const phrases = data.map(
      (t) =>
        `${viCount(t.count)} ${t.countUnit}` +
        (t.participants != null && t.participantsUnit ? ` với ${viCount(t.participants)} ${t.participantsUnit}` : ''),
    );
    blocks.push({ type: 'paragraph', text: `Trong giai đoạn đã thực hiện ${phrases.join('; ')}.` });
    blocks.push({
      type: 'table',
      sheet: 'Tuyên truyền',
      columns: [
        { header: 'Hoạt động', kind: 'text' },
        { header: 'Mã', kind: 'text' },
        { header: 'Số lượng', kind: 'count' },
        { header: 'Đơn vị tính', kind: 'text' },
        { header: 'Người tham gia', kind: 'count' },
      ],
      rows: data.map((t) => [
        text(t.label),
        text(t.kind),
        count(t.count),
        text(t.countUnit),
        t.participants == null ? null : count(t.participants),
      ]),
    });
    return blocks;
  },
};
