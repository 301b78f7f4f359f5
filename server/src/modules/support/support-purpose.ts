import { registerEnumType } from 'type-graphql';

/** What support (hỗ trợ) was given for. */
export enum SupportPurpose {
  NEW_HOUSE = 'NEW_HOUSE',
  HOUSE_REPAIR = 'HOUSE_REPAIR',
  PRODUCTION = 'PRODUCTION',
  HEALTH_INSURANCE = 'HEALTH_INSURANCE',
  SCHOOLING = 'SCHOOLING',
  TET_GIFTS = 'TET_GIFTS',
  FOOD_RELIEF = 'FOOD_RELIEF',
  DISASTER_RELIEF = 'DISASTER_RELIEF',
  LIVELIHOOD_MODEL = 'LIVELIHOOD_MODEL',
}

registerEnumType(SupportPurpose, {
  name: 'SupportPurpose',
  description: 'What support was given for.',
  valuesConfig: {
    NEW_HOUSE: { description: 'A new house ("nhà Đại đoàn kết").' },
    HOUSE_REPAIR: { description: 'House repair.' },
    PRODUCTION: { description: 'Production: seed, livestock.' },
    HEALTH_INSURANCE: { description: 'Health-insurance cards (thẻ BHYT).' },
    SCHOOLING: { description: 'Schooling and scholarships.' },
    TET_GIFTS: { description: 'Tết gifts.' },
    FOOD_RELIEF: { description: 'Food relief.' },
    DISASTER_RELIEF: { description: 'Disaster relief.' },
    LIVELIHOOD_MODEL: { description: 'A livelihood model (mô hình sinh kế).' },
  },
});
