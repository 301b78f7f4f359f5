import type { IntrospectionQuery } from 'graphql';
import introspection from './generated/introspection.json' with { type: 'json' };

/** The schema's introspection result, for clients that build queries from it (ra-data-graphql). */
export const introspectionResult = introspection as unknown as IntrospectionQuery;
