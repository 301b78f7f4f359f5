import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';

export class User extends BaseRecord {
  email!: string;
  displayName!: string;
  /** argon2id hash; never leaves the server, never audited. */
  passwordHash!: string;
  active!: boolean;
  failedLoginCount!: number;
  lastFailedLoginAt?: Date | null;
  lastLoginAt?: Date | null;
  searchText!: string;
}

const userSearchKey = (u: User) => searchKey(u.displayName, u.email);

export const UserSchema = defineEntity({
  class: User,
  tableName: 'app_user',
  properties: {
    ...baseProperties,
    email: p.string().length(254).unique(),
    displayName: p.string().length(200),
    passwordHash: p.string().length(200).hidden(),
    active: p.boolean().default(true),
    failedLoginCount: p.integer().default(0),
    lastFailedLoginAt: p.datetime().columnType('timestamptz').nullable(),
    lastLoginAt: p.datetime().columnType('timestamptz').nullable(),
    searchText: p.text().onCreate(userSearchKey).onUpdate(userSearchKey),
  },
});
