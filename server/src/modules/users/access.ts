import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../context.js';
import { UserError, type Localized } from '../../common/errors.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';
import type { Caller } from './caller.js';
import { Role } from './role.js';

export const unauthenticated = () =>
  new UserError('UNAUTHENTICATED', { vi: 'Cần đăng nhập để làm việc này', en: 'You must be logged in to do this' });

export const forbidden = (message?: Localized) =>
  new UserError(
    'FORBIDDEN',
    message ?? { vi: 'Bạn không có quyền làm việc này', en: 'You do not have permission to do this' },
  );

export function requireCaller(ctx: Context): Caller {
  if (!ctx.caller) throw unauthenticated();
  return ctx.caller;
}

/**
 * The edge check behind @Authorized(roles): a caller must be logged in and hold one of the roles
 * somewhere. Whether that somewhere covers the record is the service's object-level check.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  assertHoldsRole(context, roles);
  return true;
};

/** The same edge check for routes outside GraphQL (document downloads): logged in, one of the roles. */
export function assertHoldsRole(ctx: Context, roles: Role[]): Caller {
  const caller = requireCaller(ctx);
  if (roles.length === 0 || caller.grants.some((g) => roles.includes(g.role))) return caller;
  throw forbidden();
}

/**
 * Every unit the caller holds one of `roles` on, expanded to all units under them (historical
 * units merged into them included): the caller's scope, for SQL filters. null means everywhere
 * (a SYSTEM_ADMIN grant on the nation is still a unit; null only when asked with allowAll).
 */
export async function scopeUnitIds(ctx: Context, roles: Role[]): Promise<number[]> {
  const caller = ctx.caller;
  if (!caller) return [];
  const key = roles.slice().sort().join(',');
  const cached = ctx.scopes.get(key);
  if (cached) return cached;
  const ids = new Set<number>();
  for (const grant of caller.grants.filter((g) => roles.includes(g.role))) {
    for (const id of await subtreeUnitIds(ctx.em, grant.unitId)) ids.add(id);
  }
  const result = [...ids];
  ctx.scopes.set(key, result);
  return result;
}

/** True when the caller holds one of `roles` on `unitId` or a unit above it (or merged into). */
export async function holdsOn(ctx: Context, roles: Role[], unitId: number): Promise<boolean> {
  return (await scopeUnitIds(ctx, roles)).includes(unitId);
}

/** Object-level check: refuses with FORBIDDEN unless the caller holds one of `roles` over the unit. */
export async function assertCan(ctx: Context, roles: Role[], unitId: number, unitName?: string): Promise<void> {
  requireCaller(ctx);
  if (await holdsOn(ctx, roles, unitId)) return;
  throw forbidden({
    vi: `Bạn không có quyền với dữ liệu của ${unitName ?? 'đơn vị này'}`,
    en: `You have no rights over the records of ${unitName ?? 'this unit'}`,
  });
}

/** Who may change records that belong to a unit: its Front staff, and system administrators. */
export const WRITERS = [Role.FRONT_STAFF, Role.SYSTEM_ADMIN];
/** Who may read restricted records of a unit. */
export const READERS = [Role.FRONT_STAFF, Role.AUDITOR, Role.SYSTEM_ADMIN];
/** Who may see personal data of a unit (Decree 13/2023): its Front staff and auditors only. */
export const PERSONAL_DATA_READERS = [Role.FRONT_STAFF, Role.AUDITOR];

/**
 * The emulation board (Ban / Hội đồng Thi đua – Khen thưởng) of a unit: prepares, submits, reviews
 * and forwards nominations of its subtree. Which of them may do which step (never the submitter
 * approving their own) is decided per nomination in the commendations module.
 */
export const EMULATION_BOARD = [Role.EMULATION_OFFICER];
/** Who may read nominations of a unit: its emulation board, auditors and administrators. */
export const NOMINATION_READERS = [Role.EMULATION_OFFICER, Role.AUDITOR, Role.SYSTEM_ADMIN];
/** Who maintains reference data (units, the commendation catalogue): system administrators on the nation. */
export const REFERENCE_DATA_ADMINS = [Role.SYSTEM_ADMIN];
