import type { Context } from '../../context.js';
import { notFound } from '../../common/errors.js';
import { lookupId } from '../../common/ids.js';
import { nfc } from '../../common/search-text.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { assertCan, forbidden, requireCaller } from './access.js';
import { ApiToken } from './api-token.entity.js';
import { Role } from './role.js';
import { hashToken, newToken } from './secrets.js';
import type { CreateApiTokenInput } from './user.inputs.js';

const ANY_ROLE = Object.values(Role);

export function myApiTokens(ctx: Context): Promise<ApiToken[]> {
  const caller = requireCaller(ctx);
  return ctx.em.find(ApiToken, { user: caller.user.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

/** Creates a token for the caller; its scope must lie within a unit the caller holds a role on. */
export async function createApiToken(ctx: Context, input: CreateApiTokenInput) {
  const caller = requireCaller(ctx);
  if (caller.tokenId)
    throw forbidden({ vi: 'Không thể tạo khóa API bằng một khóa API', en: 'An API token cannot create tokens' });
  const unit = await requireUnit(ctx, input.scopeUnitId, 'scopeUnitId');
  await assertCan(ctx, ANY_ROLE, unit.id, unit.name);
  const token = newToken('api');
  const apiToken = ctx.em.create(ApiToken, {
    user: caller.user.id,
    name: nfc(input.name),
    tokenHash: hashToken(token),
    scopeUnit: unit,
  } as never);
  await ctx.em.flush();
  return { token, apiToken };
}

/** Revokes one of the caller's tokens (an administrator may revoke anyone's). */
export async function revokeApiToken(ctx: Context, id: string): Promise<ApiToken> {
  const caller = requireCaller(ctx);
  const rowId = lookupId(id);
  const apiToken = rowId ? await ctx.em.findOne(ApiToken, { id: rowId }) : null;
  const isAdmin = caller.grants.some((g) => g.role === Role.SYSTEM_ADMIN);
  // Someone else's token is reported as missing, not forbidden: its existence is not yours to learn.
  if (!apiToken || (apiToken.user.id !== caller.user.id && !isAdmin)) {
    throw notFound({ vi: 'khóa API', en: 'API token' }, id, 'id');
  }
  apiToken.revokedAt ??= new Date();
  await ctx.em.flush();
  return apiToken;
}
