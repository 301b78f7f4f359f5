import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { User } from './user.entity.js';

/** A login. Stored so it survives a restart; only the token's hash is kept. */
export class Session extends BaseRecord {
  user!: User;
  tokenHash!: string;
  expiresAt!: Date;
}

export const SessionSchema = defineEntity({
  class: Session,
  properties: {
    ...baseProperties,
    user: () => p.manyToOne(User).index(),
    tokenHash: p.string().length(64).unique().hidden(),
    expiresAt: p.datetime().columnType('timestamptz'),
  },
});
