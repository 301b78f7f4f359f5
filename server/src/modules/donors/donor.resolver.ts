import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { Donor } from './donor.entity.js';
import { DonorFilter, DonorOrder, RegisterDonorInput, UpdateDonorInput } from './donor.inputs.js';
import * as donors from './donor.service.js';
import { DonorContactType, DonorPage, DonorType } from './donor.type.js';

const RegisterDonorPayload = PayloadType('RegisterDonor', DonorType, 'donor', 'The new donor.');
const UpdateDonorPayload = PayloadType('UpdateDonor', DonorType, 'donor', 'The donor as it is now.');

@Resolver(() => DonorType)
export class DonorResolver {
  @Query(() => DonorType, { nullable: true, description: 'One donor by id.' })
  donor(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return donors.findDonor(ctx, id);
  }

  @Query(() => DonorPage, { description: 'Donors, filtered, sorted and paginated; by name unless told.' })
  donors(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DonorFilter, { nullable: true, description: 'Which donors.' }) filter?: DonorFilter,
    @Arg('orderBy', () => DonorOrder, { nullable: true, description: 'Sort order.' }) orderBy?: DonorOrder,
  ) {
    return donors.listDonors(ctx, filter, orderBy, page);
  }

  @Mutation(() => RegisterDonorPayload, { description: 'Registers a donor, with contact details if given.' })
  async registerDonor(
    @Ctx() ctx: Context,
    @Arg('input', () => RegisterDonorInput, { description: 'The donor.' }) input: RegisterDonorInput,
  ) {
    return { record: await donors.registerDonor(ctx, input) };
  }

  @Mutation(() => UpdateDonorPayload, { description: "Changes a donor's name, flags, unit or contact details." })
  async updateDonor(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateDonorInput, { description: 'The changes.' }) input: UpdateDonorInput,
  ) {
    return { record: await donors.updateDonor(ctx, input) };
  }

  @FieldResolver(() => String, {
    description: 'The name public statements print: the display name with consent, else "Nhà hảo tâm ẩn danh".',
  })
  publicName(@Root() donor: Donor) {
    return donors.publicName(donor);
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit whose Front committee keeps this record.' })
  unit(@Root() donor: Donor, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(donor.unit.id);
  }

  @FieldResolver(() => DonorContactType, {
    nullable: true,
    description: 'Contact details (personal data); null when none are recorded.',
  })
  async contact(@Root() donor: Donor, @Ctx() ctx: Context) {
    const [contact] = await ctx.loaders.donorContact.load(donor.id);
    return contact ?? null;
  }
}
