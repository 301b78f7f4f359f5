import { gql, type ApolloClient } from '@apollo/client';
import type { ApiToken, Role, User } from '@chung-tay/schema';
import { callMutation, callQuery } from './call';
import { selection } from './selection';

// Grants and API tokens are not records of their own in the panel: a grant is changed on its
// user's page, a token on the caller's own "API keys" page. These are their calls.

const user = () => selection('User', { depth: 2, lists: ['grants'] });
const token = () => selection('ApiToken', { depth: 1, lists: false });

export interface RoleGrantChange {
  userId: string;
  role: Role;
  unitId: string;
}

export function accountMethods(client: ApolloClient<unknown>) {
  return {
    async grantRole(input: RoleGrantChange): Promise<User> {
      const query = gql`mutation grantRole($input: RoleGrantInput!) { result: grantRole(input: $input) { user { ${user()} } } }`;
      return (await callMutation<{ result: { user: User } }>(client, query, { input })).result.user;
    },
    async revokeRole(input: RoleGrantChange): Promise<User> {
      const query = gql`mutation revokeRole($input: RoleGrantInput!) { result: revokeRole(input: $input) { user { ${user()} } } }`;
      return (await callMutation<{ result: { user: User } }>(client, query, { input })).result.user;
    },
    async myApiTokens(): Promise<ApiToken[]> {
      const query = gql`query myApiTokens { tokens: myApiTokens { ${token()} } }`;
      return (await callQuery<{ tokens: ApiToken[] }>(client, query)).tokens;
    },
    /** The secret comes back this once; only its hash is kept. */
    async createApiToken(input: { name: string; scopeUnitId: string }): Promise<{ token: string; apiToken: ApiToken }> {
      const query = gql`mutation createApiToken($input: CreateApiTokenInput!) { result: createApiToken(input: $input) { token apiToken { ${token()} } } }`;
      return (await callMutation<{ result: { token: string; apiToken: ApiToken } }>(client, query, { input })).result;
    },
    async revokeApiToken(id: string): Promise<ApiToken> {
      const query = gql`mutation revokeApiToken($id: ID!) { result: revokeApiToken(id: $id) { apiToken { ${token()} } } }`;
      return (await callMutation<{ result: { apiToken: ApiToken } }>(client, query, { id })).result.apiToken;
    },
  };
}
