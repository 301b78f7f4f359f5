import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { RecipientKind, RuleCondition } from './commendation-enums.js';
import { CommendationForm } from './commendation-form.entity.js';

/** The parameters a rule's condition reads; which ones depends on the condition. */
export interface RuleParams {
  /** PRIOR_COMMENDATION: any of these form codes counts. */
  priorFormCodes?: string[];
  /** PRIOR_COMMENDATION: only when decided within this many years before the nomination date. */
  withinYears?: number | null;
  /** CONSECUTIVE_GOOD_YEARS: how many consecutive years. */
  years?: number;
}

/**
 * One version of an eligibility criterion: data, not code. A rule applies to nominations for its
 * form (all forms when none) and recipient kinds (all when empty) dated within its effective
 * period. A changed criterion is a new rule; the old one is ended, never rewritten.
 */
export class CommendationRule extends BaseRecord {
  code!: string;
  form?: CommendationForm | null;
  recipientKinds!: RecipientKind[];
  condition!: RuleCondition;
  params!: RuleParams;
  effectiveFrom!: string;
  effectiveTo?: string | null;
  /** What it requires, in Vietnamese, as the board would say it. */
  description!: string;
  legalBasis?: string | null;
}

export const CommendationRuleSchema = defineEntity({
  class: CommendationRule,
  properties: {
    ...baseProperties,
    code: p.string().length(60).unique(),
    form: () => p.manyToOne(CommendationForm).nullable().index(),
    recipientKinds: p.json<RecipientKind[]>(),
    condition: p.enum(() => RuleCondition),
    params: p.json<RuleParams>(),
    effectiveFrom: p.date(),
    effectiveTo: p.date().nullable(),
    description: p.string().length(1000),
    legalBasis: p.string().length(500).nullable(),
  },
});
