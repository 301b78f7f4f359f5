import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { idempotent } from '../../common/idempotency/idempotent.js';
import { PageArgs } from '../../common/pagination.js';
import { pathText } from '../../common/redactions.plugin.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { PayloadType } from '../../common/payload.js';
import { FundType, LedgerEntryType } from '../funds/fund.type.js';
import { LedgerEntry } from '../funds/ledger-entry.entity.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { HouseholdType } from '../households/household.type.js';
import { findHousehold } from '../households/household.service.js';
import { Role } from '../users/role.js';
import { Support } from './support.entity.js';
import { DisburseSupportInput, SupportFilter } from './support.inputs.js';
import { disburseSupport, findSupport, listSupports } from './support.service.js';
import { SupportPage, SupportType } from './support.type.js';

const DisburseSupportPayload = PayloadType(
  'DisburseSupport',
  SupportType,
  'support',
  'The support given, with its ledger entry.',
);

const loadSupport = (ctx: Context, id: string) => ctx.em.findOneOrFail(Support, { id: Number(id) });

@Resolver(() => SupportType)
export class SupportResolver {
  @Authorized(Role.FRONT_STAFF, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => SupportType, { nullable: true, description: 'One grant of support out of a fund within your scope.' })
  support(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return findSupport(ctx, id);
  }

  @Authorized(Role.FRONT_STAFF, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => SupportPage, { description: 'Support given out of funds within your scope, newest first.' })
  supports(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SupportFilter, { nullable: true, description: 'Which support.' }) filter?: SupportFilter,
  ) {
    return listSupports(ctx, filter, page);
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => DisburseSupportPayload, {
    description: 'Gives support out of a fund to a household or a commune project (idempotent).',
  })
  async disburseSupport(
    @Ctx() ctx: Context,
    @Arg('input', () => DisburseSupportInput, { description: 'The support.' }) input: DisburseSupportInput,
  ) {
    const { idempotencyKey, ...payload } = input;
    return {
      record: await idempotent(
        ctx,
        'disburseSupport',
        idempotencyKey,
        payload,
        (tx) => disburseSupport(tx, input),
        loadSupport,
      ),
    };
  }

  @FieldResolver(() => FundType, { description: 'The fund it came out of.' })
  fund(@Root() support: Support, @Ctx() ctx: Context) {
    return ctx.loaders.fund.load(support.fund.id);
  }

  @FieldResolver(() => HouseholdType, {
    nullable: true,
    description: 'The household (personal data: null outside your scope).',
  })
  async household(@Root() support: Support, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (!support.household) return null;
    const household = await findHousehold(ctx, String(support.household.id));
    // Said in the response's extensions, as a donor's contact is: the panel shows why it is blank.
    if (!household) ctx.redactions.push({ path: pathText(info.path), reason: 'PERSONAL_DATA' });
    return household;
  }

  @FieldResolver(() => CampaignType, { nullable: true, description: 'The campaign it served.' })
  campaign(@Root() support: Support, @Ctx() ctx: Context) {
    return support.campaign ? ctx.loaders.campaign.load(support.campaign.id) : null;
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'Where the support went.' })
  unit(@Root() support: Support, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(support.unit.id);
  }

  @FieldResolver(() => LedgerEntryType, { description: 'Its DISBURSEMENT entry.' })
  entry(@Root() support: Support, @Ctx() ctx: Context) {
    return ctx.em.findOne(LedgerEntry, { id: support.entry.id });
  }
}
