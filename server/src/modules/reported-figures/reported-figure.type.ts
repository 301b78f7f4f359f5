import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageType } from '../../common/pagination.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { QuantityScalar } from '../../common/scalars/quantity.scalar.js';
import { RecipientKind } from '../commendations/commendation-enums.js';
import { SupportPurpose } from '../support/support-purpose.js';
import { FigureFact, FigureMeasure, FindingKind } from './figure-enums.js';

@ObjectType('FigureValue', { description: 'An exact value of a reported or computed figure.' })
export class FigureValueType {
  @Field(() => FigureMeasure, { description: 'Money or a count.' })
  measure!: FigureMeasure;

  @Field(() => MoneyScalar, { nullable: true, description: 'MONEY: whole VND.' })
  money?: bigint | null;

  @Field(() => QuantityScalar, { nullable: true, description: 'COUNT: the number, exact.' })
  count?: string | null;

  @Field(() => String, { nullable: true, description: 'COUNT: what is counted.' })
  countUnit?: string | null;

  @Field(() => String, {
    description: 'As a Vietnamese report writes it: "84.184.730.000 đồng", "5.347 học viên".',
  })
  text!: string;
}

@ObjectType('FigureClaim', { description: 'The fact of the product a reported figure claims.' })
export class FigureClaimType {
  @Field(() => FigureFact, { description: 'The fact.' })
  fact!: FigureFact;

  @Field(() => SupportPurpose, { nullable: true, description: 'Only support of this purpose.' })
  purpose?: SupportPurpose | null;

  @Field(() => String, { nullable: true, description: 'Only commendations of this form.' })
  formCode?: string | null;

  @Field(() => RecipientKind, { nullable: true, description: 'Only commendations to recipients of this kind.' })
  recipientKind?: RecipientKind | null;

  @Field(() => Int, { nullable: true, description: 'First year of the period.' })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Review year, or last year of the period.' })
  toYear?: number | null;
}

@ObjectType('ReportedFigure', {
  description:
    'A figure as a campaign’s report states it (a total with its parts, or one figure), kept as stated; consistencyFindings checks it.',
})
export class ReportedFigureType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'What it is, as the report words it.' })
  label!: string;

  @Field(() => FigureMeasure, { description: 'Money or a count.' })
  measure!: FigureMeasure;

  @Field(() => MoneyScalar, { nullable: true, description: 'MONEY: whole VND, as stated.' })
  money?: bigint | null;

  @Field(() => QuantityScalar, { nullable: true, description: 'COUNT: the number, as stated.' })
  count?: string | null;

  @Field(() => String, { nullable: true, description: 'COUNT: what is counted.' })
  countUnit?: string | null;

  @Field(() => Int, { description: 'Order among the parts of its total (or among the totals).' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'Where it is stated.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

export const ReportedFigurePage = PageType(ReportedFigureType, 'ReportedFigure');

@ObjectType('ConsistencyFinding', {
  description:
    'A reported figure that does not add up: a total that is not the sum of its parts, or a figure that differs from the recorded facts.',
})
export class ConsistencyFindingType {
  @Field(() => FindingKind, { description: 'What is wrong.' })
  kind!: FindingKind;

  @Field(() => ReportedFigureType, { description: 'The figure as stated.' })
  figure!: ReportedFigureType;

  @Field(() => FigureValueType, { description: 'What the report states.' })
  stated!: FigureValueType;

  @Field(() => FigureValueType, { description: 'What its parts add up to, or what the recorded facts give.' })
  computed!: FigureValueType;

  @Field(() => FigureValueType, { description: 'Stated minus computed, exact (negative when the report states less).' })
  difference!: FigureValueType;

  @Field(() => [ReportedFigureType], { description: 'PARTS_DO_NOT_ADD_UP: the parts that were summed.' })
  parts!: ReportedFigureType[];

  @Field(() => String, { description: 'The finding in a sentence, in Vietnamese.' })
  message!: string;

  @Field(() => String, { description: 'The finding in English.' })
  messageEn!: string;
}
