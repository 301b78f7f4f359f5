import { registerEnumType } from 'type-graphql';
import { PovertyMeasure } from '../poverty/poverty-measure.js';

/** What a campaign's or unit's plan (kế hoạch, chỉ tiêu) promises. */
export enum PlanKind {
  POOR_RATE_REDUCTION = 'POOR_RATE_REDUCTION',
  ETHNIC_MINORITY_POOR_RATE_REDUCTION = 'ETHNIC_MINORITY_POOR_RATE_REDUCTION',
  MONEY_TO_RAISE = 'MONEY_TO_RAISE',
}

registerEnumType(PlanKind, {
  name: 'PlanKind',
  description: 'What a plan promises.',
  valuesConfig: {
    POOR_RATE_REDUCTION: {
      description: 'Reduce the poor-household rate by so many points a year (a figure or a range, e.g. 3–4).',
    },
    ETHNIC_MINORITY_POOR_RATE_REDUCTION: {
      description: 'Reduce the poor rate among ethnic-minority households by so many points a year.',
    },
    MONEY_TO_RAISE: { description: 'Raise so much money (VND) over the plan’s years.' },
  },
});

/** The poverty rate a reduction plan is about; null for a money plan. */
export function measureOf(kind: PlanKind): PovertyMeasure | null {
  if (kind === PlanKind.POOR_RATE_REDUCTION) return PovertyMeasure.POOR_RATE;
  if (kind === PlanKind.ETHNIC_MINORITY_POOR_RATE_REDUCTION) return PovertyMeasure.ETHNIC_MINORITY_POOR_RATE;
  return null;
}

export function planKindOf(measure: PovertyMeasure): PlanKind {
  return measure === PovertyMeasure.POOR_RATE
    ? PlanKind.POOR_RATE_REDUCTION
    : PlanKind.ETHNIC_MINORITY_POOR_RATE_REDUCTION;
}
