import { registerEnumType } from 'type-graphql';

/** What a ledger entry records. Signs: receipts and allocations in add, the others subtract. */
export enum LedgerEntryKind {
  RECEIPT = 'RECEIPT',
  ALLOCATION_OUT = 'ALLOCATION_OUT',
  ALLOCATION_IN = 'ALLOCATION_IN',
  DISBURSEMENT = 'DISBURSEMENT',
  REVERSAL = 'REVERSAL',
}

/** Cash (money in the fund's accounts) or goods in kind, which never count as cash. */
export enum Medium {
  CASH = 'CASH',
  IN_KIND = 'IN_KIND',
}

registerEnumType(LedgerEntryKind, {
  name: 'LedgerEntryKind',
  description: 'What a ledger entry records.',
  valuesConfig: {
    RECEIPT: { description: 'Money or goods received (a donation).' },
    ALLOCATION_OUT: { description: 'Sent to a lower level’s fund (paired with its ALLOCATION_IN).' },
    ALLOCATION_IN: { description: 'Received from a higher level’s fund (paired with its ALLOCATION_OUT).' },
    DISBURSEMENT: { description: 'Support given to a household or a commune project.' },
    REVERSAL: { description: 'Cancels an earlier entry with the opposite amount; both stay visible.' },
  },
});

registerEnumType(Medium, {
  name: 'Medium',
  description: 'Cash, or goods in kind (reported apart, never mixed into cash balances).',
  valuesConfig: {
    CASH: { description: 'Money: cash or bank transfer.' },
    IN_KIND: { description: 'Goods: cows, rice, houses, health-insurance cards… at an appraised value.' },
  },
});
