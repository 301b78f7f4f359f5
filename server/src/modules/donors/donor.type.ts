import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { PageType } from '../../common/pagination.js';
import { DonorKind } from './donor-kind.js';

/** What public statements print for a donor who is anonymous or has not consented to be named. */
export const ANONYMOUS_DONOR_NAME = 'Nhà hảo tâm ẩn danh';

@ObjectType('DonorContact', {
  description: "A donor's contact details. Personal data (Decree 13/2023/NĐ-CP): restricted to authorized staff.",
})
export class DonorContactType {
  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Tax code (mã số thuế) of a business or person.' })
  taxCode?: string | null;
}

@ObjectType('Donor', {
  description: 'A donor (nhà hảo tâm / đơn vị ủng hộ). Named in public statements only with consent.',
})
export class DonorType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => DonorKind, { description: 'Who the donor is.' })
  kind!: DonorKind;

  @Field(() => String, { description: 'The name staff know the donor by.' })
  displayName!: string;

  @Field(() => Boolean, { description: 'The donor gives anonymously: never named publicly.' })
  anonymous!: boolean;

  @Field(() => Boolean, { description: 'The donor agreed to be named in public statements.' })
  publicConsent!: boolean;

  @Field(() => Int, { description: 'Bumped on every change; send it back in updates to refuse stale edits.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When this record was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When this record was last changed.' })
  updatedAt!: Date;
}

export const DonorPage = PageType(DonorType, 'Donor');
