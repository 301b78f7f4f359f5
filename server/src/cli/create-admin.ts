// Creates a system administrator (the first one on a new production database).
// Usage: ADMIN_PASSWORD=… pnpm create-admin --email a@b.vn --name "Họ Tên"
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createOrm } from '../db/orm.js';
import { AdministrativeUnit } from '../modules/geography/administrative-unit.entity.js';
import { RoleGrant } from '../modules/users/role-grant.entity.js';
import { Role } from '../modules/users/role.js';
import { hashPassword } from '../modules/users/secrets.js';
import { User } from '../modules/users/user.entity.js';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const password = process.env.ADMIN_PASSWORD ?? '';
if (!values.email || !values.name || password.length < 12) {
  console.error('usage: ADMIN_PASSWORD=<at least 12 characters> pnpm create-admin --email <email> --name "<name>"');
  process.exit(2);
}
const orm = await createOrm({ database: loadConfig().database });
try {
  const em = orm.em.fork();
  const nation = await em.findOne(AdministrativeUnit, { level: 'NATION' as never });
  if (!nation) throw new Error('The nation unit is missing: load the administrative units first (pnpm seed).');
  const user = em.create(User, {
    email: values.email.trim().toLowerCase(),
    displayName: values.name.normalize('NFC'),
    passwordHash: await hashPassword(password),
    active: true,
    failedLoginCount: 0,
  } as never);
  em.create(RoleGrant, { user, role: Role.SYSTEM_ADMIN, unit: nation } as never);
  await em.flush();
  console.log(`created ${user.email}, SYSTEM_ADMIN on ${nation.name}`);
} finally {
  await orm.close();
}
