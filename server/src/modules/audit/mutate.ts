import { createLoaders, type Context } from '../../context.js';
import { setAuditScope } from './audit-scope.js';

/**
 * Runs a mutation's work in one transaction and audits every record it changes (who, which
 * operation, before and after). Any error rolls back the data and its audit rows together:
 * nothing is half-written.
 */
export async function mutate<T>(
  ctx: Context,
  operation: string,
  work: (tx: Context) => Promise<T>,
  // login acts for a user who is not the caller yet
  actor: { id: number; email: string } | undefined = ctx.caller?.user,
): Promise<T> {
  return ctx.em.transactional(async (em) => {
    setAuditScope(em, {
      operation,
      actorUserId: actor?.id ?? null,
      actorTokenId: ctx.caller?.tokenId ?? null,
      actorLabel: actor?.email ?? 'anonymous',
    });
    return work({ ...ctx, em, loaders: createLoaders(em) });
  });
}
