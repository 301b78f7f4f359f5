/** Who is changing data, and through which mutation: set on a transaction's EntityManager. */
export interface AuditScope {
  operation: string;
  actorUserId: number | null;
  actorTokenId: number | null;
  actorLabel: string;
}

// Keyed by the transaction's EntityManager, so the flush subscriber finds the scope of the flush
// it is looking at, and nothing outlives the transaction.
const scopes = new WeakMap<object, AuditScope>();

export function setAuditScope(em: object, scope: AuditScope): void {
  scopes.set(em, scope);
}

export function auditScopeOf(em: object): AuditScope | undefined {
  return scopes.get(em);
}
