/** The audit trail page, filtered: `{ recordType: 'User', recordId: '7' }`. */
export function auditTrailUrl(filter: Record<string, string>): string {
  return `/auditEvents?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
