/** The API's Decimal: up to 4 digits, up to 2 decimals ("3.50"). */
export const DECIMAL = /^-?\d{1,4}(\.\d{1,2})?$/;

/** "3.50" → "3,50" in Vietnamese, "3.50" in English. */
export function formatDecimal(value: string | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '';
  return locale === 'vi' ? value.replace('.', ',') : value;
}

/** "3,5" or "3.5" → "3.5"; the text as typed when it is not a decimal (validation says so). */
export function parseDecimal(text: string): string {
  const trimmed = text.trim();
  const normalized = trimmed.replace(',', '.');
  return DECIMAL.test(normalized) ? normalized : trimmed;
}
