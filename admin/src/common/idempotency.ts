/**
 * A fresh idempotency key for one money action (a form submission, a reversal). crypto.randomUUID
 * needs a secure context (https or localhost); elsewhere the same 122 random bits, by hand.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per attempted payload, as donation entry does: the same form sent again (double Enter,
 * a retry after a network error) keeps its key and posts once; a corrected form gets a new key.
 * `done()` after a success, so the next entry starts afresh.
 */
export function idempotencyKeys() {
  let attempt: { key: string; payload: string } | null = null;
  return {
    keyFor(data: unknown): string {
      const payload = JSON.stringify(data);
      if (!attempt || attempt.payload !== payload) attempt = { key: newIdempotencyKey(), payload };
      return attempt.key;
    },
    done() {
      attempt = null;
    },
  };
}
