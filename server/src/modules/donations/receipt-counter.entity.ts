import { defineEntity, p } from '@mikro-orm/core';
import { Fund } from '../funds/fund.entity.js';

/** The last receipt number issued per fund and year; bumped atomically, so numbers never repeat. */
export class ReceiptCounter {
  fund!: Fund;
  year!: number;
  lastNumber!: number;
}

export const ReceiptCounterSchema = defineEntity({
  class: ReceiptCounter,
  properties: {
    fund: () => p.manyToOne(Fund).primary(),
    year: p.integer().primary(),
    lastNumber: p.integer(),
  },
});
