import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateRangeInput } from '../../common/date-range.js';
import { ConferringAuthority, NominationStatus, RecipientKind } from './commendation-enums.js';

@InputType({ description: 'Which commendations of the registry to list or count. All conditions must hold.' })
export class CommendationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words in the recipient’s name, ignoring case and diacritics ("nguyen van a").',
  })
  @MaxLength(200)
  q?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this form.' })
  formId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this form, by code, e.g. "BK-TTG".' })
  @MaxLength(40)
  formCode?: string | null;

  @Field(() => ConferringAuthority, { nullable: true, description: 'Only forms conferred by this authority.' })
  authority?: ConferringAuthority | null;

  @Field(() => ID, { nullable: true, description: 'Only for achievements in this campaign.' })
  campaignId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only recipients in this unit or under it, historical units merged into it included (today’s Khánh Hòa ' +
      'covers former Ninh Thuận).',
  })
  unitId?: string | null;

  @Field(() => RecipientKind, { nullable: true, description: 'Only this kind of recipient.' })
  recipientKind?: RecipientKind | null;

  @Field(() => ID, { nullable: true, description: 'Only this recipient: their history.' })
  recipientId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only awarded by this decision.' })
  decisionId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only decided in this year.' })
  @Min(1945)
  @Max(2100)
  year?: number | null;

  @Field(() => DateRangeInput, { nullable: true, description: 'Only decided within this period.' })
  @ValidateNested()
  decidedWithin?: DateRangeInput | null;

  @Field(() => [NominationStatus], {
    nullable: true,
    description: 'Only these statuses (DECIDED, CONFERRED, PUBLISHED); the public sees PUBLISHED only anyway.',
  })
  status?: NominationStatus[] | null;
}
