import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';

@ObjectType('CampaignReportNarrative', {
  description:
    'The free-text sections staff write into a campaign report (per campaign, unit and period); every section null until written.',
})
export class CampaignReportNarrativeType {
  @Field(() => String, { nullable: true, description: 'A note on the situation (đặc điểm tình hình).' })
  situationNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Difficulties and shortcomings (khó khăn, hạn chế).' })
  difficulties?: string | null;

  @Field(() => String, { nullable: true, description: 'Lessons learned (bài học kinh nghiệm).' })
  lessons?: string | null;

  @Field(() => String, { nullable: true, description: 'Proposals (kiến nghị, đề xuất).' })
  proposals?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version to send back when saving; null while nothing has been saved.',
  })
  version?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last saved.' })
  updatedAt?: Date | null;
}
