// Exact values of reported figures: money as bigint VND, counts as bigint thousandths (the column
// keeps three decimals), so sums and differences never meet a float.
import { normalizeQuantity } from '../../common/scalars/quantity.scalar.js';
import { FigureMeasure } from './figure-enums.js';

/** A figure's value in one of its measures; `text` is how a Vietnamese report writes it. */
export interface FigureValue {
  measure: FigureMeasure;
  money: bigint | null;
  count: string | null;
  countUnit: string | null;
  text: string;
}

/** "5347.5" → 5347500n. */
export function thousandths(count: string): bigint {
  const negative = count.startsWith('-');
  const [whole, fraction = ''] = count.replace('-', '').split('.');
  const value = BigInt(whole || '0') * 1000n + BigInt(fraction.padEnd(3, '0').slice(0, 3));
  return negative ? -value : value;
}

/** 5347500n → "5347.5". */
export function fromThousandths(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const text = `${abs / 1000n}.${(abs % 1000n).toString().padStart(3, '0')}`;
  return `${negative ? '-' : ''}${normalizeQuantity(text)}`;
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** 84184730000n → "84.184.730.000 đồng"; "5347.5" → "5.347,5 học viên". */
function viText(measure: FigureMeasure, money: bigint | null, count: string | null, unit: string | null) {
  if (measure === FigureMeasure.MONEY) {
    const v = money ?? 0n;
    return `${v < 0n ? '-' : ''}${group((v < 0n ? -v : v).toString())} đồng`;
  }
  const [whole = '0', fraction] = (count ?? '0').split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const number = `${sign}${group(whole.replace('-', ''))}${fraction ? `,${fraction}` : ''}`;
  return unit ? `${number} ${unit}` : number;
}

export function moneyValue(money: bigint): FigureValue {
  return {
    measure: FigureMeasure.MONEY,
    money,
    count: null,
    countUnit: null,
    text: viText(FigureMeasure.MONEY, money, null, null),
  };
}

export function countValue(thousandthsValue: bigint, countUnit: string | null): FigureValue {
  const count = fromThousandths(thousandthsValue);
  return {
    measure: FigureMeasure.COUNT,
    money: null,
    count,
    countUnit,
    text: viText(FigureMeasure.COUNT, null, count, countUnit),
  };
}

/** The value in exact units: VND or thousandths. */
export function exact(value: { measure: FigureMeasure; money?: bigint | null; count?: string | null }): bigint {
  return value.measure === FigureMeasure.MONEY ? (value.money ?? 0n) : thousandths(value.count ?? '0');
}

export function valueOf(measure: FigureMeasure, amount: bigint, countUnit: string | null): FigureValue {
  return measure === FigureMeasure.MONEY ? moneyValue(amount) : countValue(amount, countUnit);
}
