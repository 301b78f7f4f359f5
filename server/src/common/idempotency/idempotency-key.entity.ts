import { defineEntity, p } from '@mikro-orm/core';

/** A money mutation already done under a client's key: its request hash and the record it made. */
export class IdempotencyKey {
  id!: number;
  operation!: string;
  key!: string;
  requestHash!: string;
  resultId?: string | null;
  createdAt!: Date;
}

export const IdempotencyKeySchema = defineEntity({
  class: IdempotencyKey,
  properties: {
    id: p.integer().primary().autoincrement(),
    operation: p.string().length(60),
    key: p.string().length(100),
    requestHash: p.string().length(64),
    resultId: p.string().length(40).nullable(),
    createdAt: p
      .datetime()
      .columnType('timestamptz')
      .onCreate(() => new Date()),
  },
  uniques: [{ properties: ['operation', 'key'] }],
});
