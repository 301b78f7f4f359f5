import { Field, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../../common/scalars/money.scalar.js';
import { CHANNEL, DONOR_KIND, label, viMoney, viQuantity } from '../../../documents/vietnamese.js';
import { MoneyByKeyType } from '../../funds/fund-summary.type.js';
import { GoodsTotalType } from '../../funds/fund.type.js';
import {
  goodsReceived,
  receivedByChannel,
  receivedByDonorKind,
  type LedgerScope,
} from '../../funds/ledger-aggregates.js';
import { money, quantity, text, type ReportBlock } from '../report-blocks.js';
import type { ReportScope } from '../report-scope.js';
import type { ReportSection } from '../report-section.js';

@ObjectType('ReportFunds', {
  description:
    'Money mobilized for the campaign (and the campaigns under it) into the funds of the unit and those under it, in the period: donations net of reversals, goods apart from cash.',
})
export class ReportFundsType {
  @Field(() => MoneyScalar, { description: 'Cash received, whole VND.' })
  cash!: bigint;

  @Field(() => [MoneyByKeyType], {
    description: 'Cash by source: the donor kind ("ANONYMOUS" for gifts with no donor).',
  })
  cashBySource!: MoneyByKeyType[];

  @Field(() => [MoneyByKeyType], { description: 'Cash by channel (CASH, BANK_TRANSFER).' })
  cashByChannel!: MoneyByKeyType[];

  @Field(() => MoneyScalar, { description: 'Goods received, at appraised value (never counted as cash).' })
  inKindValue!: bigint;

  @Field(() => [GoodsTotalType], { description: 'Goods received, by unit of measure.' })
  goods!: GoodsTotalType[];
}

/** The ledger entries a report counts: its campaigns, in its unit's funds, in its period. */
export const ledgerScopeOf = (scope: ReportScope): LedgerScope => ({
  campaignIds: scope.campaignIds,
  fundUnitIds: scope.unitIds,
  from: scope.from,
  to: scope.to,
});

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

/** II.1 Funds mobilized, with the fund summary's own aggregates (the same netting, the same groups). */
export const fundsSection: ReportSection<'funds', ReportFundsType> = {
  key: 'funds',
  async build(ctx, scope) {
    const ledger = ledgerScopeOf(scope);
    const cashByChannel = await receivedByChannel(ctx, ledger);
    const goods = await goodsReceived(ctx, ledger);
    return {
      cash: sum(cashByChannel.map((r) => r.amount)),
      cashBySource: await receivedByDonorKind(ctx, ledger),
      cashByChannel,
      inKindValue: sum(goods.map((g) => g.value)),
      goods,
    };
  },
  blocks(data) {
    const blocks: ReportBlock[] = [
      { type: 'heading', level: 2, text: 'Kết quả vận động nguồn lực' },
      {
        type: 'paragraph',
        text:
          `Tổng số tiền vận động được: ${viMoney(data.cash)}` +
          (data.inKindValue > 0n
            ? `; hiện vật trị giá ${viMoney(data.inKindValue)} (${data.goods.map((g) => `${viQuantity(g.quantity)} ${g.unit}`).join(', ')}), tính riêng, không cộng vào tiền mặt.`
            : '.'),
      },
    ];
    const columns = [
      { header: 'Nguồn / hình thức', kind: 'text' as const },
      { header: 'Mã', kind: 'text' as const },
      { header: 'Số lượng', kind: 'quantity' as const },
      { header: 'Số tiền / giá trị (₫)', kind: 'money' as const },
    ];
    blocks.push({
      type: 'table',
      sheet: 'Vận động',
      columns,
      rows: [
        ...data.cashBySource.map((r) => [
          text(`Tiền – ${label(DONOR_KIND, r.key)}`),
          text(r.key),
          null,
          money(r.amount),
        ]),
        ...data.cashByChannel.map((r) => [text(`Tiền – ${label(CHANNEL, r.key)}`), text(r.key), null, money(r.amount)]),
        [text('Tổng tiền'), text('cash'), null, money(data.cash)],
        ...data.goods.map((g) => [text(`Hiện vật – ${g.unit}`), text('IN_KIND'), quantity(g.quantity), money(g.value)]),
        ...(data.goods.length
          ? [[text('Tổng giá trị hiện vật'), text('inKindValue'), null, money(data.inKindValue)]]
          : []),
      ],
    });
    return blocks;
  },
};
