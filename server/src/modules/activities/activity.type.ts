import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageType } from '../../common/pagination.js';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { ActivityKind } from './activity-kind.js';

@ObjectType('CampaignActivity', {
  description:
    'A count of one kind of activity of a campaign in a unit, over a year or a span of years (15 panels; 21 policy dialogues for 40,000 attendances).',
})
export class CampaignActivityType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => ActivityKind, { description: 'What kind.' })
  kind!: ActivityKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;

  @Field(() => Int, { nullable: true, description: 'People reached (attendances, trainees), where stated.' })
  participants?: number | null;

  @Field(() => Int, { description: 'The year, or the first year of the span the count covers.' })
  fromYear!: number;

  @Field(() => Int, { description: 'The last year of the span (fromYear for one year).' })
  toYear!: number;

  @Field(() => DateScalar, { nullable: true, description: 'The day, for a single event.' })
  heldOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What exactly, as the report words it.' })
  note?: string | null;

  @Field(() => String, { description: 'The kind as a Vietnamese report words it, e.g. "Pa-nô tuyên truyền".' })
  label!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

export const CampaignActivityPage = PageType(CampaignActivityType, 'CampaignActivity');

@ObjectType('CampaignActivityTotal', { description: 'One kind of activity, summed.' })
export class CampaignActivityTotalType {
  @Field(() => ActivityKind, { description: 'The kind.' })
  kind!: ActivityKind;

  @Field(() => String, { description: 'The kind as a Vietnamese report words it.' })
  label!: string;

  @Field(() => String, { description: 'The unit of the count, in Vietnamese ("pa-nô", "lớp", "cuộc").' })
  countUnit!: string;

  @Field(() => Int, { description: 'How many records were summed.' })
  records!: number;

  @Field(() => Int, { description: 'The counts, summed.' })
  count!: number;

  @Field(() => Int, { nullable: true, description: 'People reached, summed over the records that state it.' })
  participants?: number | null;

  @Field(() => String, { nullable: true, description: 'What participants are, in Vietnamese ("học viên").' })
  participantsUnit?: string | null;
}
