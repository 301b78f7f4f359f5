import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pathText } from '../../common/redactions.plugin.js';
import type { Context } from '../../context.js';
import { mutate } from '../audit/mutate.js';
import { Role } from '../users/role.js';
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
  @Authorized(Role.FRONT_STAFF, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => DonorType, { nullable: true, description: 'One donor by id, if it lies within your scope.' })
  donor(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return donors.findDonor(ctx, id);
  }

  @Authorized(Role.FRONT_STAFF, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => DonorPage, {
    description: 'Donors within your scope (Front staff, auditors, administrators), filtered, sorted and paginated.',
  })
  donors(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DonorFilter, { nullable: true, description: 'Which donors.' }) filter?: DonorFilter,
    @Arg('orderBy', () => DonorOrder, { nullable: true, description: 'Sort order.' }) orderBy?: DonorOrder,
  ) {
    return donors.listDonors(ctx, filter, orderBy, page);
  }

  @Authorized(Role.FRONT_STAFF, Role.SYSTEM_ADMIN)
  @Mutation(() => RegisterDonorPayload, { description: 'Registers a donor, with contact details if given.' })
  async registerDonor(
    @Ctx() ctx: Context,
    @Arg('input', () => RegisterDonorInput, { description: 'The donor.' }) input: RegisterDonorInput,
  ) {
    return { record: await mutate(ctx, 'registerDonor', (tx) => donors.registerDonor(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF, Role.SYSTEM_ADMIN)
  @Mutation(() => UpdateDonorPayload, { description: "Changes a donor's name, flags, unit or contact details." })
  async updateDonor(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateDonorInput, { description: 'The changes.' }) input: UpdateDonorInput,
  ) {
    return { record: await mutate(ctx, 'updateDonor', (tx) => donors.updateDonor(tx, input)) };
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
    description:
      "Contact details (personal data): only for Front staff and auditors of the donor's unit. Others get " +
      'null, with the reason in the response extensions (redacted); null also when none are recorded.',
  })
  async contact(@Root() donor: Donor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const { contact, redacted } = await donors.donorContact(ctx, donor);
    if (redacted) ctx.redactions.push({ path: pathText(info.path), reason: 'PERSONAL_DATA' });
    return contact;
  }
}
