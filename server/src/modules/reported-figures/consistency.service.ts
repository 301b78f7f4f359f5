import type { Context } from '../../context.js';
import { FindingKind } from './figure-enums.js';
import { exact, valueOf, type FigureValue } from './figure-value.js';
import { factValueOf } from './figure-facts.service.js';
import type { ReportedFigure } from './reported-figure.entity.js';
import { figuresOf } from './reported-figure.service.js';

/** One inconsistency: what the report states, what the parts or facts make, and stated − computed. */
export interface ConsistencyFinding {
  kind: FindingKind;
  figure: ReportedFigure;
  stated: FigureValue;
  computed: FigureValue;
  difference: FigureValue;
  /** PARTS_DO_NOT_ADD_UP: the parts summed. */
  parts: ReportedFigure[];
  message: string;
  messageEn: string;
}

/**
 * Checks every reported figure of a campaign (optionally about a unit and those under it): each
 * total against the sum of its parts, and each figure that claims a fact against the fact. Exact
 * arithmetic (bigint VND, thousandths of counts), so a total that adds up is never flagged; a
 * figure whose fact the product does not hold (no review that year) is not flagged either.
 */
export async function consistencyFindings(
  ctx: Context,
  campaignId: string,
  unitId?: string | null,
): Promise<ConsistencyFinding[]> {
  const checked = await figuresOf(ctx, campaignId, unitId);
  // Parts may be about other units than their total: take them from the whole campaign.
  const all = unitId ? await figuresOf(ctx, campaignId) : checked;
  const partsOf = new Map<number, ReportedFigure[]>();
  for (const f of all) {
    if (!f.parent) continue;
    partsOf.set(f.parent.id, [...(partsOf.get(f.parent.id) ?? []), f]);
  }
  const findings: ConsistencyFinding[] = [];
  for (const figure of checked) {
    const stated = valueOf(figure.measure, exact(figure), figure.countUnit ?? null);
    const parts = partsOf.get(figure.id) ?? [];
    if (parts.length) {
      const sum = parts.reduce((total, part) => total + exact(part), 0n);
      const difference = exact(figure) - sum;
      if (difference !== 0n) {
        const computed = valueOf(figure.measure, sum, figure.countUnit ?? null);
        const diff = valueOf(figure.measure, difference, figure.countUnit ?? null);
        findings.push({
          kind: FindingKind.PARTS_DO_NOT_ADD_UP,
          figure,
          stated,
          computed,
          difference: diff,
          parts,
          message: `“${figure.label}”: tổng ghi ${stated.text}, cộng các khoản thành phần được ${computed.text}, chênh lệch ${diff.text}.`,
          messageEn: `“${figure.label}”: the total states ${stated.text}, its ${parts.length} parts add up to ${computed.text}; difference ${diff.text}.`,
        });
      }
    }
    const fact = await factValueOf(ctx, figure);
    if (fact) {
      const difference = exact(figure) - exact(fact);
      if (difference !== 0n) {
        const diff = valueOf(figure.measure, difference, figure.countUnit ?? null);
        findings.push({
          kind: FindingKind.DIFFERS_FROM_FACTS,
          figure,
          stated,
          computed: fact,
          difference: diff,
          parts: [],
          message: `“${figure.label}”: báo cáo ghi ${stated.text}, dữ liệu ghi nhận (${figure.fact}) là ${fact.text}, chênh lệch ${diff.text}.`,
          messageEn: `“${figure.label}”: the report states ${stated.text}, the recorded facts (${figure.fact}) give ${fact.text}; difference ${diff.text}.`,
        });
      }
    }
  }
  return findings;
}
