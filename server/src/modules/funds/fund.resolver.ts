import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { idempotent } from '../../common/idempotency/idempotent.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { mutate } from '../audit/mutate.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { Role } from '../users/role.js';
import { Fund } from './fund.entity.js';
import {
  AllocateFundsInput,
  CreateFundInput,
  FundFilter,
  LedgerEntryFilter,
  ReverseLedgerEntryInput,
} from './fund.inputs.js';
import * as funds from './fund.service.js';
import { fundSummary, ledgerIntegrity } from './fund-summary.service.js';
import { FundSummaryType, LedgerIntegrityType } from './fund-summary.type.js';
import { FundPage, FundTotalsType, FundType, LedgerEntryPage, LedgerEntryType } from './fund.type.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { allocateFunds, reverseLedgerEntry } from './ledger-operations.service.js';

const CreateFundPayload = PayloadType('CreateFund', FundType, 'fund', 'The new fund.');
const AllocateFundsPayload = PayloadType(
  'AllocateFunds',
  LedgerEntryType,
  'entry',
  'The ALLOCATION_OUT entry; its counterpart is the ALLOCATION_IN.',
);
const ReverseLedgerEntryPayload = PayloadType(
  'ReverseLedgerEntry',
  LedgerEntryType,
  'reversal',
  'The reversing entry.',
);

const loadEntry = (ctx: Context, id: string) => ctx.em.findOneOrFail(LedgerEntry, { id });

@Resolver(() => FundType)
export class FundResolver {
  @Query(() => FundType, { nullable: true, description: 'One fund by id.' })
  fund(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return funds.findFund(ctx, id);
  }

  @Query(() => FundPage, { description: 'Funds, by code. Public: balances are aggregate figures.' })
  funds(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => FundFilter, { nullable: true, description: 'Which funds.' }) filter?: FundFilter,
  ) {
    return funds.listFunds(ctx, filter, page);
  }

  @Authorized(Role.FRONT_STAFF, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => LedgerEntryPage, { description: 'Ledger entries within your scope, newest first.' })
  ledgerEntries(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => LedgerEntryFilter, { nullable: true, description: 'Which entries.' })
    filter?: LedgerEntryFilter,
  ) {
    return funds.listLedgerEntries(ctx, filter, page);
  }

  @Query(() => FundSummaryType, { nullable: true, description: 'A fund’s period report (public aggregate figures).' })
  async fundSummary(
    @Ctx() ctx: Context,
    @Arg('fundId', () => ID, { description: 'The fund.' }) fundId: string,
    @Arg('from', () => DateScalar, { nullable: true, description: 'First day; open when left out.' }) from?: string,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last day; open when left out.' }) to?: string,
  ) {
    const fund = await funds.findFund(ctx, fundId);
    return fund ? fundSummary(ctx, fund, from, to) : null;
  }

  @Authorized(Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => LedgerIntegrityType, {
    description: 'Checks that every fund’s ledger adds up (auditors, administrators).',
  })
  ledgerIntegrity(@Ctx() ctx: Context) {
    return ledgerIntegrity(ctx);
  }

  @Authorized(Role.FRONT_STAFF, Role.SYSTEM_ADMIN)
  @Mutation(() => CreateFundPayload, { description: 'Opens the Fund for the Poor of a Front committee.' })
  async createFund(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateFundInput, { description: 'The fund.' }) input: CreateFundInput,
  ) {
    return { record: await mutate(ctx, 'createFund', (tx) => funds.createFund(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => AllocateFundsPayload, { description: 'Moves cash to a lower level’s fund: both sides or neither.' })
  async allocateFunds(
    @Ctx() ctx: Context,
    @Arg('input', () => AllocateFundsInput, { description: 'The allocation.' }) input: AllocateFundsInput,
  ) {
    const { idempotencyKey, ...payload } = input;
    return {
      record: await idempotent(
        ctx,
        'allocateFunds',
        idempotencyKey,
        payload,
        (tx) => allocateFunds(tx, input),
        loadEntry,
      ),
    };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => ReverseLedgerEntryPayload, {
    description: 'Corrects an entry by posting its opposite, linked to it; nothing is edited.',
  })
  async reverseLedgerEntry(
    @Ctx() ctx: Context,
    @Arg('input', () => ReverseLedgerEntryInput, { description: 'The reversal.' }) input: ReverseLedgerEntryInput,
  ) {
    const { idempotencyKey, ...payload } = input;
    return {
      record: await idempotent(
        ctx,
        'reverseLedgerEntry',
        idempotencyKey,
        payload,
        (tx) => reverseLedgerEntry(tx, input),
        loadEntry,
      ),
    };
  }

  @FieldResolver(() => FundTotalsType, { description: 'Balance and totals, summed from the ledger now.' })
  totals(@Root() fund: Fund, @Ctx() ctx: Context) {
    return ctx.loaders.fundTotals.load(fund.id);
  }

  @FieldResolver(() => OrganizationType, { description: 'The Front committee that keeps it.' })
  organization(@Root() fund: Fund, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(fund.organization.id);
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The committee’s unit.' })
  unit(@Root() fund: Fund, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(fund.unit.id);
  }
}

@Resolver(() => LedgerEntryType)
export class LedgerEntryResolver {
  @FieldResolver(() => FundType, { description: 'The fund it belongs to.' })
  fund(@Root() entry: LedgerEntry, @Ctx() ctx: Context) {
    return ctx.loaders.fund.load(entry.fund.id);
  }

  @FieldResolver(() => LedgerEntryType, { nullable: true, description: 'The entry this one reverses.' })
  reverses(@Root() entry: LedgerEntry, @Ctx() ctx: Context) {
    return entry.reverses ? ctx.loaders.ledgerEntry.load(String(entry.reverses.id)) : null;
  }

  @FieldResolver(() => LedgerEntryType, { nullable: true, description: 'The entry that reverses this one, if any.' })
  reversedBy(@Root() entry: LedgerEntry, @Ctx() ctx: Context) {
    return ctx.loaders.reversalOf.load(String(entry.id));
  }

  @FieldResolver(() => LedgerEntryType, { nullable: true, description: 'The other side of an allocation.' })
  counterpart(@Root() entry: LedgerEntry, @Ctx() ctx: Context) {
    return entry.counterpart
      ? ctx.loaders.ledgerEntry.load(String(entry.counterpart.id))
      : ctx.loaders.allocationInOf.load(String(entry.id));
  }
}
