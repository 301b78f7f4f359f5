import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../../common/scalars/money.scalar.js';
import { label, PURPOSE, viCount, viMoney } from '../../../documents/vietnamese.js';
import { GoodsTotalType } from '../../funds/fund.type.js';
import { householdsReached, supportByPurpose } from '../../funds/ledger-aggregates.js';
import { SupportPurpose } from '../../support/support-purpose.js';
import { count, money, text, type ReportBlock } from '../report-blocks.js';
import type { ReportSection } from '../report-section.js';
import { ledgerScopeOf } from './funds.section.js';

@ObjectType('ReportSupportByPurpose', { description: 'Support given for one purpose, net of reversals.' })
export class ReportSupportByPurposeType {
  @Field(() => SupportPurpose, { description: 'What for.' })
  purpose!: SupportPurpose;

  @Field(() => MoneyScalar, { description: 'Cash given, whole VND.' })
  cash!: bigint;

  @Field(() => MoneyScalar, { description: 'Goods given, at appraised value.' })
  inKindValue!: bigint;

  @Field(() => [GoodsTotalType], { description: 'Goods given, by unit of measure.' })
  goods!: GoodsTotalType[];

  @Field(() => Int, { description: 'Grants standing (a grant reversed in full is not counted).' })
  grants!: number;

  @Field(() => Int, {
    description: 'Households reached: distinct households helped, plus the households the commune projects state.',
  })
  households!: number;

  @Field(() => Int, { description: 'Grants to commune projects.' })
  projects!: number;
}

@ObjectType('ReportSupport', {
  description: 'Support given for the campaign out of the funds of the unit and those under it, in the period.',
})
export class ReportSupportType {
  @Field(() => MoneyScalar, { description: 'Cash given, whole VND.' })
  cash!: bigint;

  @Field(() => MoneyScalar, { description: 'Goods given, at appraised value.' })
  inKindValue!: bigint;

  @Field(() => Int, { description: 'Grants standing.' })
  grants!: number;

  @Field(() => Int, { description: 'Households reached over all purposes (one helped for two purposes counts once).' })
  households!: number;

  @Field(() => [ReportSupportByPurposeType], { description: 'By purpose.' })
  byPurpose!: ReportSupportByPurposeType[];
}

/** II.2 Support given, by purpose, with the households it reached. */
export const supportSection: ReportSection<'support', ReportSupportType> = {
  key: 'support',
  async build(ctx, scope) {
    const ledger = ledgerScopeOf(scope);
    const rows = await supportByPurpose(ctx, ledger);
    const byPurpose = rows.map((r) => ({ ...r, purpose: r.purpose as SupportPurpose }));
    return {
      cash: byPurpose.reduce((a, r) => a + r.cash, 0n),
      inKindValue: byPurpose.reduce((a, r) => a + r.inKindValue, 0n),
      grants: byPurpose.reduce((a, r) => a + r.grants, 0),
      households: await householdsReached(ctx, ledger),
      byPurpose,
    };
  },
  blocks(data) {
    const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: 'Kết quả hỗ trợ hộ nghèo' }];
    if (!data.byPurpose.length) {
      blocks.push({ type: 'paragraph', text: 'Trong giai đoạn chưa ghi nhận khoản hỗ trợ nào.' });
      return blocks;
    }
    blocks.push({
      type: 'paragraph',
      text:
        `Đã hỗ trợ ${viCount(data.grants)} lượt, tổng ${viMoney(data.cash)} tiền mặt` +
        (data.inKindValue > 0n ? ` và hiện vật trị giá ${viMoney(data.inKindValue)}` : '') +
        (data.households ? `, đến ${viCount(data.households)} hộ.` : '.'),
    });
    blocks.push({
      type: 'table',
      sheet: 'Hỗ trợ',
      columns: [
        { header: 'Mục đích', kind: 'text' },
        { header: 'Mã', kind: 'text' },
        { header: 'Lượt hỗ trợ', kind: 'count' },
        { header: 'Số hộ', kind: 'count' },
        { header: 'Công trình, dự án', kind: 'count' },
        { header: 'Tiền mặt (₫)', kind: 'money' },
        { header: 'Hiện vật (₫)', kind: 'money' },
      ],
      rows: data.byPurpose.map((r) => [
        text(label(PURPOSE, r.purpose)),
        text(r.purpose),
        count(r.grants),
        count(r.households),
        count(r.projects),
        money(r.cash),
        money(r.inKindValue),
      ]),
    });
    return blocks;
  },
};
