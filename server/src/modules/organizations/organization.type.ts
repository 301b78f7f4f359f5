import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { PageType } from '../../common/pagination.js';
import { OrganizationKind } from './organization-kind.js';

@ObjectType('Organization', {
  description:
    "A body that takes part in the movement: a Front committee, People's Committee, department, mass " +
    'organization, the Social Policy Bank, a business, a school. It sits in a unit and may have a parent.',
})
export class OrganizationType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => OrganizationKind, { description: 'What kind of body it is.' })
  kind!: OrganizationKind;

  @Field(() => String, { description: 'Full name, e.g. "Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận".' })
  name!: string;

  @Field(() => DateTimeScalar, { description: 'When this record was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When this record was last changed.' })
  updatedAt!: Date;
}

export const OrganizationPage = PageType(OrganizationType, 'Organization');
