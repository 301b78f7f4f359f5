import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignType } from '../campaigns/campaign.type.js';

@ObjectType('CampaignRaised', {
  description: 'What a campaign raised, over every fund that received for it, net of reversals.',
})
export class CampaignRaisedType {
  @Field(() => MoneyScalar, { description: 'Cash received, whole VND.' })
  cash!: bigint;

  @Field(() => MoneyScalar, { description: 'Goods received, at appraised value (never counted as cash).' })
  inKindValue!: bigint;

  @Field(() => MoneyScalar, { description: 'Open pledges: promised, not paid yet (never counted as raised).' })
  pledged!: bigint;

  @Field(() => MoneyScalar, { nullable: true, description: 'The money target, when set.' })
  target?: bigint | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Cash against target, in percent with two decimals ("150.00" = exceeded by half).',
  })
  percentOfTarget?: string | null;
}

/** Percent with two decimals, computed exactly in integers. */
function percent(part: bigint, whole: bigint): string {
  const hundredths = (part * 10_000n) / whole;
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

@Resolver(() => CampaignType)
export class CampaignTotalsResolver {
  @FieldResolver(() => CampaignRaisedType, {
    description: 'Money and goods raised against the target (public aggregate).',
  })
  async raised(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<CampaignRaisedType> {
    const rows = await ctx.em.execute<{ medium: string; amount: string }[]>(
      `select e.medium, sum(e.amount)::text as amount
         from ledger_entry e left join ledger_entry r on r.id = e.reverses_id
        where e.campaign_id = ? and coalesce(r.kind, e.kind) = 'RECEIPT'
        group by e.medium`,
      [campaign.id],
    );
    const sum = (medium: string) => BigInt(rows.find((r) => r.medium === medium)?.amount ?? '0');
    const cash = sum('CASH');
    const target = campaign.moneyTarget ?? null;
    const [open] = await ctx.em.execute<{ total: string }[]>(
      `select coalesce(sum(amount), 0)::text as total from pledge where campaign_id = ? and status = 'OPEN'`,
      [campaign.id],
    );
    return {
      cash,
      inKindValue: sum('IN_KIND'),
      pledged: BigInt(open?.total ?? '0'),
      target,
      percentOfTarget: target && target > 0n ? percent(cash, target) : null,
    };
  }
}
