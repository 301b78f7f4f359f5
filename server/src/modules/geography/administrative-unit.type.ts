import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { PageType } from '../../common/pagination.js';
import { UnitLevel } from './unit-level.js';

@ObjectType('AdministrativeUnit', {
  description:
    'An administrative unit (đơn vị hành chính): the nation, a province, a district (until 2025-06-30), ' +
    'a commune or a village. Units are never deleted: a merged or renamed unit ends (validTo) and ' +
    'links to its successors.',
})
export class AdministrativeUnitType {
  @Field(() => ID, { description: 'Stable id of this record.' })
  id!: number;

  @Field(() => String, {
    description: 'Official permanent code: province 2 digits, district 3, commune 5; "VN" for the nation.',
  })
  code!: string;

  @Field(() => String, { description: 'Official name with its type word, e.g. "Tỉnh Ninh Thuận".' })
  name!: string;

  @Field(() => UnitLevel, { description: 'Tier in the hierarchy.' })
  level!: UnitLevel;

  @Field(() => DateScalar, { nullable: true, description: 'First day in force; null when it predates our records.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; null while the unit exists.' })
  validTo?: string | null;

  @Field(() => DateTimeScalar, { description: 'When this record was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When this record was last changed.' })
  updatedAt!: Date;
}

@ObjectType('UnitSuccession', {
  description: 'A unit was merged into, split into or renamed as another unit on a date.',
})
export class UnitSuccessionType {
  @Field(() => ID, { description: 'Stable id of this link.' })
  id!: number;

  @Field(() => DateScalar, { description: 'The first day the successor carries the predecessor.' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true, description: 'The legal basis or a remark, e.g. the resolution number.' })
  note?: string | null;
}

export const AdministrativeUnitPage = PageType(AdministrativeUnitType, 'AdministrativeUnit');
