import { parseMoney } from '../common/money';

/** The statement's filter as typed and as kept in the address (shareable: ?q=nguyen+van). */
export interface StatementFilterText {
  q: string;
  amount: string;
  amountMin: string;
  amountMax: string;
  from: string;
  to: string;
  reference: string;
}

export const FILTER_FIELDS = ['q', 'amount', 'amountMin', 'amountMax', 'from', 'to', 'reference'] as const;
export const ADVANCED_FIELDS = ['amount', 'amountMin', 'amountMax', 'from', 'to', 'reference'] as const;
const MONEY_FIELDS = ['amount', 'amountMin', 'amountMax'] as const;

export function readFilter(params: URLSearchParams): StatementFilterText {
  return Object.fromEntries(FILTER_FIELDS.map((f) => [f, params.get(f) ?? ''])) as unknown as StatementFilterText;
}

/** Which fields are wrong, by name, with the message key to show under them. */
export function filterErrors(text: StatementFilterText): Partial<Record<keyof StatementFilterText, string>> {
  const errors: Partial<Record<keyof StatementFilterText, string>> = {};
  for (const field of MONEY_FIELDS) {
    const value = text[field].trim();
    if (value && (parseMoney(value) === null || parseMoney(value)!.startsWith('-'))) {
      errors[field] = 'statement.badAmount';
    }
  }
  if (text.from && text.to && text.from > text.to) errors.to = 'statement.badRange';
  return errors;
}

/** The API's StatementFilter for what was typed (only the fields that hold something). */
export function toApiFilter(text: StatementFilterText): Record<string, string> {
  const filter: Record<string, string> = {};
  for (const field of FILTER_FIELDS) {
    const value = text[field].trim();
    if (!value) continue;
    filter[field] = (MONEY_FIELDS as readonly string[]).includes(field) ? (parseMoney(value) ?? value) : value;
  }
  return filter;
}
