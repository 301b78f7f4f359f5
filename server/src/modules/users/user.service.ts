import type { Context } from '../../context.js';
import { badInput, conflict, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { matchesSearch, nfc } from '../../common/search-text.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { assertCan } from './access.js';
import { RoleGrant } from './role-grant.entity.js';
import { Role } from './role.js';
import { hashPassword } from './secrets.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import type {
  CreateUserInput,
  GrantInput,
  RoleGrantInput,
  UpdateUserInput,
  UserFilter,
  UserOrder,
} from './user.inputs.js';
import type { FilterQuery } from '@mikro-orm/core';
import { toOrderBy } from '../../common/order.js';
import { withinUnit } from '../organizations/organization.service.js';

export const USER: Localized = { vi: 'người dùng', en: 'user' };
const ADMINS = [Role.SYSTEM_ADMIN];

export async function listUsers(
  ctx: Context,
  filter: UserFilter | null | undefined,
  order: UserOrder | null | undefined,
  page: PageArgs,
): Promise<Page<User>> {
  const where: FilterQuery<User>[] = [];
  if (filter?.q?.trim()) where.push(matchesSearch(filter.q));
  if (filter?.active != null) where.push({ active: filter.active });
  if (filter?.role || filter?.unitId) {
    const grant: FilterQuery<RoleGrant> = {};
    if (filter.role) grant.role = filter.role;
    if (filter.unitId) grant.unit = await withinUnit(ctx, filter.unitId);
    const holders = await ctx.em.find(RoleGrant, grant, { fields: ['user'] });
    where.push({ id: { $in: holders.map((g) => g.user.id) } });
  }
  return findPage(ctx.em, User, { $and: where }, toOrderBy(order?.field ?? 'email', order?.direction), page);
}

export async function findUser(ctx: Context, id: string): Promise<User | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.em.findOne(User, { id: rowId }) : null;
}

async function requireUser(ctx: Context, id: string, field: string): Promise<User> {
  const user = await ctx.em.findOne(User, { id: parseId(id, field, USER) });
  if (!user) throw notFound(USER, id, field);
  return user;
}

/** An administrator may grant roles only on units within their own grants. */
async function addGrant(ctx: Context, user: User, grant: GrantInput, field: string): Promise<RoleGrant> {
  const unit = await requireUnit(ctx, grant.unitId, `${field}.unitId`);
  await assertCan(ctx, ADMINS, unit.id, unit.name);
  if (user.id && (await ctx.em.findOne(RoleGrant, { user, role: grant.role, unit }))) {
    throw conflict(field, {
      vi: `Đã có quyền ${grant.role} tại ${unit.name}`,
      en: `${grant.role} on ${unit.name} is already granted`,
    });
  }
  return ctx.em.create(RoleGrant, { user, role: grant.role, unit } as never);
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  const email = input.email.trim().toLowerCase();
  if (await ctx.em.findOne(User, { email })) {
    throw conflict('email', { vi: `Email ${email} đã có tài khoản`, en: `${email} already has an account` });
  }
  const user = ctx.em.create(User, {
    email,
    displayName: nfc(input.displayName),
    passwordHash: await hashPassword(input.password),
    active: true,
    failedLoginCount: 0,
  } as never);
  for (const [i, grant] of input.grants.entries()) await addGrant(ctx, user, grant, `grants.${i}`);
  await ctx.em.flush();
  return user;
}

export async function updateUser(ctx: Context, input: UpdateUserInput): Promise<User> {
  const user = await requireUser(ctx, input.id, 'id');
  if (input.displayName != null) user.displayName = nfc(input.displayName);
  if (input.password != null) user.passwordHash = await hashPassword(input.password);
  if (input.active != null) user.active = input.active;
  // A locked account, or a new password, ends every open session.
  if (input.active === false || input.password != null) await ctx.em.nativeDelete(Session, { user });
  await ctx.em.flush();
  return user;
}

export async function grantRole(ctx: Context, input: RoleGrantInput): Promise<User> {
  const user = await requireUser(ctx, input.userId, 'userId');
  await addGrant(ctx, user, input, 'unitId');
  await ctx.em.flush();
  return user;
}

export async function revokeRole(ctx: Context, input: RoleGrantInput): Promise<User> {
  const user = await requireUser(ctx, input.userId, 'userId');
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  await assertCan(ctx, ADMINS, unit.id, unit.name);
  const grant = await ctx.em.findOne(RoleGrant, { user, role: input.role, unit });
  if (!grant)
    throw badInput('role', { vi: 'Người dùng không có quyền này', en: 'The user does not hold this role there' });
  ctx.em.remove(grant);
  await ctx.em.flush();
  return user;
}

export function grantsOf(ctx: Context, user: User): Promise<RoleGrant[]> {
  return ctx.em.find(RoleGrant, { user }, { orderBy: { role: 'asc', id: 'asc' } });
}
