import { registerEnumType } from 'type-graphql';

/** Which rate a reduction or a plan is about. */
export enum PovertyMeasure {
  POOR_RATE = 'POOR_RATE',
  ETHNIC_MINORITY_POOR_RATE = 'ETHNIC_MINORITY_POOR_RATE',
}

registerEnumType(PovertyMeasure, {
  name: 'PovertyMeasure',
  description: 'Which poverty rate a reduction or a plan is about.',
  valuesConfig: {
    POOR_RATE: { description: 'Poor households over all households (tỷ lệ hộ nghèo).' },
    ETHNIC_MINORITY_POOR_RATE: {
      description:
        'Poor ethnic-minority households over ethnic-minority households (tỷ lệ hộ nghèo dân tộc thiểu số trên tổng số hộ dân tộc thiểu số).',
    },
  },
});

/** How a report names the rate, in Vietnamese and English. */
export const MEASURE_NAME: Record<PovertyMeasure, { vi: string; en: string }> = {
  POOR_RATE: { vi: 'Tỷ lệ hộ nghèo', en: 'The poor-household rate' },
  ETHNIC_MINORITY_POOR_RATE: {
    vi: 'Tỷ lệ hộ nghèo dân tộc thiểu số',
    en: 'The poor rate among ethnic-minority households',
  },
};
