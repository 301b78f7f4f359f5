import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank } from '../../common/validators.js';
import { ExemplarKind } from './exemplar-kind.js';

const MAX_COUNT = 100_000_000;

@InputType({ description: 'Which exemplars to list.' })
export class ExemplarFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name, place or description, ignoring diacritics.' })
  @MaxLength(200)
  q?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only of this campaign.' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only in this unit or under it (mergers included).' })
  unitId?: string | null;

  @Field(() => ExemplarKind, { nullable: true, description: 'Only of this kind.' })
  kind?: ExemplarKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those replicated (true) or not (false).' })
  replicated?: boolean | null;
}

@InputType({ description: 'An exemplary person, collective, household or model of a campaign.' })
export class CreateExemplarInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Its unit, within the campaign’s scope; by default the campaign’s own unit.',
  })
  unitId?: string | null;

  @Field(() => ExemplarKind, { description: 'What it is.' })
  kind!: ExemplarKind;

  @Field(() => String, { description: 'Name: "Bà Lý Thị Nga", "Mô hình chăn nuôi bò sinh sản".' })
  @NotBlank()
  @MaxLength(300)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it did, or how the model works.' })
  @MaxLength(4000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Where in the unit ("Tổ Xuân Lộc, thị trấn Xuân Hòa").' })
  @MaxLength(300)
  place?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year it is reported for.' })
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: 'It was replicated (nhân rộng).' })
  replicated!: boolean;

  @Field(() => Int, { nullable: true, description: 'How many times, where stated; only when replicated.' })
  @Min(1)
  @Max(MAX_COUNT)
  replicationCount?: number | null;

  @Field(() => String, { nullable: true, description: 'Where it was replicated; only when replicated.' })
  @MaxLength(500)
  replicatedWhere?: string | null;
}

@InputType({ description: 'Changes to an exemplar; omitted fields stay, null clears an optional one.' })
export class UpdateExemplarInput {
  @Field(() => ID, { description: 'The exemplar.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Its unit, within the campaign’s scope.' })
  unitId?: string | null;

  @Field(() => ExemplarKind, { nullable: true, description: 'What it is.' })
  kind?: ExemplarKind | null;

  @Field(() => String, { nullable: true, description: 'Name.' })
  @NotBlank()
  @MaxLength(300)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Description; null clears it.' })
  @MaxLength(4000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Where in the unit; null clears it.' })
  @MaxLength(300)
  place?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year; null clears it.' })
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'It was replicated; false clears count and places.' })
  replicated?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'How many times; null clears it.' })
  @Min(1)
  @Max(MAX_COUNT)
  replicationCount?: number | null;

  @Field(() => String, { nullable: true, description: 'Where; null clears it.' })
  @MaxLength(500)
  replicatedWhere?: string | null;
}

@InputType({ description: 'Which exemplar to delete.' })
export class DeleteExemplarInput {
  @Field(() => ID, { description: 'The exemplar.' })
  id!: string;
}
