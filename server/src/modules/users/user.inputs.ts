import { IsEmail, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { registerOrderFieldEnum } from '../../common/order.js';
import { OrderDirection } from '../../common/pagination.js';
import { NotBlank } from '../../common/validators.js';
import { Role } from './role.js';

@InputType({ description: 'Email and password.' })
export class LoginInput {
  @Field(() => String, { description: 'Login email.' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'A role on a unit.' })
export class GrantInput {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => ID, { description: 'The unit; the grant covers everything under it.' })
  unitId!: string;
}

@InputType({ description: 'A new user account.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Login email.' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Name shown in the panel.' })
  @NotBlank()
  @MaxLength(200)
  displayName!: string;

  @Field(() => String, { description: 'Initial password, at least 12 characters.' })
  @MinLength(12)
  @MaxLength(200)
  password!: string;

  @Field(() => [GrantInput], { defaultValue: [], description: 'Roles to grant at once.' })
  @ValidateNested({ each: true })
  grants!: GrantInput[];
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name shown in the panel.' })
  @NotBlank()
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false locks the account and ends its sessions.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A new password, at least 12 characters.' })
  @MinLength(12)
  @MaxLength(200)
  password?: string | null;
}

@InputType({ description: 'A role to grant or revoke.' })
export class RoleGrantInput {
  @Field(() => ID, { description: 'The user.' })
  userId!: string;

  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for, e.g. "Dashboard of Cao Bằng".' })
  @NotBlank()
  @MaxLength(100)
  name!: string;

  @Field(() => ID, { description: 'The unit whose data it may read; must lie within your own grants.' })
  scopeUnitId!: string;
}

@InputType({ description: 'Which user accounts to list. All conditions must hold.' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name or email, ignoring case and diacritics.' })
  @MaxLength(200)
  q?: string | null;

  @Field(() => Role, { nullable: true, description: 'Only users holding this role somewhere.' })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'Only users with a grant on this unit or a unit under it.' })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or locked (false) accounts.' })
  active?: boolean | null;
}

export enum UserOrderField {
  EMAIL = 'email',
  DISPLAY_NAME = 'displayName',
  CREATED_AT = 'createdAt',
  LAST_LOGIN_AT = 'lastLoginAt',
}

registerOrderFieldEnum(UserOrderField, 'UserOrderField', 'users');

@InputType({ description: 'How to sort users.' })
export class UserOrder {
  @Field(() => UserOrderField, { description: 'The field to sort by.' })
  field!: UserOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction!: OrderDirection;
}
