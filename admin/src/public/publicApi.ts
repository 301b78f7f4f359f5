/**
 * The public graph through plain fetch: no Apollo, no session, no cookies. Every query here is
 * one the API answers without login; the page never sends credentials.
 */
export class PublicApiError extends Error {}

export async function publicQuery<T>(
  query: string,
  variables: Record<string, unknown>,
  locale: string,
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': locale },
    credentials: 'omit',
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (!body || body.errors?.length || !body.data) {
    throw new PublicApiError(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  return body.data;
}
