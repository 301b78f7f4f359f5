/**
 * The server's document routes (see README, "Documents and exports"). Same origin as the
 * panel, so the session cookie goes with the download: no token in the URL.
 */
export type SpreadsheetFormat = 'csv' | 'xlsx';

function withQuery(path: string, params: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The public statement's filters that the export understands. */
export interface StatementExportFilter {
  fundId?: string | null;
  campaignId?: string | null;
  q?: string | null;
  amount?: string | null;
  amountMin?: string | null;
  amountMax?: string | null;
  from?: string | null;
  to?: string | null;
  reference?: string | null;
}

export function statementExportUrl(filter: StatementExportFilter, format: SpreadsheetFormat): string {
  const { fundId, campaignId, q, amount, amountMin, amountMax, from, to, reference } = filter;
  return withQuery(`/documents/statement.${format}`, {
    fundId,
    campaignId,
    q,
    amount,
    amountMin,
    amountMax,
    from,
    to,
    reference,
  });
}

export function fundSummaryExportUrl(
  fundId: string,
  format: SpreadsheetFormat,
  period: { from?: string | null; to?: string | null } = {},
): string {
  return withQuery(`/documents/funds/${encodeURIComponent(fundId)}/summary.${format}`, period);
}

export function receiptPdfUrl(donationId: string): string {
  return `/documents/donations/${encodeURIComponent(donationId)}/receipt.pdf`;
}

export function certificatePdfUrl(nominationId: string): string {
  return `/documents/commendations/${encodeURIComponent(nominationId)}/certificate.pdf`;
}

export type ReportFormat = 'docx' | 'pdf' | 'xlsx';

/** The campaign summary report for a unit and period, as Word, PDF or the tables in Excel. */
export function campaignReportUrl(
  campaignId: string,
  format: ReportFormat,
  period: { unitId?: string | null; fromYear?: number | null; toYear?: number | null },
): string {
  return withQuery(`/documents/campaigns/${encodeURIComponent(campaignId)}/report.${format}`, period);
}
