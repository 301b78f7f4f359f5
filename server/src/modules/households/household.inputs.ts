import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank } from '../../common/validators.js';
import { PovertyStatus } from './household-enums.js';

@InputType({ description: 'Which households to list (within your scope).' })
export class HouseholdFilter {
  @Field(() => String, { nullable: true, description: 'Words in the head’s name or the address, ignoring diacritics.' })
  @MaxLength(200)
  q?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only in this unit or under it.' })
  unitId?: string | null;
}

@InputType({ description: 'A new beneficiary household.' })
export class RegisterHouseholdInput {
  @Field(() => String, { description: 'Head of household.' })
  @NotBlank()
  @MaxLength(200)
  headName!: string;

  @Field(() => ID, { description: 'Its commune or village.' })
  unitId!: string;

  @Field(() => String, { nullable: true, description: 'Address.' })
  @MaxLength(500)
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of members, 1–50.' })
  @Min(1)
  @Max(50)
  members?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: 'An ethnic-minority household.' })
  ethnicMinority!: boolean;
}

@InputType({ description: 'A household’s standing in a year’s review; replaces that year’s if recorded.' })
export class RecordHouseholdStatusInput {
  @Field(() => ID, { description: 'The household.' })
  householdId!: string;

  @Field(() => Int, { description: 'The year, 2000–2100.' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => PovertyStatus, { description: 'The standing.' })
  status!: PovertyStatus;
}

@InputType({ description: 'Changes to a household; omitted fields stay as they are.' })
export class UpdateHouseholdInput {
  @Field(() => ID, { description: 'The household to change.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; when it is no longer current the update is refused with CONFLICT.',
  })
  version?: number | null;

  @Field(() => String, { nullable: true, description: 'Head of household.' })
  @NotBlank()
  @MaxLength(200)
  headName?: string | null;

  @Field(() => ID, { nullable: true, description: 'Its commune or village.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Address; null clears it.' })
  @MaxLength(500)
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of members, 1–50; null clears it.' })
  @Min(1)
  @Max(50)
  members?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'An ethnic-minority household.' })
  ethnicMinority?: boolean | null;
}
