import { divideRounded, formatHundredths, parseHundredths, viDecimal } from './poverty-math.js';

/** What a period's start and end rates and a plan make: the figures and sentences reports quote. */
export interface ReductionResult {
  changePoints: string;
  averageReductionPerYear: string;
  plannedReductionPerYear: string | null;
  achievementPercent: string | null;
  exceeded: boolean | null;
  statement: string;
  statementEn: string;
}

/** "14,93" but "4" and "3,5": a plan is written as people say it. */
const spoken = (hundredths: bigint) => viDecimal(hundredths).replace(/,?0+$/, '');
const spokenEn = (hundredths: bigint) => formatHundredths(hundredths).replace(/\.?0+$/, '');

/**
 * Computes a period's reduction from the rates at its start and end (as the reports do: from the
 * two-place rates they print, so that 14,93 − 5,33 = 9,60 over 5 years is 1,92 a year), and the
 * achievement against a planned reduction per year.
 */
export function reductionResult(
  startRate: string,
  endRate: string,
  fromYear: number,
  toYear: number,
  plannedPerYear: string | null,
): ReductionResult {
  const years = BigInt(toYear - fromYear + 1);
  const start = parseHundredths(startRate);
  const end = parseHundredths(endRate);
  const change = start - end;
  const average = divideRounded(change, years);
  const planned = plannedPerYear == null ? null : parseHundredths(plannedPerYear);
  const achievement = planned ? divideRounded(average * 10000n, planned) : null;
  const exceeded = planned ? average > planned : null;
  const falls = change >= 0n;
  const abs = (v: bigint) => (v < 0n ? -v : v);

  let statement =
    `Tỷ lệ hộ nghèo ${falls ? 'giảm' : 'tăng'} từ ${spoken(start)}% đầu năm ${fromYear} ` +
    `${falls ? 'xuống còn' : 'lên'} ${spoken(end)}% cuối năm ${toYear}, ` +
    `bình quân mỗi năm ${falls ? 'giảm' : 'tăng'} ${viDecimal(abs(average))}%.`;
  let statementEn =
    `The poor-household rate went ${falls ? 'down' : 'up'} from ${spokenEn(start)}% at the start of ${fromYear} ` +
    `to ${spokenEn(end)}% at the end of ${toYear}, ${formatHundredths(abs(average))} points a year on average.`;
  if (planned != null && achievement != null) {
    const verdictVi = exceeded ? 'vượt kế hoạch' : achievement >= 10000n ? 'đạt kế hoạch' : 'chưa đạt kế hoạch';
    const verdictEn = exceeded
      ? 'the plan was exceeded'
      : achievement >= 10000n
        ? 'the plan was met'
        : 'the plan was not met';
    statement += ` Kế hoạch đề ra bình quân mỗi năm giảm ${spoken(planned)}%; đạt ${viDecimal(achievement)}% kế hoạch, ${verdictVi}.`;
    statementEn += ` The plan was ${spokenEn(planned)} points a year; ${formatHundredths(achievement)}% of plan: ${verdictEn}.`;
  }
  return {
    changePoints: formatHundredths(change),
    averageReductionPerYear: formatHundredths(average),
    plannedReductionPerYear: planned == null ? null : formatHundredths(planned),
    achievementPercent: achievement == null ? null : formatHundredths(achievement),
    exceeded,
    statement,
    statementEn,
  };
}
