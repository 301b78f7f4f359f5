import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../common/pagination.js';
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

export enum CommendationOrderField {
  DECIDED_ON = 'DECIDED_ON',
  RECIPIENT_NAME = 'RECIPIENT_NAME',
}

registerEnumType(CommendationOrderField, {
  name: 'CommendationOrderField',
  description: 'What the registry can be sorted by.',
  valuesConfig: {
    DECIDED_ON: { description: 'By the date of the decision.' },
    RECIPIENT_NAME: { description: 'By the recipient’s name.' },
  },
});

@InputType({ description: 'How to sort the registry (newest decision first unless told).' })
export class CommendationOrder {
  @Field(() => CommendationOrderField, { description: 'The field to sort by.' })
  field!: CommendationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'Which recipients to list (within your scope).' })
export class CommendationRecipientFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name or title, ignoring diacritics.' })
  @MaxLength(200)
  q?: string | null;

  @Field(() => RecipientKind, { nullable: true, description: 'Only this kind.' })
  kind?: RecipientKind | null;

  @Field(() => ID, { nullable: true, description: 'Only in this unit or under it (mergers included).' })
  unitId?: string | null;
}
