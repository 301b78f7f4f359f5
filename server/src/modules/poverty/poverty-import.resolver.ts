import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { Role } from '../users/role.js';
import { PovertyImportChange } from './poverty-import-enums.js';
import type { ImportLine, PovertyImport } from './poverty-import.entity.js';
import * as imports from './poverty-import.service.js';
import {
  PovertyImportLinePage,
  PovertyImportLineType,
  PovertyImportPage,
  PovertyImportProblemType,
  PovertyImportRef,
  PovertyImportType,
  StartPovertyImportInput,
} from './poverty-import.type.js';
import { formatHundredths, parseHundredths, rateHundredths } from './poverty-math.js';

const StartPayload = PayloadType('StartPovertyImport', PovertyImportType, 'povertyImport', 'The import.');
const CommitPayload = PayloadType('CommitPovertyImport', PovertyImportType, 'povertyImport', 'The import.');
const CancelPayload = PayloadType('CancelPovertyImport', PovertyImportType, 'povertyImport', 'The import.');

const asRate = (value: bigint | null) => (value == null ? null : formatHundredths(value));

@Resolver(() => PovertyImportType)
export class PovertyImportResolver {
  @Authorized(Role.FRONT_STAFF)
  @Query(() => PovertyImportType, { nullable: true, description: 'One of your poverty-statistics imports.' })
  povertyImport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return imports.findPovertyImport(ctx, id);
  }

  @Authorized(Role.FRONT_STAFF)
  @Query(() => PovertyImportPage, { description: 'Your poverty-statistics imports, newest first.' })
  povertyImports(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return imports.listPovertyImports(ctx, page);
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => StartPayload, {
    description:
      'Starts an import of poverty statistics. Then POST the file’s bytes (CSV or XLSX) to its uploadPath, read the preview (lines), and commit.',
  })
  async startPovertyImport(
    @Ctx() ctx: Context,
    @Arg('input', () => StartPovertyImportInput, { description: 'The file.' }) input: StartPovertyImportInput,
  ) {
    return { record: await mutate(ctx, 'startPovertyImport', (tx) => imports.startPovertyImport(tx, input.fileName)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => CommitPayload, {
    description:
      'Writes every line of a previewed import, or none when any line has a problem. Lines the records already match write nothing: committing again or re-importing the same file changes nothing.',
  })
  async commitPovertyImport(
    @Ctx() ctx: Context,
    @Arg('input', () => PovertyImportRef, { description: 'The import.' }) input: PovertyImportRef,
  ) {
    return { record: await mutate(ctx, 'commitPovertyImport', (tx) => imports.commitPovertyImport(tx, input.id)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => CancelPayload, { description: 'Abandons an import that is not committed.' })
  async cancelPovertyImport(
    @Ctx() ctx: Context,
    @Arg('input', () => PovertyImportRef, { description: 'The import.' }) input: PovertyImportRef,
  ) {
    return { record: await mutate(ctx, 'cancelPovertyImport', (tx) => imports.cancelPovertyImport(tx, input.id)) };
  }

  @FieldResolver(() => String, { description: 'Where to POST the file’s bytes (same login).' })
  uploadPath(@Root() record: PovertyImport) {
    return `/imports/poverty/${record.id}/file`;
  }

  @FieldResolver(() => PovertyImportLinePage, { description: 'Its lines in file order: the preview.' })
  lines(
    @Root() record: PovertyImport,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('withProblems', () => Boolean, {
      nullable: true,
      description: 'Only lines with (true) or without (false) problems.',
    })
    withProblems?: boolean,
    @Arg('change', () => PovertyImportChange, { nullable: true, description: 'Only lines that would do this.' })
    change?: PovertyImportChange,
  ) {
    const matching = record.lines.filter(
      (l) =>
        (withProblems == null || withProblems === l.problems.length > 0) && (change == null || l.change === change),
    );
    return {
      totalCount: matching.length,
      offset: page.offset,
      limit: page.limit,
      nodes: matching.slice(page.offset, page.offset + page.limit),
    };
  }
}

@Resolver(() => PovertyImportLineType)
export class PovertyImportLineResolver {
  @FieldResolver(() => AdministrativeUnitType, { nullable: true, description: 'The unit it was matched to.' })
  unit(@Root() line: ImportLine, @Ctx() ctx: Context) {
    return line.unitId ? ctx.loaders.unit.load(line.unitId) : null;
  }

  @FieldResolver(() => [PovertyImportProblemType], { description: 'Why it cannot be written; empty when it can.' })
  problems(@Root() line: ImportLine, @Ctx() ctx: Context) {
    return line.problems.map((p) => ({ field: p.field, code: p.code, message: p.message[ctx.locale] }));
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  poorRate(@Root() line: ImportLine) {
    return asRate(rateHundredths(line.poorHouseholds, line.households));
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  nearPoorRate(@Root() line: ImportLine) {
    return asRate(rateHundredths(line.nearPoorHouseholds, line.households));
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  poorRateDifference(@Root() line: ImportLine) {
    const derived = rateHundredths(line.poorHouseholds, line.households);
    return derived == null || line.reportedPoorRate == null
      ? null
      : formatHundredths(derived - parseHundredths(line.reportedPoorRate));
  }
}
