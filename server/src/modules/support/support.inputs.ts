import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { NotBlank } from '../../common/validators.js';
import { InKindInput } from '../donations/donation.inputs.js';
import { SupportPurpose } from './support-purpose.js';

@InputType({ description: 'A commune project that receives support.' })
export class SupportProjectInput {
  @Field(() => String, { description: 'The project, e.g. "Đề án 406/ĐA nuôi bò sinh sản".' })
  @NotBlank()
  @MaxLength(300)
  name!: string;

  @Field(() => ID, { description: 'The commune it runs in.' })
  unitId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many households the project reaches, as its decision states (e.g. 750 for 1.000 cows); counted in ' +
      'the households reached by support. Unknown when not given.',
  })
  @Min(1)
  @Max(10_000_000)
  households?: number | null;
}

@InputType({ description: 'Support to give out of a fund: to a household, or to a commune project.' })
export class DisburseSupportInput {
  @Field(() => String, { description: 'A key you choose; a retry never disburses twice.' })
  @NotBlank()
  @MaxLength(100)
  idempotencyKey!: string;

  @Field(() => ID, { description: 'The fund it comes out of.' })
  fundId!: string;

  @Field(() => ID, { nullable: true, description: 'The household (or give a project).' })
  householdId?: string | null;

  @Field(() => SupportProjectInput, { nullable: true, description: 'The commune project (or give a household).' })
  @ValidateNested()
  project?: SupportProjectInput | null;

  @Field(() => SupportPurpose, { description: 'What for.' })
  purpose!: SupportPurpose;

  @Field(() => DateScalar, { description: 'The day it was given; not in the future.' })
  supportedOn!: string;

  @Field(() => MoneyScalar, { description: 'Whole VND (goods: their appraised value).' })
  amount!: bigint;

  @Field(() => InKindInput, { nullable: true, description: 'Goods given, out of the goods the fund holds.' })
  @ValidateNested()
  inKind?: InKindInput | null;

  @Field(() => String, { description: 'The decision behind it, e.g. "27/QĐ-UBND".' })
  @NotBlank()
  @MaxLength(200)
  decisionRef!: string;

  @Field(() => ID, { nullable: true, description: 'The campaign it serves.' })
  campaignId?: string | null;
}

@InputType({ description: 'Which support to list (from funds within your scope).' })
export class SupportFilter {
  @Field(() => ID, { nullable: true, description: 'Only out of this fund.' })
  fundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only to this household.' })
  householdId?: string | null;

  @Field(() => SupportPurpose, { nullable: true, description: 'Only for this purpose.' })
  purpose?: SupportPurpose | null;

  @Field(() => ID, { nullable: true, description: 'Only support that went to this unit or under it.' })
  unitId?: string | null;
}
