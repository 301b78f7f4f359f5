import { viCount } from '../../../documents/vietnamese.js';
import type { Exemplar } from '../../exemplars/exemplar.entity.js';
import { ExemplarKind } from '../../exemplars/exemplar-kind.js';
import { exemplarsOf } from '../../exemplars/exemplar.service.js';
import { text, type ReportBlock } from '../report-blocks.js';
import type { ReportSection } from '../report-section.js';

const KIND: Record<ExemplarKind, string> = {
  PERSON: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
  MODEL: 'Mô hình',
};

/** "nhân rộng 12 nơi (các xã Phước Bình, Phước Hòa)", or "chưa nhân rộng". */
function replication(e: Exemplar): string {
  if (!e.replicated) return 'Chưa nhân rộng';
  const times = e.replicationCount ? ` ${viCount(e.replicationCount)} nơi` : '';
  return `Nhân rộng${times}${e.replicatedWhere ? ` (${e.replicatedWhere})` : ''}`;
}

/** II. Exemplary people, collectives, households and livelihood models of the campaign in the unit. */
export const exemplarsSection: ReportSection<'exemplaryModels', Exemplar[]> = {
  key: 'exemplaryModels',
  build(ctx, scope) {
    return exemplarsOf(ctx, String(scope.campaign.id), { unitId: String(scope.unit.id) });
  },
  blocks(data) {
    const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: 'Gương điển hình, mô hình hay' }];
    if (!data.length) {
      blocks.push({ type: 'paragraph', text: 'Chưa ghi nhận gương điển hình, mô hình nào.' });
      return blocks;
    }
    const models = data.filter((e) => e.kind === ExemplarKind.MODEL);
    blocks.push({
      type: 'paragraph',
      text:
        `Phong trào có ${viCount(data.length - models.length)} gương điển hình và ${viCount(models.length)} mô hình` +
        (models.some((m) => m.replicated)
          ? `, trong đó ${viCount(models.filter((m) => m.replicated).length)} mô hình được nhân rộng.`
          : '.'),
    });
    blocks.push({
      type: 'table',
      sheet: 'Điển hình',
      columns: [
        { header: 'Tên', kind: 'text' },
        { header: 'Loại', kind: 'text' },
        { header: 'Nơi', kind: 'text' },
        { header: 'Mô tả', kind: 'text' },
        { header: 'Nhân rộng', kind: 'text' },
      ],
      rows: data.map((e) => [
        text(e.name),
        text(KIND[e.kind]),
        text(e.place ?? ''),
        text(e.description ?? ''),
        text(replication(e)),
      ]),
    });
    return blocks;
  },
};
