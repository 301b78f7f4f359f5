import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { PageType } from '../../common/pagination.js';
import { PovertyStatus } from './household-enums.js';

@ObjectType('Household', {
  description:
    'A beneficiary household. Personal data: only Front staff and auditors of its unit see households at all.',
})
export class HouseholdType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'Head of household.' })
  headName!: string;

  @Field(() => String, { nullable: true, description: 'Address.' })
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of members.' })
  members?: number | null;

  @Field(() => Boolean, { description: 'An ethnic-minority household.' })
  ethnicMinority!: boolean;

  @Field(() => Int, { description: 'Bumped on every change; send it back in updates to refuse stale edits.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When this record was created.' })
  createdAt!: Date;
}

export const HouseholdPage = PageType(HouseholdType, 'Household');

@ObjectType('HouseholdStatus', { description: 'A household’s standing in one year’s poverty review.' })
export class HouseholdStatusType {
  @Field(() => Int, { description: 'The year of the review.' })
  year!: number;

  @Field(() => PovertyStatus, { description: 'The standing.' })
  status!: PovertyStatus;
}
