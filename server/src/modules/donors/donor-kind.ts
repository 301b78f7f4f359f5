import { registerEnumType } from 'type-graphql';

/** Who a donor is. */
export enum DonorKind {
  INDIVIDUAL = 'INDIVIDUAL',
  HOUSEHOLD = 'HOUSEHOLD',
  ORGANIZATION = 'ORGANIZATION',
  BUSINESS = 'BUSINESS',
  OVERSEAS_VIETNAMESE = 'OVERSEAS_VIETNAMESE',
  FOREIGN_ORGANIZATION = 'FOREIGN_ORGANIZATION',
}

registerEnumType(DonorKind, {
  name: 'DonorKind',
  description: 'Who a donor (nhà hảo tâm / đơn vị ủng hộ) is.',
  valuesConfig: {
    INDIVIDUAL: { description: 'A person.' },
    HOUSEHOLD: { description: 'A household.' },
    ORGANIZATION: { description: 'An agency, association or other organization.' },
    BUSINESS: { description: 'A business.' },
    OVERSEAS_VIETNAMESE: { description: 'A Vietnamese person living abroad (kiều bào).' },
    FOREIGN_ORGANIZATION: { description: 'A foreign organization.' },
  },
});
