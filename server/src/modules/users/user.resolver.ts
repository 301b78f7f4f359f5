import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { RoleGrant } from './role-grant.entity.js';
import { Role } from './role.js';
import { User } from './user.entity.js';
import { CreateUserInput, RoleGrantInput, UpdateUserInput, UserFilter, UserOrder } from './user.inputs.js';
import * as users from './user.service.js';
import { RoleGrantType, UserPage, UserType } from './user.type.js';

const CreateUserPayload = PayloadType('CreateUser', UserType, 'user', 'The new user.');
const UpdateUserPayload = PayloadType('UpdateUser', UserType, 'user', 'The user as it is now.');
const GrantRolePayload = PayloadType('GrantRole', UserType, 'user', 'The user with the new grant.');
const RevokeRolePayload = PayloadType('RevokeRole', UserType, 'user', 'The user without the grant.');

@Resolver(() => UserType)
export class UserResolver {
  @Authorized(Role.SYSTEM_ADMIN)
  @Query(() => UserPage, { description: 'User accounts (administrators only), filtered, sorted and paginated.' })
  users(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Which users.' }) filter?: UserFilter,
    @Arg('orderBy', () => UserOrder, { nullable: true, description: 'Sort order; default by email.' })
    orderBy?: UserOrder,
  ) {
    return users.listUsers(ctx, filter, orderBy, page);
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Query(() => UserType, { nullable: true, description: 'One user account (administrators only).' })
  user(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return users.findUser(ctx, id);
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => CreateUserPayload, { description: 'Creates a user account, with roles if given.' })
  async createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput, { description: 'The account.' }) input: CreateUserInput,
  ) {
    return { record: await mutate(ctx, 'createUser', (tx) => users.createUser(tx, input)) };
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => UpdateUserPayload, { description: 'Renames, locks or unlocks a user, or sets a new password.' })
  async updateUser(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateUserInput, { description: 'The changes.' }) input: UpdateUserInput,
  ) {
    return { record: await mutate(ctx, 'updateUser', (tx) => users.updateUser(tx, input)) };
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => GrantRolePayload, { description: 'Grants a role on a unit.' })
  async grantRole(
    @Ctx() ctx: Context,
    @Arg('input', () => RoleGrantInput, { description: 'The grant.' }) input: RoleGrantInput,
  ) {
    return { record: await mutate(ctx, 'grantRole', (tx) => users.grantRole(tx, input)) };
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => RevokeRolePayload, { description: 'Revokes a role on a unit.' })
  async revokeRole(
    @Ctx() ctx: Context,
    @Arg('input', () => RoleGrantInput, { description: 'The grant.' }) input: RoleGrantInput,
  ) {
    return { record: await mutate(ctx, 'revokeRole', (tx) => users.revokeRole(tx, input)) };
  }

  @FieldResolver(() => [RoleGrantType], { description: 'The roles this user holds, each on a unit.' })
  grants(@Root() user: User, @Ctx() ctx: Context) {
    return users.grantsOf(ctx, user);
  }
}

@Resolver(() => RoleGrantType)
export class RoleGrantResolver {
  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit; the grant covers everything under it.' })
  unit(@Root() grant: RoleGrant, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(grant.unit.id);
  }
}
