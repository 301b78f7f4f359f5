import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { Donation } from '../donations/donation.entity.js';
import { DonationType } from '../donations/donation.type.js';
import { FundType } from '../funds/fund.type.js';
import { Role } from '../users/role.js';
import { BankStatementFormat } from './bank-statement-format.entity.js';
import * as formats from './bank-statement-format.service.js';
import { StatementLineStatus } from './import-enums.js';
import { lineProblemMessage } from './line-problems.js';
import type { StatementImport } from './statement-import.entity.js';
import {
  SaveBankStatementFormatInput,
  StartStatementImportInput,
  StatementImportFilter,
  StatementImportRef,
} from './statement-import.inputs.js';
import * as imports from './statement-import.service.js';
import {
  BankStatementFormatType,
  StatementImportPage,
  StatementImportType,
  ImportedStatementLinePage,
  ImportedStatementLineType,
} from './statement-import.type.js';
import type { StatementLine } from './statement-line.entity.js';

const SaveFormatPayload = PayloadType('SaveBankStatementFormat', BankStatementFormatType, 'format', 'The format.');
const StartImportPayload = PayloadType('StartStatementImport', StatementImportType, 'statementImport', 'The import.');
const CommitImportPayload = PayloadType('CommitStatementImport', StatementImportType, 'statementImport', 'The import.');
const CancelImportPayload = PayloadType('CancelStatementImport', StatementImportType, 'statementImport', 'The import.');

@Resolver(() => BankStatementFormatType)
export class BankStatementFormatResolver {
  @Authorized(Role.FRONT_STAFF, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => [BankStatementFormatType], { description: 'The banks’ statement layouts, by code.' })
  bankStatementFormats(@Ctx() ctx: Context) {
    return formats.listBankStatementFormats(ctx);
  }

  @Authorized(Role.FRONT_STAFF, Role.SYSTEM_ADMIN)
  @Mutation(() => SaveFormatPayload, {
    description: 'Sets (or changes) which column of a bank’s statement holds what.',
  })
  async saveBankStatementFormat(
    @Ctx() ctx: Context,
    @Arg('input', () => SaveBankStatementFormatInput, { description: 'The layout.' })
    input: SaveBankStatementFormatInput,
  ) {
    return { record: await mutate(ctx, 'saveBankStatementFormat', (tx) => formats.saveBankStatementFormat(tx, input)) };
  }
}

@Resolver(() => StatementImportType)
export class StatementImportResolver {
  @Authorized(Role.FRONT_STAFF, Role.AUDITOR)
  @Query(() => StatementImportType, { nullable: true, description: 'One statement import (null outside your scope).' })
  statementImport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return imports.findStatementImport(ctx, id);
  }

  @Authorized(Role.FRONT_STAFF, Role.AUDITOR)
  @Query(() => StatementImportPage, { description: 'Statement imports of funds in your scope, newest first.' })
  statementImports(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => StatementImportFilter, { nullable: true, description: 'Which imports.' })
    filter?: StatementImportFilter,
  ) {
    return imports.listStatementImports(ctx, filter, page);
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => StartImportPayload, {
    description:
      'Starts a bank-statement import into a fund. Then POST the file’s bytes to its uploadPath ' +
      '(resend the whole file to resume an interrupted upload), read the preview, and commit.',
  })
  async startStatementImport(
    @Ctx() ctx: Context,
    @Arg('input', () => StartStatementImportInput, { description: 'The import.' }) input: StartStatementImportInput,
  ) {
    return { record: await mutate(ctx, 'startStatementImport', (tx) => imports.startStatementImport(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => CommitImportPayload, {
    description:
      'Posts every valid line of a previewed import as a bank-transfer donation, all or none. ' +
      'Committing again posts nothing more.',
  })
  async commitStatementImport(
    @Ctx() ctx: Context,
    @Arg('input', () => StatementImportRef, { description: 'The import.' }) input: StatementImportRef,
  ) {
    return {
      record: await mutate(ctx, 'commitStatementImport', (tx) => imports.commitStatementImport(tx, input.id)),
    };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => CancelImportPayload, { description: 'Abandons an import that is not posted.' })
  async cancelStatementImport(
    @Ctx() ctx: Context,
    @Arg('input', () => StatementImportRef, { description: 'The import.' }) input: StatementImportRef,
  ) {
    return {
      record: await mutate(ctx, 'cancelStatementImport', (tx) => imports.cancelStatementImport(tx, input.id)),
    };
  }

  @FieldResolver(() => String, { description: 'Where to POST the statement file’s bytes (same login).' })
  uploadPath(@Root() record: StatementImport) {
    return `/imports/statements/${record.id}/file`;
  }

  @FieldResolver(() => FundType, { description: 'The fund.' })
  fund(@Root() record: StatementImport, @Ctx() ctx: Context) {
    return ctx.loaders.fund.load(record.fund.id);
  }

  @FieldResolver(() => BankStatementFormatType, { description: 'The bank’s layout used to read it.' })
  format(@Root() record: StatementImport, @Ctx() ctx: Context) {
    return ctx.em.findOneOrFail(BankStatementFormat, { id: record.format.id });
  }

  @FieldResolver(() => CampaignType, { nullable: true, description: 'The campaign for lines naming none.' })
  defaultCampaign(@Root() record: StatementImport, @Ctx() ctx: Context) {
    return record.defaultCampaign ? ctx.loaders.campaign.load(record.defaultCampaign.id) : null;
  }

  @FieldResolver(() => ImportedStatementLinePage, { description: 'Its lines in file order: the preview.' })
  lines(
    @Root() record: StatementImport,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => StatementLineStatus, { nullable: true, description: 'Only lines in this state.' })
    status?: StatementLineStatus,
  ) {
    return imports.listStatementLines(ctx, record, status, page);
  }
}

@Resolver(() => ImportedStatementLineType)
export class ImportedStatementLineResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Why it is not posted, in your language.' })
  problem(@Root() line: StatementLine, @Ctx() ctx: Context) {
    return line.problemCode ? lineProblemMessage(line.problemCode, line.problemDetail, ctx.locale) : null;
  }

  @FieldResolver(() => CampaignType, { nullable: true, description: 'The campaign it is (or was) posted for.' })
  campaign(@Root() line: StatementLine, @Ctx() ctx: Context) {
    return line.campaign ? ctx.loaders.campaign.load(line.campaign.id) : null;
  }

  @FieldResolver(() => DonationType, { nullable: true, description: 'The donation it became, once posted.' })
  donation(@Root() line: StatementLine, @Ctx() ctx: Context) {
    return line.donation ? ctx.em.findOne(Donation, { id: line.donation.id }) : null;
  }
}
