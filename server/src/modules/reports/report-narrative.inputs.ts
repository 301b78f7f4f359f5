import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/** A text section: at most 20,000 characters (some ten pages), enough for any report's part. */
const SECTION_LENGTH = 20_000;

@InputType({
  description:
    'The free-text sections of a campaign report for a unit and period. Every section is replaced by what is sent; null or blank clears it.',
})
export class SaveCampaignReportNarrativeInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => ID, { description: 'The unit the report is for.' })
  unitId!: string;

  @Field(() => Int, { description: 'First year of the period, 2000–2100.' })
  @Min(2000)
  @Max(2100)
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the period, 2000–2100, not before fromYear.' })
  @Min(2000)
  @Max(2100)
  toYear!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version you edited; null when you started from none. A save from a stale copy (or from none when someone has saved since) is refused with CONFLICT.',
  })
  version?: number | null;

  @Field(() => String, { nullable: true, description: 'A note on the situation (đặc điểm tình hình).' })
  @MaxLength(SECTION_LENGTH)
  situationNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Difficulties and shortcomings (khó khăn, hạn chế).' })
  @MaxLength(SECTION_LENGTH)
  difficulties?: string | null;

  @Field(() => String, { nullable: true, description: 'Lessons learned (bài học kinh nghiệm).' })
  @MaxLength(SECTION_LENGTH)
  lessons?: string | null;

  @Field(() => String, { nullable: true, description: 'Proposals (kiến nghị, đề xuất).' })
  @MaxLength(SECTION_LENGTH)
  proposals?: string | null;
}
