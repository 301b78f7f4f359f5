import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { idempotent } from '../../common/idempotency/idempotent.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { Donation } from '../donations/donation.entity.js';
import { DonationType } from '../donations/donation.type.js';
import { DonorType } from '../donors/donor.type.js';
import { holdsOn, READERS } from '../users/access.js';
import { FundType } from '../funds/fund.type.js';
import { Role } from '../users/role.js';
import type { Pledge } from './pledge.entity.js';
import * as pledges from './pledge.service.js';
import {
  CancelPledgeInput,
  FulfillPledgeInput,
  PledgeFilter,
  PledgePage,
  PledgeType,
  RecordPledgeInput,
} from './pledge.type.js';
import { Pledge as PledgeEntity } from './pledge.entity.js';

const RecordPledgePayload = PayloadType('RecordPledge', PledgeType, 'pledge', 'The pledge.');
const FulfillPledgePayload = PayloadType('FulfillPledge', DonationType, 'donation', 'The donation the pledge became.');
const CancelPledgePayload = PayloadType('CancelPledge', PledgeType, 'pledge', 'The cancelled pledge.');

@Resolver(() => PledgeType)
export class PledgeResolver {
  @Authorized(Role.FRONT_STAFF, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => PledgePage, { description: 'Pledges within your scope, newest first.' })
  pledges(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PledgeFilter, { nullable: true, description: 'Which pledges.' }) filter?: PledgeFilter,
  ) {
    return pledges.listPledges(ctx, filter, page);
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => RecordPledgePayload, { description: 'Records a promise to give (kept apart from money received).' })
  async recordPledge(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordPledgeInput, { description: 'The pledge.' }) input: RecordPledgeInput,
  ) {
    const { idempotencyKey, ...payload } = input;
    const load = (c: Context, id: string) => c.em.findOneOrFail(PledgeEntity, { id: Number(id) });
    return {
      record: await idempotent(
        ctx,
        'recordPledge',
        idempotencyKey,
        payload,
        (tx) => pledges.recordPledge(tx, input),
        load,
      ),
    };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => FulfillPledgePayload, { description: 'A pledge paid: records the donation and closes the pledge.' })
  async fulfillPledge(
    @Ctx() ctx: Context,
    @Arg('input', () => FulfillPledgeInput, { description: 'The payment.' }) input: FulfillPledgeInput,
  ) {
    const { idempotencyKey, ...payload } = input;
    const load = (c: Context, id: string) => c.em.findOneOrFail(Donation, { id: Number(id) });
    return {
      record: await idempotent(
        ctx,
        'fulfillPledge',
        idempotencyKey,
        payload,
        (tx) => pledges.fulfillPledge(tx, input),
        load,
      ),
    };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => CancelPledgePayload, { description: 'Withdraws an open pledge.' })
  async cancelPledge(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelPledgeInput, { description: 'The cancellation.' }) input: CancelPledgeInput,
  ) {
    return { record: await mutate(ctx, 'cancelPledge', (tx) => pledges.cancelPledge(tx, input)) };
  }

  @FieldResolver(() => FundType, { description: 'The fund it will go to.' })
  fund(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return ctx.loaders.fund.load(pledge.fund.id);
  }

  @FieldResolver(() => CampaignType, { nullable: true, description: 'The campaign.' })
  campaign(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return pledge.campaign ? ctx.loaders.campaign.load(pledge.campaign.id) : null;
  }

  @FieldResolver(() => DonorType, {
    nullable: true,
    description: 'Who promised; null when anonymous or outside your scope.',
  })
  async donor(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    if (!pledge.donor) return null;
    const donor = await ctx.loaders.donor.load(pledge.donor.id);
    return donor && (await holdsOn(ctx, READERS, donor.unit.id)) ? donor : null;
  }

  @FieldResolver(() => DonationType, { nullable: true, description: 'The donation it became, once paid.' })
  donation(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return pledge.donation ? ctx.em.findOne(Donation, { id: pledge.donation.id }) : null;
  }
}
