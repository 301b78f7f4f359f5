import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageType } from '../../common/pagination.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { ExemplarKind } from './exemplar-kind.js';

@ObjectType('Exemplar', {
  description:
    'An exemplary person, collective or household, or a livelihood model, that a campaign’s report names (gương điển hình, mô hình sinh kế). Public.',
})
export class ExemplarType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => ExemplarKind, { description: 'What it is.' })
  kind!: ExemplarKind;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it did, or how the model works.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Where in the unit, as the report says.' })
  place?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year it is reported for.' })
  year?: number | null;

  @Field(() => Boolean, { description: 'It was replicated (nhân rộng).' })
  replicated!: boolean;

  @Field(() => Int, { nullable: true, description: 'How many times it was replicated, where stated.' })
  replicationCount?: number | null;

  @Field(() => String, { nullable: true, description: 'Where it was replicated.' })
  replicatedWhere?: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

export const ExemplarPage = PageType(ExemplarType, 'Exemplar');
