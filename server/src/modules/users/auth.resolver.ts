import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { ApiToken } from './api-token.entity.js';
import * as tokens from './api-token.service.js';
import * as auth from './auth.service.js';
import { ApiTokenType, CreateApiTokenPayload, LoginPayload, LogoutPayload, UserType } from './user.type.js';
import { CreateApiTokenInput, LoginInput } from './user.inputs.js';

const RevokeApiTokenPayload = PayloadType('RevokeApiToken', ApiTokenType, 'apiToken', 'The token, now revoked.');

/** Mutations that anyone may call: the way in. Every other mutation has an authorization rule. */
export const PUBLIC_MUTATIONS = ['login'];

@Resolver()
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: 'The logged-in user, or null.' })
  me(@Ctx() ctx: Context) {
    return ctx.caller?.user ?? null;
  }

  @Mutation(() => LoginPayload, {
    description: 'Logs in with email and password. Repeated failures make the next attempt wait.',
  })
  login(@Ctx() ctx: Context, @Arg('input', () => LoginInput, { description: 'Credentials.' }) input: LoginInput) {
    return auth.login(ctx, input);
  }

  @Authorized()
  @Mutation(() => LogoutPayload, { description: 'Ends the current session.' })
  async logout(@Ctx() ctx: Context) {
    return { loggedOut: await auth.logout(ctx) };
  }

  @Authorized()
  @Query(() => [ApiTokenType], { description: "The caller's API tokens, newest first (never their secrets)." })
  myApiTokens(@Ctx() ctx: Context) {
    return tokens.myApiTokens(ctx);
  }

  @Authorized()
  @Mutation(() => CreateApiTokenPayload, { description: 'Creates a read-only API token; its secret is shown once.' })
  createApiToken(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateApiTokenInput, { description: 'The token.' }) input: CreateApiTokenInput,
  ) {
    return mutate(ctx, 'createApiToken', (tx) => tokens.createApiToken(tx, input));
  }

  @Authorized()
  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes an API token at once.' })
  async revokeApiToken(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The token.' }) id: string) {
    return { record: await mutate(ctx, 'revokeApiToken', (tx) => tokens.revokeApiToken(tx, id)) };
  }
}

@Resolver(() => ApiTokenType)
export class ApiTokenResolver {
  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit whose data it may read.' })
  scopeUnit(@Root() token: ApiToken, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(token.scopeUnit.id);
  }
}
