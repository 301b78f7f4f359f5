import type { Localized } from '../../common/errors.js';

/**
 * Why a statement line is not posted, as a stable code (stored on the line) and the offending
 * text; the message is composed in the reader's language when the line is shown.
 */
export const LINE_PROBLEMS = {
  AMOUNT_UNREADABLE: { vi: 'không đọc được số tiền "%s"', en: 'cannot read the amount "%s"' },
  AMOUNT_FRACTION: { vi: 'số tiền "%s" có phần lẻ dưới 1 đồng', en: 'the amount "%s" has a fraction of a đồng' },
  AMOUNT_TOO_LARGE: { vi: 'số tiền "%s" vượt quá 10^15 đồng', en: 'the amount "%s" is above 10^15 VND' },
  DATE_MISSING: { vi: 'thiếu ngày giao dịch', en: 'the date is missing' },
  DATE_UNREADABLE: { vi: 'không đọc được ngày "%s"', en: 'cannot read the date "%s"' },
  DATE_IN_FUTURE: { vi: 'ngày %s ở tương lai', en: 'the date %s is in the future' },
  REFERENCE_MISSING: { vi: 'thiếu mã giao dịch ngân hàng', en: 'the bank reference is missing' },
  CREDIT_AND_DEBIT: { vi: 'dòng có cả tiền vào và tiền ra', en: 'the line has money both in and out' },
  DEBIT: { vi: 'khoản chi ra, không phải khoản nhận', en: 'money going out, not a receipt' },
  NO_AMOUNT: { vi: 'không có số tiền nhận', en: 'no amount received' },
  ALREADY_POSTED: {
    vi: 'giao dịch %s đã được ghi vào quỹ này',
    en: 'bank reference %s is already posted to this fund',
  },
  REPEATED_IN_FILE: {
    vi: 'giao dịch %s đã có ở dòng trước trong tệp',
    en: 'bank reference %s appears on an earlier line of the file',
  },
} satisfies Record<string, Localized>;

export type LineProblemCode = keyof typeof LINE_PROBLEMS;

export interface LineProblem {
  code: LineProblemCode;
  detail?: string;
}

export function lineProblemMessage(code: string, detail: string | null | undefined, locale: keyof Localized): string {
  const template = LINE_PROBLEMS[code as LineProblemCode]?.[locale] ?? code;
  return template.replace('%s', detail ?? '');
}
