import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { PovertyArea, PovertyCategory } from './poverty-enums.js';

@ObjectType('PovertyThreshold', {
  description:
    'One line of a standard: households of a category in an area have a monthly income per person in (incomeAbove, incomeAtMost] and lack between minDeprivations and maxDeprivations basic social services.',
})
export class PovertyThresholdType {
  @Field(() => PovertyCategory, { description: 'The category this line defines.' })
  category!: PovertyCategory;

  @Field(() => PovertyArea, { description: 'Rural or urban.' })
  area!: PovertyArea;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Income above this, VND per person per month; none: from zero.',
  })
  incomeAbove?: string | null;

  @Field(() => MoneyScalar, { description: 'Income at most this, VND per person per month.' })
  incomeAtMost!: string;

  @Field(() => Int, { nullable: true, description: 'Lacking at least this many indicators; none: any.' })
  minDeprivations?: number | null;

  @Field(() => Int, { nullable: true, description: 'Lacking at most this many indicators; none: any.' })
  maxDeprivations?: number | null;
}

@ObjectType('PovertyStandard', {
  description: 'A national poverty standard (chuẩn nghèo) for a period, with the categories and thresholds it defines.',
})
export class PovertyStandardType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'Stable code, e.g. "QD-59-2015", "ND-07-2021", "CN-2026-2030".' })
  code!: string;

  @Field(() => String, { description: 'Name, in Vietnamese.' })
  name!: string;

  @Field(() => String, { description: 'The legal text that sets it.' })
  legalBasis!: string;

  @Field(() => Int, { description: 'First year of the period it governs.' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the period it governs.' })
  toYear!: number;

  @Field(() => Boolean, { description: 'Measures deprivation of basic social services besides income.' })
  multidimensional!: boolean;

  @Field(() => Int, { nullable: true, description: 'How many deprivation indicators it measures.' })
  deprivationIndicators?: number | null;

  @Field(() => [PovertyThresholdType], { description: 'Its thresholds, by category and area.' })
  thresholds!: PovertyThresholdType[];

  @Field(() => String, { nullable: true, description: 'Summary, in Vietnamese.' })
  description?: string | null;

  @Field(() => Boolean, {
    description:
      'Entered from secondary sources and not yet checked against the official text (see note); its thresholds may change.',
  })
  provisional!: boolean;

  @Field(() => String, { nullable: true, description: 'What is and is not verified about a provisional standard.' })
  note?: string | null;
}
