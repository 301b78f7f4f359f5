import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { idempotent } from '../../common/idempotency/idempotent.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { DonorType } from '../donors/donor.type.js';
import { FundType, LedgerEntryType } from '../funds/fund.type.js';
import { LedgerEntry } from '../funds/ledger-entry.entity.js';
import { Role } from '../users/role.js';
import { READERS } from '../users/access.js';
import { Donation } from './donation.entity.js';
import { DonationFilter, RecordDonationInput } from './donation.inputs.js';
import * as donations from './donation.service.js';
import { DonationPage, DonationType } from './donation.type.js';

const RecordDonationPayload = PayloadType(
  'RecordDonation',
  DonationType,
  'donation',
  'The donation, with its receipt number.',
);

const loadDonation = (ctx: Context, id: string) => ctx.em.findOneOrFail(Donation, { id: Number(id) });

@Resolver(() => DonationType)
export class DonationResolver {
  // READERS is also what the receipt PDF route (documents/receipt.route.ts) demands.
  @Authorized(...READERS)
  @Query(() => DonationType, { nullable: true, description: 'One donation within your scope.' })
  donation(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return donations.findDonation(ctx, id);
  }

  @Authorized(Role.FRONT_STAFF, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => DonationPage, { description: 'Donations within your scope, newest first.' })
  donations(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DonationFilter, { nullable: true, description: 'Which donations.' }) filter?: DonationFilter,
  ) {
    return donations.listDonations(ctx, filter, page);
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => RecordDonationPayload, {
    description:
      'Records a donation into a fund and issues its receipt number. Idempotent: the same key and payload return ' +
      'the same donation; the same key with another payload is a CONFLICT.',
  })
  async recordDonation(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordDonationInput, { description: 'The donation.' }) input: RecordDonationInput,
  ) {
    const { idempotencyKey, ...payload } = input;
    return {
      record: await idempotent(
        ctx,
        'recordDonation',
        idempotencyKey,
        payload,
        (tx) => donations.recordDonation(tx, input),
        loadDonation,
      ),
    };
  }

  @FieldResolver(() => FundType, { description: 'The receiving fund.' })
  fund(@Root() donation: Donation, @Ctx() ctx: Context) {
    return ctx.loaders.fund.load(donation.fund.id);
  }

  @FieldResolver(() => DonorType, {
    nullable: true,
    description: 'The donor; null for an anonymous gift or one outside your scope.',
  })
  donor(@Root() donation: Donation, @Ctx() ctx: Context) {
    return donations.visibleDonor(ctx, donation);
  }

  @FieldResolver(() => CampaignType, { nullable: true, description: 'The campaign it was given to.' })
  campaign(@Root() donation: Donation, @Ctx() ctx: Context) {
    return donation.campaign ? ctx.loaders.campaign.load(donation.campaign.id) : null;
  }

  @FieldResolver(() => LedgerEntryType, { description: 'Its RECEIPT entry in the fund’s ledger.' })
  entry(@Root() donation: Donation, @Ctx() ctx: Context) {
    return ctx.em.findOne(LedgerEntry, { id: donation.entry.id });
  }
}
