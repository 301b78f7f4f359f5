import { registerEnumType } from 'type-graphql';

/** The household categories a poverty standard defines. */
export enum PovertyCategory {
  POOR = 'POOR',
  NEAR_POOR = 'NEAR_POOR',
}

/** Where a threshold applies: standards set different income lines for rural and urban areas. */
export enum PovertyArea {
  RURAL = 'RURAL',
  URBAN = 'URBAN',
}

registerEnumType(PovertyCategory, {
  name: 'PovertyCategory',
  description: 'A household category defined by a poverty standard.',
  valuesConfig: {
    POOR: { description: 'Poor household (hộ nghèo).' },
    NEAR_POOR: { description: 'Near-poor household (hộ cận nghèo).' },
  },
});

registerEnumType(PovertyArea, {
  name: 'PovertyArea',
  description: 'The area a poverty threshold applies to.',
  valuesConfig: {
    RURAL: { description: 'Rural areas (khu vực nông thôn).' },
    URBAN: { description: 'Urban areas (khu vực thành thị).' },
  },
});
