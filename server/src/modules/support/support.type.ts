import { QuantityScalar } from '../../common/scalars/quantity.scalar.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { Medium } from '../funds/ledger-enums.js';
import { PageType } from '../../common/pagination.js';
import { SupportPurpose } from './support-purpose.js';

@ObjectType('Support', { description: 'Support (hỗ trợ) given out of a fund to a household or a commune project.' })
export class SupportType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => SupportPurpose, { description: 'What for.' })
  purpose!: SupportPurpose;

  @Field(() => Medium, { description: 'Cash or goods.' })
  medium!: Medium;

  @Field(() => MoneyScalar, { description: 'Whole VND given (goods: appraised value).' })
  amount!: bigint;

  @Field(() => QuantityScalar, { nullable: true, description: 'Goods: how many.' })
  quantity?: string | null;

  @Field(() => String, { nullable: true, description: 'Goods: the unit.' })
  quantityUnit?: string | null;

  @Field(() => DateScalar, { description: 'The day it was given.' })
  supportedOn!: string;

  @Field(() => String, { description: 'The decision behind it.' })
  decisionRef!: string;

  @Field(() => String, { nullable: true, description: 'A commune project’s name (when not for one household).' })
  projectName?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many households the project reaches, as its decision states.' })
  projectHouseholds?: number | null;
}

export const SupportPage = PageType(SupportType, 'Support');
