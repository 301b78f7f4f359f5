import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import type { Context } from '../../context.js';
import { mutate } from '../../modules/audit/mutate.js';
import { conflict } from '../errors.js';
import { IdempotencyKey } from './idempotency-key.entity.js';

/** JSON with sorted keys (and bigints as strings), so equal payloads hash equally. */
function stableJson(value: unknown): string {
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const reused = (operation: string) =>
  conflict('idempotencyKey', {
    vi: `Khóa chống trùng này đã được dùng cho một yêu cầu ${operation} khác`,
    en: `This idempotency key was already used for a different ${operation} request`,
  });

/**
 * Runs a money mutation at most once per (operation, key): a retry with the same payload gets the
 * same record back, a different payload under the same key is a CONFLICT. The key row is written
 * first in the mutation's transaction, so concurrent twins wait on its unique index and then find
 * the first one's result.
 */
export async function idempotent<T>(
  ctx: Context,
  operation: string,
  key: string,
  payload: unknown,
  work: (tx: Context) => Promise<{ id: string | number }>,
  load: (ctx: Context, id: string) => Promise<T>,
): Promise<T> {
  const requestHash = createHash('sha256')
    .update(stableJson({ payload, actor: ctx.caller?.user.id ?? null }))
    .digest('hex');
  const replay = async (): Promise<T | undefined> => {
    const done = await ctx.em.fork().findOne(IdempotencyKey, { operation, key });
    if (!done) return undefined;
    if (done.requestHash !== requestHash) throw reused(operation);
    return done.resultId ? load(ctx, done.resultId) : undefined;
  };
  const earlier = await replay();
  if (earlier !== undefined) return earlier;
  try {
    const id = await mutate(ctx, operation, async (tx) => {
      const record = tx.em.create(IdempotencyKey, { operation, key, requestHash } as never);
      await tx.em.flush();
      const result = await work(tx);
      record.resultId = String(result.id);
      await tx.em.flush();
      return String(result.id);
    });
    return load(ctx, id);
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException) || !/idempotency_key/.test(error.message)) throw error;
    const twin = await replay();
    if (twin === undefined) throw error;
    return twin;
  }
}
