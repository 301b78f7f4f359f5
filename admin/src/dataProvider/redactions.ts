/** One entry of the response's `extensions.redacted`. */
export interface Redaction {
  path: string;
  reason: string;
  message: string;
}

/**
 * The redactions under one record of a response, by field: for the prefix "record", the entry
 * at "record.contact" gives `{ contact: message }`. Views show the message where the value would
 * be, instead of saying that nothing was recorded.
 */
export function redactionsAt(redacted: unknown, prefix: string): Record<string, string> | undefined {
  if (!Array.isArray(redacted)) return undefined;
  const out: Record<string, string> = {};
  for (const r of redacted as Redaction[]) {
    if (typeof r?.path !== 'string' || !r.path.startsWith(`${prefix}.`)) continue;
    const field = r.path.slice(prefix.length + 1);
    if (!field.includes('.')) out[field] = r.message;
  }
  return Object.keys(out).length ? out : undefined;
}
