import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

/** One (role, unit) a user holds; a user may hold several. */
export class RoleGrant extends BaseRecord {
  user!: User;
  role!: Role;
  unit!: AdministrativeUnit;
}

export const RoleGrantSchema = defineEntity({
  class: RoleGrant,
  properties: {
    ...baseProperties,
    user: () => p.manyToOne(User).index(),
    role: p.enum(() => Role),
    unit: () => p.manyToOne(AdministrativeUnit),
  },
  uniques: [{ properties: ['user', 'role', 'unit'] }],
});
