import { IsEmail, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
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
