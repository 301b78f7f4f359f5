import { registerEnumType } from 'type-graphql';

/** A household's standing in a year's poverty review. */
export enum PovertyStatus {
  POOR = 'POOR',
  NEAR_POOR = 'NEAR_POOR',
  ESCAPED = 'ESCAPED',
  FELL_BACK = 'FELL_BACK',
  NOT_POOR = 'NOT_POOR',
}

registerEnumType(PovertyStatus, {
  name: 'PovertyStatus',
  description: 'A household’s standing in a year’s poverty review (rà soát hộ nghèo).',
  valuesConfig: {
    POOR: { description: 'Poor household (hộ nghèo).' },
    NEAR_POOR: { description: 'Near-poor household (hộ cận nghèo).' },
    ESCAPED: { description: 'Escaped poverty this year (thoát nghèo).' },
    FELL_BACK: { description: 'Fell back into poverty (tái nghèo).' },
    NOT_POOR: { description: 'Neither poor nor near-poor.' },
  },
});
