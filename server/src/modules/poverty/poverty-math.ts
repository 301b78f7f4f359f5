// Exact arithmetic for the figures reports quote. Rates and points are kept as whole hundredths
// (bigint) and rounded half away from zero only once, at the end, so that "14,93%" is what a
// person gets with a calculator, never a float artefact.

/** A decimal with two places, e.g. 1493n → "14.93", -5n → "-0.05". */
export function formatHundredths(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** "14.93" → 1493n; the Decimal scalar guarantees at most two places. */
export function parseHundredths(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const value = BigInt(whole || '0') * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -value : value;
}

/** numerator / denominator, rounded half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** count / total as a percentage in hundredths (23767 of 159190 → 1493n, i.e. 14.93%); null without a total. */
export function rateHundredths(count: number | null | undefined, total: number | null | undefined): bigint | null {
  if (count == null || !total) return null;
  return divideRounded(BigInt(count) * 10000n, BigInt(total));
}

/** A Vietnamese number with a decimal comma: 1493n → "14,93". */
export function viDecimal(hundredths: bigint): string {
  return formatHundredths(hundredths).replace('.', ',');
}
