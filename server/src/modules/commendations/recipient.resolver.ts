import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { pathText } from '../../common/redactions.plugin.js';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { mutate } from '../audit/mutate.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { holdsOn, NOMINATION_READERS } from '../users/access.js';
import { Role } from '../users/role.js';
import type { CommendationRecipient } from './commendation-recipient.entity.js';
import { UpdateCommendationRecipientInput } from './nomination.inputs.js';
import * as recipients from './recipient.service.js';
import { CommendationRecipientPage, CommendationRecipientType } from './nomination.type.js';
import { CommendationRecipientFilter } from './registry.inputs.js';
import { listCommendations } from './registry.service.js';
import { CommendationType } from './registry.type.js';

const UpdateRecipientPayload = PayloadType(
  'UpdateCommendationRecipient',
  CommendationRecipientType,
  'recipient',
  'The recipient as it is now.',
);

/** Personal data of a recipient: only the emulation boards, auditors and administrators of its unit. */
async function privateField<T>(
  ctx: Context,
  recipient: CommendationRecipient,
  info: GraphQLResolveInfo,
  value: T | null | undefined,
): Promise<T | null> {
  if (await holdsOn(ctx, NOMINATION_READERS, recipient.unit.id)) return value ?? null;
  if (value != null) ctx.redactions.push({ path: pathText(info.path), reason: 'PERSONAL_DATA' });
  return null;
}

@Resolver(() => CommendationRecipientType)
export class CommendationRecipientResolver {
  @Authorized(Role.EMULATION_OFFICER, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => CommendationRecipientType, { nullable: true, description: 'One recipient of your units.' })
  commendationRecipient(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return recipients.findRecipient(ctx, id);
  }

  @Authorized(Role.EMULATION_OFFICER, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => CommendationRecipientPage, {
    description: 'Recipients of your units, by name: pick one for a new nomination, or open their history.',
  })
  commendationRecipients(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CommendationRecipientFilter, { nullable: true, description: 'Which recipients.' })
    filter?: CommendationRecipientFilter,
  ) {
    return recipients.listRecipients(ctx, filter, page);
  }

  @Authorized(Role.EMULATION_OFFICER)
  @Mutation(() => UpdateRecipientPayload, {
    description: 'Corrects a recipient or records a discipline period (the emulation board of its unit).',
  })
  async updateCommendationRecipient(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCommendationRecipientInput, { description: 'The changes.' })
    input: UpdateCommendationRecipientInput,
  ) {
    return {
      record: await mutate(ctx, 'updateCommendationRecipient', (tx) => recipients.updateRecipient(tx, input)),
    };
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit the recipient belongs to.' })
  unit(@Root() r: CommendationRecipient, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(r.unit.id);
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The organization of a collective.' })
  organization(@Root() r: CommendationRecipient, @Ctx() ctx: Context) {
    return r.organization ? ctx.loaders.organization.load(r.organization.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Address: personal data, only for the emulation boards, auditors and administrators of the recipient’s ' +
      'unit; never public (null, with the reason in the response extensions).',
  })
  address(@Root() r: CommendationRecipient, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return privateField(ctx, r, info, r.address);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'Under discipline up to this day (same audience as the address).',
  })
  disciplineUntil(@Root() r: CommendationRecipient, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return privateField(ctx, r, info, r.disciplineUntil);
  }

  @FieldResolver(() => [CommendationType], {
    description: 'The recipient’s commendations that you may see, newest first (at most 100).',
  })
  async commendations(@Root() r: CommendationRecipient, @Ctx() ctx: Context) {
    return (await listCommendations(ctx, { recipientId: String(r.id) }, { offset: 0, limit: 100 } as PageArgs)).nodes;
  }
}
