import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { PageType } from '../../common/pagination.js';
import { Role } from './role.js';

@ObjectType('RoleGrant', { description: 'A role a user holds on an administrative unit and everything under it.' })
export class RoleGrantType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => Role, { description: 'The role.' })
  role!: Role;
}

@ObjectType('User', {
  description: 'A person who logs in to Chung Tay: Front staff, emulation officers, auditors, administrators.',
})
export class UserType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'Login email, lower case.' })
  email!: string;

  @Field(() => String, { description: 'Name shown in the panel and the audit trail.' })
  displayName!: string;

  @Field(() => Boolean, { description: 'false: the user cannot log in; their sessions and tokens stop working.' })
  active!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last successful login.' })
  lastLoginAt?: Date | null;

  @Field(() => DateTimeScalar, { description: 'When this account was created.' })
  createdAt!: Date;
}

export const UserPage = PageType(UserType, 'User');

@ObjectType('LoginPayload', { description: 'A new session.' })
export class LoginPayload {
  @Field(() => String, {
    description:
      'The session token: send it as "Authorization: Bearer <token>". Browsers also get it as an HttpOnly cookie.',
  })
  token!: string;

  @Field(() => DateTimeScalar, { description: 'When the session ends.' })
  expiresAt!: Date;

  @Field(() => UserType, { description: 'Who is now logged in.' })
  user!: unknown;
}

@ObjectType('LogoutPayload', { description: 'The result of logout.' })
export class LogoutPayload {
  @Field(() => Boolean, { description: 'true when a session was ended.' })
  loggedOut!: boolean;
}

@ObjectType('ApiToken', { description: 'A developer API token: read-only access to public and aggregate data.' })
export class ApiTokenType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'What it is for, as its owner named it.' })
  name!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last time it was used (to the minute).' })
  lastUsedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt?: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;
}

@ObjectType('CreateApiTokenPayload', { description: 'A new API token. The secret is shown this once only.' })
export class CreateApiTokenPayload {
  @Field(() => String, {
    description: 'The secret: send it as "Authorization: Bearer <token>". It cannot be shown again.',
  })
  token!: string;

  @Field(() => ApiTokenType, { description: 'The token record.' })
  apiToken!: unknown;
}
