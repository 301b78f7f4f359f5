import { groupDigits } from '../common/money';

/** "1000" → "1.000", "2.5" → "2,5": a quantity of goods, written the Vietnamese way. */
export function formatQuantity(value: unknown): string {
  const text = String(value ?? '');
  const match = /^(-?\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  return match[2] ? `${groupDigits(match[1]!)},${match[2]}` : groupDigits(match[1]!);
}
