/**
 * A report as a document sees it, independent of the format: headings, paragraphs and tables
 * whose cells keep their kind (money stays a bigint, so XLSX writes an exact number cell and the
 * text formats print "19.000.000.000 ₫").
 */
export type ReportCell =
  | { kind: 'text'; value: string }
  | { kind: 'money'; value: bigint }
  | { kind: 'count'; value: number }
  /** A decimal with two places, e.g. "14.93"; printed "14,93". */
  | { kind: 'rate'; value: string }
  | { kind: 'quantity'; value: string };

export type ReportBlock =
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string }
  | {
      type: 'table';
      /** The worksheet's name when exported to XLSX (31 characters at most). */
      sheet: string;
      columns: { header: string; kind: ReportCell['kind'] }[];
      rows: (ReportCell | null)[][];
    };

export const text = (value: string): ReportCell => ({ kind: 'text', value });
export const money = (value: bigint): ReportCell => ({ kind: 'money', value });
export const count = (value: number): ReportCell => ({ kind: 'count', value });
export const rate = (value: string | null | undefined): ReportCell | null =>
  value == null ? null : { kind: 'rate', value };
export const quantity = (value: string): ReportCell => ({ kind: 'quantity', value });
