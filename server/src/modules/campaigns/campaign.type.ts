import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { PageType } from '../../common/pagination.js';
import { CampaignKind, CampaignStatus } from './campaign-enums.js';

@ObjectType('LaunchingDocument', {
  description: 'The document that launched a campaign (quyết định, kế hoạch, đề án).',
})
export class LaunchingDocumentType {
  @Field(() => String, { description: 'Its number as written, e.g. "1258/QĐ-TTg".' })
  number!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was issued.' })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Who issued it, e.g. "Thủ tướng Chính phủ".' })
  issuer?: string | null;
}

@ObjectType('Campaign', {
  description:
    'A drive of the movement: an emulation movement, a fund-raising drive, a peak month, Tết care, ' +
    'disaster relief or a support project. Campaigns nest: national → provincial → district.',
})
export class CampaignType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'Short unique code, e.g. "NT-2016-2020".' })
  code!: string;

  @Field(() => CampaignKind, { description: 'What kind of drive it is.' })
  kind!: CampaignKind;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it is about.' })
  description?: string | null;

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null while open-ended.' })
  endsOn?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Money to raise, whole VND.' })
  moneyTarget?: bigint | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Planned reduction of the poverty rate, in percentage points per year (e.g. "3.50").',
  })
  povertyReductionTarget?: string | null;

  @Field(() => CampaignStatus, { description: 'Planned, active or closed.' })
  status!: CampaignStatus;

  @Field(() => Int, { description: 'Bumped on every change; send it back in updates to refuse stale edits.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When this record was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When this record was last changed.' })
  updatedAt!: Date;
}

export const CampaignPage = PageType(CampaignType, 'Campaign');
