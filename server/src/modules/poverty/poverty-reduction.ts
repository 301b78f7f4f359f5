import { divideRounded, formatHundredths, parseHundredths, viDecimal } from './poverty-math.js';
import { MEASURE_NAME, PovertyMeasure } from './poverty-measure.js';

/** A planned reduction per year: one figure ("4%") or a range ("3–4%"), in points, as decimals. */
export interface PlanRange {
  min: string;
  max?: string | null;
}

/** What a period's start and end rates and a plan make: the figures and sentences reports quote. */
export interface ReductionResult {
  changePoints: string;
  averageReductionPerYear: string;
  plannedReductionPerYear: string | null;
  plannedReductionPerYearMax: string | null;
  achievementPercent: string | null;
  met: boolean | null;
  exceeded: boolean | null;
  /** "bình quân mỗi năm giảm 1,92%": the phrase reports quote. */
  averagePhrase: string;
  /** "đạt 150,25% kế hoạch, vượt kế hoạch"; null without a plan. */
  planPhrase: string | null;
  statement: string;
  statementEn: string;
}

/** "14,93" but "4" and "3,5": a plan is written as people say it. */
export const spoken = (hundredths: bigint) => viDecimal(hundredths).replace(/,?0+$/, '');
const spokenEn = (hundredths: bigint) => formatHundredths(hundredths).replace(/\.?0+$/, '');

/** "4%" or "3–4%" as the seeds write a plan. */
export function planText(min: bigint, max: bigint | null): string {
  return max == null || max === min ? `${spoken(min)}%` : `${spoken(min)}–${spoken(max)}%`;
}

/**
 * Achievement of an average yearly reduction against a plan, in hundredths of a percent. It is
 * measured against the plan's lower bound (what the plan promised at least): 4,52 against 3–4 is
 * 150,67%. The plan is met from the lower bound on, and exceeded ("vượt kế hoạch") above the upper
 * bound (the whole range beaten); for a single figure, above it.
 */
export function achievement(average: bigint, min: bigint, max: bigint | null) {
  const upper = max ?? min;
  return {
    percent: min > 0n ? divideRounded(average * 10000n, min) : null,
    met: average >= min,
    exceeded: average > upper,
  };
}

/** "đạt 150,25% kế hoạch, vượt kế hoạch" / "the plan was exceeded". */
export function planVerdict(result: { percent: bigint | null; met: boolean; exceeded: boolean }) {
  const vi = result.exceeded ? 'vượt kế hoạch' : result.met ? 'đạt kế hoạch' : 'chưa đạt kế hoạch';
  const en = result.exceeded ? 'the plan was exceeded' : result.met ? 'the plan was met' : 'the plan was not met';
  return {
    vi: result.percent == null ? vi : `đạt ${viDecimal(result.percent)}% kế hoạch, ${vi}`,
    en: result.percent == null ? en : `${formatHundredths(result.percent)}% of plan: ${en}`,
  };
}

/**
 * Computes a period's reduction from the rates at its start and end (as the reports do: from the
 * two-place rates they print, so that 14,93 − 5,33 = 9,60 over 5 years is 1,92 a year), and the
 * achievement against a planned reduction per year (a figure or a range).
 */
export function reductionResult(
  startRate: string,
  endRate: string,
  fromYear: number,
  toYear: number,
  plan: PlanRange | null,
  measure: PovertyMeasure = PovertyMeasure.POOR_RATE,
): ReductionResult {
  const years = BigInt(toYear - fromYear + 1);
  const start = parseHundredths(startRate);
  const end = parseHundredths(endRate);
  const change = start - end;
  const average = divideRounded(change, years);
  const min = plan == null ? null : parseHundredths(plan.min);
  const max = plan?.max == null ? null : parseHundredths(plan.max);
  const result = min == null ? null : achievement(average, min, max);
  const falls = change >= 0n;
  const abs = (v: bigint) => (v < 0n ? -v : v);
  const name = MEASURE_NAME[measure];

  const averagePhrase = `bình quân mỗi năm ${falls ? 'giảm' : 'tăng'} ${viDecimal(abs(average))}%`;
  let statement =
    `${name.vi} ${falls ? 'giảm' : 'tăng'} từ ${spoken(start)}% đầu năm ${fromYear} ` +
    `${falls ? 'xuống còn' : 'lên'} ${spoken(end)}% cuối năm ${toYear}, ${averagePhrase}.`;
  let statementEn =
    `${name.en} went ${falls ? 'down' : 'up'} from ${spokenEn(start)}% at the start of ${fromYear} ` +
    `to ${spokenEn(end)}% at the end of ${toYear}, ${formatHundredths(abs(average))} points a year on average.`;
  let planPhrase: string | null = null;
  if (min != null && result) {
    const verdict = planVerdict(result);
    planPhrase = verdict.vi;
    const range = max != null && max !== min;
    statement += ` Kế hoạch đề ra bình quân mỗi năm giảm ${planText(min, max)}; ${verdict.vi}.`;
    statementEn +=
      ` The plan was ${spokenEn(min)}${range ? `–${spokenEn(max!)}` : ''} points a year` +
      `${range ? ' (measured against its lower bound)' : ''}; ${verdict.en}.`;
  }
  return {
    changePoints: formatHundredths(change),
    averageReductionPerYear: formatHundredths(average),
    plannedReductionPerYear: min == null ? null : formatHundredths(min),
    plannedReductionPerYearMax: max == null ? null : formatHundredths(max),
    achievementPercent: result?.percent == null ? null : formatHundredths(result.percent),
    met: result?.met ?? null,
    exceeded: result?.exceeded ?? null,
    averagePhrase,
    planPhrase,
    statement,
    statementEn,
  };
}
