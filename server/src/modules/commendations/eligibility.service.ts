import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import type { Localized } from '../../common/errors.js';
import { NominationStatus, RecipientKind, RuleCondition } from './commendation-enums.js';
import { CommendationForm } from './commendation-form.entity.js';
import { inForceOn } from './commendation-form.service.js';
import type { CommendationRecipient } from './commendation-recipient.entity.js';
import { CommendationRule } from './commendation-rule.entity.js';
import { Nomination } from './nomination.entity.js';

/** What eligibility is judged on: a nomination, or what the form holds before one exists. */
export interface EligibilitySubject {
  form: CommendationForm;
  recipient: CommendationRecipient | null;
  recipientKind: RecipientKind;
  campaignId: number | null;
  proposedOn: string;
  excellentYears: number[];
  /** The nomination itself, so that it is not its own duplicate. */
  nominationId?: number;
}

export interface RuleCheck {
  rule: CommendationRule;
  passed: boolean;
  reason: Localized;
}

/** Statuses of a nomination that has become a commendation. */
export const AWARDED = [NominationStatus.DECIDED, NominationStatus.CONFERRED, NominationStatus.PUBLISHED];

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** The rules in force on the proposal date for this form (or every form) and recipient kind. */
export async function applicableRules(ctx: Context, subject: EligibilitySubject): Promise<CommendationRule[]> {
  const rules = await ctx.em.find(
    CommendationRule,
    { $and: [{ $or: [{ form: subject.form.id }, { form: null }] }, ...inForceOn(subject.proposedOn)] },
    { orderBy: { effectiveFrom: 'asc', code: 'asc' } },
  );
  return rules.filter((r) => r.recipientKinds.length === 0 || r.recipientKinds.includes(subject.recipientKind));
}

/** Judges the subject by every rule in force, one result per rule, each with its reason. */
export async function checkEligibility(ctx: Context, subject: EligibilitySubject): Promise<RuleCheck[]> {
  const results: RuleCheck[] = [];
  for (const rule of await applicableRules(ctx, subject)) {
    results.push({ rule, ...(await conditions[rule.condition](ctx, rule, subject)) });
  }
  return results;
}

type Verdict = { passed: boolean; reason: Localized };
type ConditionCheck = (ctx: Context, rule: CommendationRule, subject: EligibilitySubject) => Promise<Verdict>;

const conditions: Record<RuleCondition, ConditionCheck> = {
  async PRIOR_COMMENDATION(ctx, rule, subject) {
    const codes = rule.params.priorFormCodes ?? [];
    const within = rule.params.withinYears ?? null;
    const since = within ? `${Number(subject.proposedOn.slice(0, 4)) - within}${subject.proposedOn.slice(4)}` : null;
    const prior = subject.recipient
      ? await ctx.em.findOne(
          Nomination,
          {
            recipient: subject.recipient.id,
            status: { $in: AWARDED },
            form: { code: { $in: codes } },
            decision: { decidedOn: since ? { $lt: subject.proposedOn, $gte: since } : { $lt: subject.proposedOn } },
          } as FilterQuery<Nomination>,
          { populate: ['form', 'decision'], orderBy: { decision: { decidedOn: 'desc' } } },
        )
      : null;
    if (prior) {
      return {
        passed: true,
        reason: {
          vi: `Đã được tặng ${prior.form.name} (Quyết định số ${prior.decision!.number} ngày ${vnDate(prior.decision!.decidedOn)})`,
          en: `Already awarded ${prior.form.code} (decision ${prior.decision!.number} of ${prior.decision!.decidedOn})`,
        },
      };
    }
    const withinText = within ? { vi: ` trong ${within} năm gần đây`, en: ` within the last ${within} years` } : null;
    // In the rule's own order: the first code is the one the board thinks of first.
    const forms = await ctx.em.find(CommendationForm, { code: { $in: codes } });
    const names = forms.sort((a, b) => codes.indexOf(a.code) - codes.indexOf(b.code)).map((f) => f.name);
    return {
      passed: false,
      reason: {
        vi: `Chưa được tặng ${names.join(' hoặc ')}${withinText?.vi ?? ''} trước ngày đề nghị`,
        en: `Has not been awarded ${codes.join(' or ')}${withinText?.en ?? ''} before the proposal date`,
      },
    };
  },

  async CONSECUTIVE_GOOD_YEARS(_ctx, rule, subject) {
    const needed = rule.params.years ?? 1;
    const year = Number(subject.proposedOn.slice(0, 4));
    const years = new Set(subject.excellentYears);
    // The run may end in the proposal's year or the year before (that year's results may not be in).
    const runEndingAt = (end: number) => {
      let n = 0;
      while (years.has(end - n)) n++;
      return n;
    };
    const end = runEndingAt(year) >= runEndingAt(year - 1) ? year : year - 1;
    const run = runEndingAt(end);
    if (run >= needed) {
      return {
        passed: true,
        reason: {
          vi: `Có ${run} năm liên tục hoàn thành xuất sắc nhiệm vụ (${end - run + 1}–${end})`,
          en: `${run} consecutive years of excellent results (${end - run + 1}–${end})`,
        },
      };
    }
    return {
      passed: false,
      reason: {
        vi: `Mới có ${run} năm liên tục hoàn thành xuất sắc nhiệm vụ tính đến năm ${end}; cần ${needed} năm`,
        en: `Only ${run} consecutive years of excellent results up to ${end}; ${needed} are needed`,
      },
    };
  },

  async NO_DUPLICATE_ACHIEVEMENT(ctx, _rule, subject) {
    const other =
      subject.recipient && subject.campaignId
        ? await ctx.em.findOne(
            Nomination,
            {
              recipient: subject.recipient.id,
              campaign: subject.campaignId,
              status: { $ne: NominationStatus.REJECTED },
              ...(subject.nominationId ? { id: { $ne: subject.nominationId } } : {}),
            },
            { populate: ['form', 'campaign'] },
          )
        : null;
    if (!other) {
      return {
        passed: true,
        reason: {
          vi: 'Thành tích này chưa được đề nghị hình thức khen thưởng nào khác',
          en: 'This achievement has no other nomination',
        },
      };
    }
    return {
      passed: false,
      reason: {
        vi: `Thành tích trong "${other.campaign!.name}" đã được đề nghị ${other.form.name} (hồ sơ số ${other.id}); một thành tích chỉ được khen một hình thức`,
        en: `This achievement already has a nomination for ${other.form.code} (nomination ${other.id}); one achievement, one form`,
      },
    };
  },

  async NOT_UNDER_DISCIPLINE(_ctx, _rule, subject) {
    const until = subject.recipient?.disciplineUntil;
    if (until && until >= subject.proposedOn) {
      return {
        passed: false,
        reason: {
          vi: `Đang trong thời gian thi hành kỷ luật (đến ngày ${vnDate(until)})`,
          en: `Under discipline until ${until}`,
        },
      };
    }
    return {
      passed: true,
      reason: { vi: 'Không trong thời gian thi hành kỷ luật', en: 'Not under discipline' },
    };
  },
};
