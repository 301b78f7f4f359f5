import { registerEnumType } from 'type-graphql';

/** What a reported figure counts: money (exact VND) or a count of something (households, trainees). */
export enum FigureMeasure {
  MONEY = 'MONEY',
  COUNT = 'COUNT',
}

/** The fact of the product that a reported figure claims, so that it can be checked against it. */
export enum FigureFact {
  FUNDS_RAISED_CASH = 'FUNDS_RAISED_CASH',
  FUNDS_RAISED_IN_KIND = 'FUNDS_RAISED_IN_KIND',
  FUNDS_RAISED_TOTAL = 'FUNDS_RAISED_TOTAL',
  SUPPORT_AMOUNT = 'SUPPORT_AMOUNT',
  HOUSEHOLDS_SUPPORTED = 'HOUSEHOLDS_SUPPORTED',
  POOR_HOUSEHOLDS = 'POOR_HOUSEHOLDS',
  POOR_HOUSEHOLDS_REDUCTION = 'POOR_HOUSEHOLDS_REDUCTION',
  COMMENDATIONS = 'COMMENDATIONS',
}

/** The measure each fact is in: a figure may only claim a fact of its own measure. */
export const FACT_MEASURE: Record<FigureFact, FigureMeasure> = {
  FUNDS_RAISED_CASH: FigureMeasure.MONEY,
  FUNDS_RAISED_IN_KIND: FigureMeasure.MONEY,
  FUNDS_RAISED_TOTAL: FigureMeasure.MONEY,
  SUPPORT_AMOUNT: FigureMeasure.MONEY,
  HOUSEHOLDS_SUPPORTED: FigureMeasure.COUNT,
  POOR_HOUSEHOLDS: FigureMeasure.COUNT,
  POOR_HOUSEHOLDS_REDUCTION: FigureMeasure.COUNT,
  COMMENDATIONS: FigureMeasure.COUNT,
};

/** What a finding says is wrong. */
export enum FindingKind {
  PARTS_DO_NOT_ADD_UP = 'PARTS_DO_NOT_ADD_UP',
  DIFFERS_FROM_FACTS = 'DIFFERS_FROM_FACTS',
}

registerEnumType(FigureMeasure, {
  name: 'FigureMeasure',
  description: 'What a reported figure counts.',
  valuesConfig: {
    MONEY: { description: 'Money, whole VND (exact).' },
    COUNT: { description: 'A count of something (households, trainees, houses), in its countUnit.' },
  },
});

registerEnumType(FigureFact, {
  name: 'FigureFact',
  description:
    'A fact the product holds that a reported figure claims, for the campaign in the figure’s unit and the units under it (mergers included).',
  valuesConfig: {
    FUNDS_RAISED_CASH: { description: 'Cash received for the campaign (ledger receipts, net of reversals).' },
    FUNDS_RAISED_IN_KIND: { description: 'Goods received for the campaign, at appraised value.' },
    FUNDS_RAISED_TOTAL: { description: 'Cash and goods received for the campaign.' },
    SUPPORT_AMOUNT: { description: 'Support given for the campaign (of factPurpose, when set), net of reversals.' },
    HOUSEHOLDS_SUPPORTED: {
      description:
        'Households reached by support for the campaign (of factPurpose, when set): distinct households helped, ' +
        'plus the households the commune projects state.',
    },
    POOR_HOUSEHOLDS: { description: 'Poor households in the review of factToYear (poverty statistics).' },
    POOR_HOUSEHOLDS_REDUCTION: {
      description:
        'Poor households at the start of factFromYear (review of the year before) minus at the end of factToYear.',
    },
    COMMENDATIONS: {
      description: 'Commendations decided for the campaign (of factFormCode and factRecipientKind, when set).',
    },
  },
});

registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: 'What a consistency finding says is wrong.',
  valuesConfig: {
    PARTS_DO_NOT_ADD_UP: { description: 'A stated total is not the sum of its stated parts.' },
    DIFFERS_FROM_FACTS: { description: 'A stated figure differs from the fact the product holds.' },
  },
});
