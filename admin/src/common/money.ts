/** PostgreSQL bigint, the column every Money value lives in. */
export const MONEY_MAX = 9_223_372_036_854_775_807n;

const NBSP = '\u00a0';

/** "19000000000" → "19.000.000.000" (Vietnamese grouping; digits only, never through Number). */
export function groupDigits(digits: string): string {
  const negative = digits.startsWith('-');
  const body = negative ? digits.slice(1) : digits;
  const grouped = body.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return negative ? `-${grouped}` : grouped;
}

/** "19000000000" → "19.000.000.000 ₫"; empty for no value. */
export function formatMoney(value: string | bigint | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const digits = typeof value === 'bigint' ? value.toString() : value;
  if (!/^-?\d+$/.test(digits)) return digits;
  return `${groupDigits(BigInt(digits).toString())}${NBSP}₫`;
}

const GROUPED = [/^\d+$/, /^\d{1,3}(\.\d{3})+$/, /^\d{1,3}([ \u00a0]\d{3})+$/, /^\d{1,3}(,\d{3})+$/];

/**
 * What a person types for an amount of VND → a string of digits, or null when it is not one.
 * Accepts "19000000000", "19.000.000.000", "19 000 000 000", "19,000,000,000", with or without
 * "₫", "đ" or "VND". Groups must be whole (3 digits), so "19.5" is refused rather than read as 195.
 */
export function parseMoney(text: string): string | null {
  let body = text
    .trim()
    .replace(/\s*(₫|đ|vnd|vnđ)$/i, '')
    .trim();
  const negative = body.startsWith('-');
  if (negative) body = body.slice(1).trim();
  if (!GROUPED.some((pattern) => pattern.test(body))) return null;
  const value = BigInt(body.replace(/[^\d]/g, ''));
  return (negative ? -value : value).toString();
}

/** BigInt sum of Money strings: exact at any size. */
export function sumMoney(values: (string | null | undefined)[]): bigint {
  return values.reduce<bigint>((sum, v) => (v && /^-?\d+$/.test(v) ? sum + BigInt(v) : sum), 0n);
}
