import { MaxLength } from 'class-validator';
import { NotBlank } from '../../common/validators.js';
import { Field, ID, InputType } from 'type-graphql';
import { registerOrderFieldEnum } from '../../common/order.js';
import { OrderDirection } from '../../common/pagination.js';
import { OrganizationKind } from './organization-kind.js';

@InputType({ description: 'Which organizations to list. All conditions must hold.' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name, ignoring case and diacritics.' })
  @MaxLength(200)
  q?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Only this kind.' })
  kind?: OrganizationKind | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only organizations in this unit or under it, historical units merged into it included.',
  })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this organization.' })
  parentId?: string | null;
}

export enum OrganizationOrderField {
  NAME = 'name',
  KIND = 'kind',
  CREATED_AT = 'createdAt',
}

registerOrderFieldEnum(OrganizationOrderField, 'OrganizationOrderField', 'organizations');

@InputType({ description: 'How to sort organizations.' })
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { description: 'The field to sort by.' })
  field!: OrganizationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput {
  @Field(() => OrganizationKind, { description: 'What kind of body it is.' })
  kind!: OrganizationKind;

  @Field(() => String, { description: 'Full name.' })
  @NotBlank()
  @MaxLength(300)
  name!: string;

  @Field(() => ID, { description: 'The unit it sits in.' })
  unitId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The organization above it; its unit must contain this organization's unit.",
  })
  parentId?: string | null;
}

@InputType({ description: 'Changes to an organization; omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'The organization to change.' })
  id!: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'What kind of body it is.' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @NotBlank()
  @MaxLength(300)
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit it sits in.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization above it.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: detach it from its parent.' })
  clearParent?: boolean | null;
}
