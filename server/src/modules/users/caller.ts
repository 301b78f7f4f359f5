import type { Em } from '../../db/orm.js';
import { ApiToken } from './api-token.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { Role } from './role.js';
import { hashToken, tokenKind } from './secrets.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

/** One role on one unit (and everything under it). */
export interface Grant {
  role: Role;
  unitId: number;
}

/** Who is calling: a logged-in user (session) or a developer's API token. */
export interface Caller {
  user: User;
  grants: Grant[];
  sessionId?: number;
  tokenId?: number;
}

// Writing lastUsedAt on every request would turn reads into writes; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The caller behind a bearer or cookie token, or null when it is unknown, expired or revoked. */
export async function resolveCaller(em: Em, token: string | undefined): Promise<Caller | null> {
  if (!token) return null;
  const kind = tokenKind(token);
  if (!kind) return null;
  const tokenHash = hashToken(token);
  if (kind === 'session') {
    const session = await em.findOne(Session, { tokenHash, expiresAt: { $gt: new Date() } }, { populate: ['user'] });
    if (!session?.user.active) return null;
    const grants = await em.find(RoleGrant, { user: session.user });
    return {
      user: session.user,
      grants: grants.map((g) => ({ role: g.role, unitId: g.unit.id })),
      sessionId: session.id,
    };
  }
  const apiToken = await em.findOne(ApiToken, { tokenHash, revokedAt: null }, { populate: ['user'] });
  if (!apiToken?.user.active) return null;
  const now = new Date();
  if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
  }
  // A token never carries more than read-only developer access, whatever its owner may do.
  return {
    user: apiToken.user,
    grants: [{ role: Role.DEVELOPER, unitId: apiToken.scopeUnit.id }],
    tokenId: apiToken.id,
  };
}
