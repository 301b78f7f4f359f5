import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { mutate } from '../audit/mutate.js';
import { Role } from '../users/role.js';
import { PovertyFigureType } from './poverty-figure.type.js';
import { PovertyMeasure } from './poverty-measure.js';
import { PovertyReductionType } from './poverty-reduction.type.js';
import { povertyReduction } from './poverty-reduction.service.js';
import { povertySeries } from './poverty-series.service.js';
import { PovertyStandardType } from './poverty-standard.type.js';
import { PovertyStandard } from './poverty-standard.entity.js';
import { RecordPovertyStatisticInput, UpdatePovertyStatisticInput } from './poverty-statistic.inputs.js';
import * as statistics from './poverty-statistic.service.js';
import { PovertyStatisticFilter, PovertyStatisticPage, PovertyStatisticType } from './poverty-statistic.type.js';
import { statisticView } from './poverty-statistic-view.js';

@ObjectType('RecordPovertyStatisticPayload', { description: 'The result of recordPovertyStatistic.' })
class RecordPovertyStatisticPayload {
  @Field(() => PovertyFigureType, { description: 'The recorded statistic as a figure, with its derived rates.' })
  figure!: PovertyFigureType;

  @Field(() => PovertyStatisticType, { description: 'The recorded statistic as stored.' })
  statistic!: PovertyStatisticType;
}

const UpdatePovertyStatisticPayload = PayloadType(
  'UpdatePovertyStatistic',
  PovertyStatisticType,
  'statistic',
  'The changed statistic.',
);

/** Poverty statistics are aggregates without personal data: anyone may read them; only a unit's Front staff write them. */
@Resolver(() => PovertyStatisticType)
export class PovertyResolver {
  @Query(() => PovertyStatisticPage, {
    description: 'Recorded poverty statistics (as entered, not rolled up), newest review first.',
  })
  async povertyStatistics(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PovertyStatisticFilter, { nullable: true, description: 'Which statistics.' })
    filter?: PovertyStatisticFilter,
  ) {
    const result = await statistics.listPovertyStatistics(ctx, filter, page);
    return { ...result, nodes: result.nodes.map(statisticView) };
  }

  @Query(() => PovertyStatisticType, { nullable: true, description: 'One recorded statistic.' })
  async povertyStatistic(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    const row = await statistics.findPovertyStatistic(ctx, id);
    return row ? statisticView(row) : null;
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit reviewed.' })
  unit(@Root() statistic: PovertyStatisticType, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(Number(statistic.unit.id));
  }

  @FieldResolver(() => PovertyStandardType, { description: 'The standard it was counted under.' })
  standard(@Root() statistic: PovertyStatisticType, @Ctx() ctx: Context) {
    // A handful of standards: the request's identity map serves them after the first.
    return ctx.em.findOneOrFail(PovertyStandard, { id: Number(statistic.standard.id) });
  }

  @Query(() => [PovertyStandardType], { description: 'The national poverty standards, oldest first.' })
  povertyStandards(@Ctx() ctx: Context) {
    return statistics.listStandards(ctx);
  }

  @Query(() => [PovertyFigureType], {
    description:
      'A unit’s poverty figures year by year, rolled up through the units under it and those merged into it.',
  })
  povertySeries(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { description: 'The unit (today’s or a former one).' }) unitId: string,
    @Arg('standardCode', () => String, { nullable: true, description: 'Only under this standard.' })
    standardCode?: string,
    @Arg('fromYear', () => Int, { nullable: true, description: 'From this review year.' }) fromYear?: number,
    @Arg('toYear', () => Int, { nullable: true, description: 'Up to this review year.' }) toYear?: number,
  ) {
    return povertySeries(ctx, { unitId, standardCode, fromYear, toYear });
  }

  @Query(() => PovertyReductionType, {
    nullable: true,
    description:
      'How a unit’s poor-household rate changed over a period, against a plan; null when the opening or closing review is missing.',
  })
  povertyReduction(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Arg('fromYear', () => Int, { description: 'First year of the period (its opening review is the year before).' })
    fromYear: number,
    @Arg('toYear', () => Int, { description: 'Last year of the period.' }) toYear: number,
    @Arg('standardCode', () => String, {
      nullable: true,
      description:
        'The standard; by default the one whose period holds the whole period. A period no standard covers (2021–2025) is measured under its closing standard only, with standardChanged and segments.',
    })
    standardCode?: string,
    @Arg('plannedReductionPerYear', () => DecimalScalar, {
      nullable: true,
      description: 'The planned reduction, points per year: the one figure, or the lower bound of a range.',
    })
    plannedReductionPerYear?: string,
    @Arg('plannedReductionPerYearMax', () => DecimalScalar, {
      nullable: true,
      description: 'The upper bound of a planned range ("3–4": 3 and 4); achievement is measured against the lower.',
    })
    plannedReductionPerYearMax?: string,
    @Arg('campaignId', () => ID, {
      nullable: true,
      description:
        'Take the plan from this campaign when none is given: its plan for the unit and measure, or else its povertyReductionTarget.',
    })
    campaignId?: string,
    @Arg('measure', () => PovertyMeasure, {
      defaultValue: PovertyMeasure.POOR_RATE,
      description: 'Which rate: all households (default) or ethnic-minority households.',
    })
    measure: PovertyMeasure = PovertyMeasure.POOR_RATE,
  ) {
    return povertyReduction(ctx, {
      unitId,
      fromYear,
      toYear,
      standardCode,
      plannedReductionPerYear,
      plannedReductionPerYearMax,
      campaignId,
      measure,
    });
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => RecordPovertyStatisticPayload, {
    description: 'Records (or replaces) the result of a year’s poverty review in a unit under a standard.',
  })
  async recordPovertyStatistic(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordPovertyStatisticInput, { description: 'The counts.' }) input: RecordPovertyStatisticInput,
  ) {
    const { figure, statistic } = await mutate(ctx, 'recordPovertyStatistic', (tx) =>
      statistics.recordPovertyStatistic(tx, input),
    );
    return { figure, statistic: statisticView(statistic) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => UpdatePovertyStatisticPayload, {
    description: 'Changes the counts of a recorded statistic (its unit’s Front staff).',
  })
  async updatePovertyStatistic(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdatePovertyStatisticInput, { description: 'The changes.' })
    input: UpdatePovertyStatisticInput,
  ) {
    const row = await mutate(ctx, 'updatePovertyStatistic', (tx) => statistics.updatePovertyStatistic(tx, input));
    return { record: statisticView(row) };
  }
}
