import type { ApolloClient, DocumentNode } from '@apollo/client';
import { toRaError } from './errors';

type Variables = Record<string, unknown>;

/** A query outside the CRUD methods, its errors shaped as the others' (see errors.ts). */
export async function callQuery<T>(client: ApolloClient<unknown>, query: DocumentNode, variables?: Variables) {
  try {
    return (await client.query<T>({ query, variables })).data;
  } catch (error) {
    throw toRaError(error);
  }
}

/** A mutation outside the CRUD methods, its errors shaped as the others' (see errors.ts). */
export async function callMutation<T>(client: ApolloClient<unknown>, mutation: DocumentNode, variables?: Variables) {
  try {
    return (await client.mutate<T>({ mutation, variables })).data as T;
  } catch (error) {
    throw toRaError(error);
  }
}
