import { gql, type ApolloClient } from '@apollo/client';
import type { AuthProvider } from 'ra-core';
import { toRaError } from './errors';
import { mutationFields, queryFields } from './schema';

interface Me {
  id: string;
  displayName: string;
  email: string;
}

const ME = gql`
  query me {
    me {
      id
      displayName
      email
    }
  }
`;
const LOGIN = gql`
  mutation login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
    }
  }
`;
const LOGOUT = gql`
  mutation logout {
    logout {
      loggedOut
    }
  }
`;

/** True when the API has sessions: a `login` mutation and a `me` query. */
export function apiHasLogin(): boolean {
  return mutationFields().some((f) => f.name === 'login') && queryFields().some((f) => f.name === 'me');
}

/**
 * Logs in with the API's `login` mutation; the server keeps the session in an HttpOnly cookie,
 * so the panel never holds the token. `me` says who is logged in. Undefined when the API has no
 * login, and then the panel needs none.
 */
export function createAuthProvider(client: ApolloClient<unknown>): AuthProvider | undefined {
  if (!apiHasLogin()) return undefined;
  // checkAuth runs on every page change: one `me` request is enough for a few seconds.
  let cached: { at: number; me: Promise<Me | null> } | undefined;
  const me = () => {
    if (!cached || Date.now() - cached.at > 5_000) {
      cached = {
        at: Date.now(),
        me: client.query<{ me: Me | null }>({ query: ME, fetchPolicy: 'no-cache' }).then((r) => r.data.me),
      };
    }
    return cached.me;
  };
  return {
    async login({ username, password }: { username: string; password: string }) {
      cached = undefined;
      try {
        await client.mutate({ mutation: LOGIN, variables: { input: { email: username, password } } });
      } catch (error) {
        throw toRaError(error);
      }
    },
    async logout() {
      cached = undefined;
      try {
        await client.mutate({ mutation: LOGOUT });
      } catch {
        // Already logged out (expired session): nothing to end.
      }
    },
    async checkAuth() {
      if (!(await me())) throw new Error('ra.auth.auth_check_error');
    },
    async checkError(error: any) {
      if (error?.status === 401 || error?.body?.code === 'UNAUTHENTICATED') {
        cached = undefined;
        throw error;
      }
    },
    async getIdentity() {
      const user = await me();
      if (!user) throw new Error('ra.auth.auth_check_error');
      return { id: user.id, fullName: user.displayName };
    },
  };
}
