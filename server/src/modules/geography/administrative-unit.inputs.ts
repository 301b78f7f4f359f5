import { Matches, MaxLength } from 'class-validator';
import { NotBlank } from '../../common/validators.js';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { registerOrderFieldEnum } from '../../common/order.js';
import { OrderDirection } from '../../common/pagination.js';
import { UnitLevel } from './unit-level.js';

@InputType({ description: 'Which administrative units to list. All conditions must hold.' })
export class AdministrativeUnitFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words in the name or code, ignoring case and diacritics ("ninh thuan" finds "Ninh Thuận").',
  })
  @MaxLength(200)
  q?: string | null;

  @Field(() => UnitLevel, { nullable: true, description: 'Only units of this tier.' })
  level?: UnitLevel | null;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this unit.' })
  parentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only units under this one, at any depth, including historical units merged into it or its ' +
      'descendants (e.g. under Khánh Hòa: former Ninh Thuận and its districts). The unit itself is included.',
  })
  withinUnitId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only units in force on this day.' })
  validOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false: only units in force today. Default: historical units are included.',
  })
  includeHistorical?: boolean | null;
}

export enum AdministrativeUnitOrderField {
  CODE = 'code',
  NAME = 'name',
  LEVEL = 'level',
  VALID_FROM = 'validFrom',
  CREATED_AT = 'createdAt',
}

registerOrderFieldEnum(AdministrativeUnitOrderField, 'AdministrativeUnitOrderField', 'administrative units');

@InputType({ description: 'How to sort administrative units.' })
export class AdministrativeUnitOrder {
  @Field(() => AdministrativeUnitOrderField, { description: 'The field to sort by.' })
  field!: AdministrativeUnitOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'A new administrative unit.' })
export class CreateAdministrativeUnitInput {
  @Field(() => String, { description: 'Official code: "VN", 2 digits (province), 3 (district), 5 (commune).' })
  @NotBlank()
  @MaxLength(10)
  @Matches(/^[0-9A-Z]+$/)
  code!: string;

  @Field(() => String, { description: 'Official name with its type word.' })
  @NotBlank()
  @MaxLength(200)
  name!: string;

  @Field(() => UnitLevel, { description: 'Tier in the hierarchy.' })
  level!: UnitLevel;

  @Field(() => ID, { nullable: true, description: 'The unit one tier up; required except for the nation.' })
  parentId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day in force.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force.' })
  validTo?: string | null;
}

@InputType({ description: 'Changes to an administrative unit; omitted fields stay as they are.' })
export class UpdateAdministrativeUnitInput {
  @Field(() => ID, { description: 'The unit to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New official name.' })
  @NotBlank()
  @MaxLength(200)
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'New parent unit.' })
  parentId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day in force.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force.' })
  validTo?: string | null;
}

@InputType({ description: 'Records that a unit was merged into, split into or renamed as another.' })
export class RecordUnitSuccessionInput {
  @Field(() => ID, { description: 'The unit that ends.' })
  predecessorId!: string;

  @Field(() => ID, { description: 'The unit that carries it on.' })
  successorId!: string;

  @Field(() => DateScalar, {
    description: "First day of the successor's charge; the predecessor ends the day before if it had no end yet.",
  })
  effectiveOn!: string;

  @Field(() => String, { nullable: true, description: 'Legal basis or remark.' })
  @MaxLength(1000)
  note?: string | null;
}
