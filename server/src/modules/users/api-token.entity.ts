import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { User } from './user.entity.js';

/** A developer's API token: read-only, public and aggregate data, within a unit. Shown once, stored hashed. */
export class ApiToken extends BaseRecord {
  user!: User;
  name!: string;
  tokenHash!: string;
  /** The unit whose data it may read (aggregates); everything under it. */
  scopeUnit!: AdministrativeUnit;
  lastUsedAt?: Date | null;
  revokedAt?: Date | null;
}

export const ApiTokenSchema = defineEntity({
  class: ApiToken,
  properties: {
    ...baseProperties,
    user: () => p.manyToOne(User).index(),
    name: p.string().length(100),
    tokenHash: p.string().length(64).unique().hidden(),
    scopeUnit: () => p.manyToOne(AdministrativeUnit),
    lastUsedAt: p.datetime().columnType('timestamptz').nullable(),
    revokedAt: p.datetime().columnType('timestamptz').nullable(),
  },
});
