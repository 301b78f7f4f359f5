import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { ActivityKind } from './activity-kind.js';

const MAX_COUNT = 100_000_000;

@InputType({ description: 'Which activities to list.' })
export class CampaignActivityFilter {
  @Field(() => ID, { nullable: true, description: 'Only of this campaign.' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only in this unit or under it (mergers included).' })
  unitId?: string | null;

  @Field(() => ActivityKind, { nullable: true, description: 'Only of this kind.' })
  kind?: ActivityKind | null;

  @Field(() => Int, { nullable: true, description: 'Only those whose years include this year.' })
  year?: number | null;
}

@InputType({ description: 'A count of one kind of activity of a campaign in a unit.' })
export class CreateCampaignActivityInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit it took place in, within the campaign’s scope; by default the campaign’s own unit.',
  })
  unitId?: string | null;

  @Field(() => ActivityKind, { description: 'What kind.' })
  kind!: ActivityKind;

  @Field(() => Int, { description: 'How many (panels, banners, leaflets, dialogues, courses…), 1 or more.' })
  @Min(1)
  @Max(MAX_COUNT)
  count!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'People reached, where the kind gathers people (dialogues: attendances; courses: trainees; sessions, conferences, other).',
  })
  @Min(0)
  @Max(MAX_COUNT)
  participants?: number | null;

  @Field(() => Int, { description: 'The year, or the first year of a span the count covers.' })
  @Min(2000)
  @Max(2100)
  fromYear!: number;

  @Field(() => Int, { nullable: true, description: 'The last year of the span; by default fromYear.' })
  @Min(2000)
  @Max(2100)
  toYear?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day, for a single event; within the years.' })
  heldOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What exactly, as the report words it.' })
  @MaxLength(4000)
  note?: string | null;
}

@InputType({ description: 'Changes to an activity; omitted fields stay, null clears an optional one.' })
export class UpdateCampaignActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The unit, within the campaign’s scope.' })
  unitId?: string | null;

  @Field(() => ActivityKind, { nullable: true, description: 'What kind.' })
  kind?: ActivityKind | null;

  @Field(() => Int, { nullable: true, description: 'How many.' })
  @Min(1)
  @Max(MAX_COUNT)
  count?: number | null;

  @Field(() => Int, { nullable: true, description: 'People reached; null clears it.' })
  @Min(0)
  @Max(MAX_COUNT)
  participants?: number | null;

  @Field(() => Int, { nullable: true, description: 'First year.' })
  @Min(2000)
  @Max(2100)
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year.' })
  @Min(2000)
  @Max(2100)
  toYear?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day; null clears it.' })
  heldOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Note; null clears it.' })
  @MaxLength(4000)
  note?: string | null;
}

@InputType({ description: 'Which activity to delete.' })
export class DeleteCampaignActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  id!: string;
}
