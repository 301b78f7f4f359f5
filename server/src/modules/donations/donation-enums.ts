import { registerEnumType } from 'type-graphql';

/** How a donation arrived. */
export enum DonationChannel {
  CASH = 'CASH',
  BANK_TRANSFER = 'BANK_TRANSFER',
  IN_KIND = 'IN_KIND',
}

export enum DonationStatus {
  RECEIVED = 'RECEIVED',
  REVERSED = 'REVERSED',
}

registerEnumType(DonationChannel, {
  name: 'DonationChannel',
  description: 'How a donation arrived.',
  valuesConfig: {
    CASH: { description: 'Cash at the Front committee.' },
    BANK_TRANSFER: { description: 'A transfer into the fund’s bank account; carries the bank reference.' },
    IN_KIND: { description: 'Goods, with a quantity, a unit and an appraised value.' },
  },
});

registerEnumType(DonationStatus, {
  name: 'DonationStatus',
  description: 'Received, or reversed (its ledger entry was reversed; both entries stay visible).',
  valuesConfig: {
    RECEIVED: { description: 'Posted to the fund.' },
    REVERSED: { description: 'Cancelled by a reversing entry.' },
  },
});
