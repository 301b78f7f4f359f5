import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { apiLocale } from './apiLocale';

/**
 * The server answers a request it rejects before running it (a Money variable written
 * "19.000.000.000", a missing required input) with HTTP 400 and the usual GraphQL `errors`.
 * Apollo would turn that into a bare network error and drop extensions.code and
 * extensions.fields, so such answers are handed on as ordinary GraphQL results.
 */
async function keepGraphQLErrors(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (response.status !== 400 || !response.headers.get('content-type')?.includes('json')) return response;
  const body = await response.text();
  return new Response(body, { status: 200, headers: response.headers });
}

/**
 * The server names the fields it left null for privacy in the response's `extensions.redacted`
 * (a donor's contact, for someone who may not see personal data). Apollo Client 3 drops a query's
 * extensions, so they ride along in the data as `_redacted`, where the query builder finds them.
 */
const keepRedactions = new ApolloLink((operation, forward) =>
  forward(operation).map((result) => {
    const redacted = (result.extensions as { redacted?: unknown } | undefined)?.redacted;
    if (!Array.isArray(redacted) || !result.data) return result;
    return { ...result, data: { ...result.data, _redacted: redacted } };
  }),
);

/** Apollo Client on /graphql (same origin: served by the server, or proxied by Vite in dev). */
export function createApolloClient(uri = '/graphql') {
  const locale = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': apiLocale.get() },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([locale, keepRedactions, new HttpLink({ uri, fetch: keepGraphQLErrors })]),
    cache: new InMemoryCache(),
    // react-admin keeps its own cache (react-query); a second one would only go stale.
    defaultOptions: {
      query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
      mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    },
  });
}
