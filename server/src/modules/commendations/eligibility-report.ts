import type { Context } from '../../context.js';
import type { RuleCheck } from './eligibility.service.js';

/** The API shape of a list of verdicts, in the request's language. */
export function eligibilityReport(ctx: Context, proposedOn: string, checks: RuleCheck[]) {
  return {
    eligible: checks.every((c) => c.passed),
    proposedOn,
    checks: checks.map((c) => ({ rule: c.rule, passed: c.passed, reason: c.reason[ctx.locale] })),
  };
}
