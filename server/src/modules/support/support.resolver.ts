import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { idempotent } from '../../common/idempotency/idempotent.js';
import { PayloadType } from '../../common/payload.js';
import { FundType, LedgerEntryType } from '../funds/fund.type.js';
import { LedgerEntry } from '../funds/ledger-entry.entity.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { HouseholdType } from '../households/household.type.js';
import { findHousehold } from '../households/household.service.js';
import { Role } from '../users/role.js';
import { Support } from './support.entity.js';
import { DisburseSupportInput } from './support.inputs.js';
import { disburseSupport } from './support.service.js';
import { SupportType } from './support.type.js';

const DisburseSupportPayload = PayloadType(
  'DisburseSupport',
  SupportType,
  'support',
  'The support given, with its ledger entry.',
);

const loadSupport = (ctx: Context, id: string) => ctx.em.findOneOrFail(Support, { id: Number(id) });

@Resolver(() => SupportType)
export class SupportResolver {
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
  household(@Root() support: Support, @Ctx() ctx: Context) {
    return support.household ? findHousehold(ctx, String(support.household.id)) : null;
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
