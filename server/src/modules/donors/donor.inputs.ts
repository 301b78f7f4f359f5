import { IsEmail, Matches, MaxLength, ValidateNested } from 'class-validator';
import { NotBlank } from '../../common/validators.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { registerOrderFieldEnum } from '../../common/order.js';
import { OrderDirection } from '../../common/pagination.js';
import { DonorKind } from './donor-kind.js';

@InputType({ description: 'Which donors to list. All conditions must hold.' })
export class DonorFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name, ignoring case and diacritics.' })
  @MaxLength(200)
  q?: string | null;

  @Field(() => DonorKind, { nullable: true, description: 'Only this kind.' })
  kind?: DonorKind | null;

  @Field(() => ID, { nullable: true, description: 'Only donors kept by this unit or a unit under it.' })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only anonymous (true) or named (false) donors.' })
  anonymous?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only donors who did (true) or did not (false) consent to be named.',
  })
  publicConsent?: boolean | null;
}

export enum DonorOrderField {
  DISPLAY_NAME = 'displayName',
  KIND = 'kind',
  CREATED_AT = 'createdAt',
}

registerOrderFieldEnum(DonorOrderField, 'DonorOrderField', 'donors');

@InputType({ description: 'How to sort donors.' })
export class DonorOrder {
  @Field(() => DonorOrderField, { description: 'The field to sort by.' })
  field!: DonorOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction!: OrderDirection;
}

@InputType({ description: "A donor's contact details; personal data." })
export class DonorContactInput {
  @Field(() => String, { nullable: true, description: 'Phone number: digits, spaces, dots, dashes, an optional +.' })
  @Matches(/^\+?[0-9][0-9 .-]{5,19}$/)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Tax code: 10 digits, or 10 digits, a dash and 3 digits.' })
  @Matches(/^\d{10}(-\d{3})?$/)
  taxCode?: string | null;
}

@InputType({ description: 'A new donor.' })
export class RegisterDonorInput {
  @Field(() => DonorKind, { description: 'Who the donor is.' })
  kind!: DonorKind;

  @Field(() => String, { description: 'The name staff know the donor by.' })
  @NotBlank()
  @MaxLength(300)
  displayName!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Gives anonymously.' })
  anonymous!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Agrees to be named publicly; not with anonymous.' })
  publicConsent!: boolean;

  @Field(() => ID, { description: 'The unit whose Front committee keeps this record.' })
  unitId!: string;

  @Field(() => DonorContactInput, { nullable: true, description: 'Contact details.' })
  @ValidateNested()
  contact?: DonorContactInput | null;
}

@InputType({ description: 'Changes to a donor; omitted fields stay as they are.' })
export class UpdateDonorInput {
  @Field(() => ID, { description: 'The donor to change.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; when it is no longer current the update is refused with CONFLICT.',
  })
  version?: number | null;

  @Field(() => DonorKind, { nullable: true, description: 'Who the donor is.' })
  kind?: DonorKind | null;

  @Field(() => String, { nullable: true, description: 'The name staff know the donor by.' })
  @NotBlank()
  @MaxLength(300)
  displayName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Gives anonymously.' })
  anonymous?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Agrees to be named publicly.' })
  publicConsent?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The unit whose Front committee keeps this record.' })
  unitId?: string | null;

  @Field(() => DonorContactInput, {
    nullable: true,
    description: 'Contact details: replaces all of them (null fields are cleared).',
  })
  @ValidateNested()
  contact?: DonorContactInput | null;
}
