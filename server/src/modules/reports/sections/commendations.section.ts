import { RECIPIENT_KIND, label, viCount } from '../../../documents/vietnamese.js';
import { commendationTotals, type CommendationTotal } from '../../commendations/registry.service.js';
import { CommendationTotalsType } from '../../commendations/registry.type.js';
import { count, text, type ReportBlock } from '../report-blocks.js';
import type { ReportSection } from '../report-section.js';

/**
 * III. Commendations given for the campaign (and those under it) to recipients in the unit, from
 * the registry's own totals, so the caller sees what the registry would show them (the public:
 * published ones). Decided from the period's first day to the end of the year after its last:
 * the summary's awards are decided once the period has closed.
 */
export const commendationsSection: ReportSection<'commendations', CommendationTotalsType> = {
  key: 'commendations',
  async build(ctx, scope) {
    const groups = new Map<string, CommendationTotal>();
    let totalCount = 0;
    for (const campaignId of scope.campaignIds) {
      const totals = await commendationTotals(ctx, {
        campaignId: String(campaignId),
        unitId: String(scope.unit.id),
        decidedWithin: { from: scope.from, to: `${scope.toYear + 1}-12-31` },
      });
      totalCount += totals.totalCount;
      for (const t of totals.byForm) {
        const key = `${t.form.id}:${t.recipientKind}`;
        const group = groups.get(key);
        if (group) group.count += t.count;
        else groups.set(key, { ...t });
      }
    }
    const byForm = [...groups.values()].sort(
      (a, b) => a.form.rank - b.form.rank || a.recipientKind.localeCompare(b.recipientKind),
    );
    return { totalCount, byForm } as CommendationTotalsType;
  },
  blocks(data) {
    const blocks: ReportBlock[] = [{ type: 'heading', level: 1, text: 'Công tác khen thưởng' }];
    if (!data.totalCount) {
      blocks.push({ type: 'paragraph', text: 'Chưa có khen thưởng nào được ghi nhận cho phong trào trong giai đoạn.' });
      return blocks;
    }
    const parts = data.byForm.map(
      (t) =>
        `${viCount(t.count).padStart(2, '0')} ${label(RECIPIENT_KIND, t.recipientKind).toLowerCase()} được tặng ${t.form.name}`,
    );
    blocks.push({ type: 'paragraph', text: `Tổng số ${viCount(data.totalCount)} khen thưởng: ${parts.join('; ')}.` });
    blocks.push({
      type: 'table',
      sheet: 'Khen thưởng',
      columns: [
        { header: 'Hình thức khen thưởng', kind: 'text' },
        { header: 'Mã', kind: 'text' },
        { header: 'Đối tượng', kind: 'text' },
        { header: 'Số lượng', kind: 'count' },
      ],
      rows: data.byForm.map((t) => [
        text(t.form.name),
        text(t.form.code),
        text(label(RECIPIENT_KIND, t.recipientKind)),
        count(t.count),
      ]),
    });
    return blocks;
  },
};
