import type pg from 'pg';

/** What a case gets: the app's GraphQL endpoint, a pg connection, and the generated fund. */
export interface BenchContext {
  graphqlUrl: string;
  db: pg.Client;
  fundId: number;
  fundCode: string;
  donations: number;
}

/**
 * One measured piece of work, done twice: through the app (GraphQL over HTTP, the real server)
 * and by hand-written SQL through pg. Each side returns a fingerprint of its answer (ids, totals);
 * the run checks they agree before timing anything, so both sides do the same work.
 */
export interface BenchCase {
  name: string;
  app(ctx: BenchContext): Promise<string>;
  sql(ctx: BenchContext): Promise<string>;
}

/** Sends one GraphQL operation as a client would (anonymous, or with a bearer token); fails on any error. */
export async function graphql<T>(
  ctx: BenchContext,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(ctx.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'vi',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
