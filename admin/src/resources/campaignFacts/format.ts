import type { FigureValue } from '@chung-tay/schema';
import { groupDigits, formatMoney } from '../../common/money';

/**
 * A count as a Vietnamese report writes it: "5.347", "1,5" ("5,347" and "1.5" in English). The
 * API's Quantity is a decimal string; it never goes through a float.
 */
export function formatQuantity(value: string | number | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction] = match;
  const vi = locale === 'vi';
  const grouped = vi ? groupDigits(whole!) : whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction?.replace(/0+$/, '');
  return `${sign}${grouped}${decimals ? `${vi ? ',' : '.'}${decimals}` : ''}`;
}

/** A stated or computed value: money as "84.148.730.000 ₫", a count with its unit ("5.347 học viên"). */
export function formatFigureValue(value: FigureValue | null | undefined, locale: string): string {
  if (!value) return '';
  if (value.measure === 'MONEY') return formatMoney(value.money);
  const count = formatQuantity(value.count as string | null | undefined, locale);
  return value.countUnit ? `${count} ${value.countUnit}` : count;
}

/** "2016–2020", or one year. */
export function formatYears(fromYear: number, toYear: number): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}
