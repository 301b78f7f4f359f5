import { p } from '@mikro-orm/core';

/** What every stored record has: a generated id and when it was made and last changed. */
export abstract class BaseRecord {
  id!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

/** The columns of BaseRecord, spread into each entity's properties. */
export const baseProperties = {
  id: p.integer().primary().autoincrement(),
  createdAt: p
    .datetime()
    .columnType('timestamptz')
    .onCreate(() => new Date()),
  updatedAt: p
    .datetime()
    .columnType('timestamptz')
    .onCreate(() => new Date())
    .onUpdate(() => new Date()),
};
