import type { ApolloClient } from '@apollo/client';
import type { AuthProvider } from 'ra-core';
import { toRaError } from '../dataProvider/errors';
import { mutationFields, queryFields } from '../dataProvider/schema';
import { allows, dependsOnCover, recordUnitId, ruleFor } from './access';
import { LOGIN, LOGOUT, ME, type Me } from './me';
import { editableStatuses, grantsForStep, isStep, stepUnitId } from './nominationSteps';
import { createUnitCover } from './unitCover';

/** True when the API has sessions: a `login` mutation and a `me` query. */
export function apiHasLogin(): boolean {
  return mutationFields().some((f) => f.name === 'login') && queryFields().some((f) => f.name === 'me');
}

/** What getIdentity returns: react-admin's identity, with the email and the grants. */
export interface ChungTayIdentity {
  id: string;
  fullName: string;
  email: string;
  grants: Me['grants'];
}

/**
 * Logs in with the API's `login` mutation; the server keeps the session in an HttpOnly cookie,
 * so the panel never holds the token. `me` says who is logged in and what they hold where; the
 * whole panel needs a login (it is a staff tool: the public reads the public graph). canAccess
 * answers from the grants (auth/access.ts), and for a record from the units that cover its unit.
 * Undefined when the API has no login, and then the panel needs none.
 */
export function createAuthProvider(client: ApolloClient<unknown>): AuthProvider | undefined {
  if (!apiHasLogin()) return undefined;
  // checkAuth runs on every page change, canAccess for every button: one `me` per few seconds.
  let cached: { at: number; me: Promise<Me | null> } | undefined;
  // The last answer of `me`: null says there is no session to end on logout.
  let known: Me | null | undefined;
  const me = () => {
    if (!cached || Date.now() - cached.at > 5_000) {
      const request = client
        .query<{ me: Me | null }>({ query: ME, fetchPolicy: 'no-cache' })
        .then((r) => (known = r.data.me));
      cached = { at: Date.now(), me: request };
      request.catch(() => (cached = undefined));
    }
    return cached.me;
  };
  const unitCover = createUnitCover(client);
  const forget = () => {
    cached = undefined;
    unitCover.clear();
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      forget();
      known = undefined;
      try {
        await client.mutate({ mutation: LOGIN, variables: { input: { email: username, password } } });
      } catch (error) {
        throw toRaError(error);
      }
    },
    async logout() {
      const loggedOut = known === null;
      forget();
      known = undefined;
      // react-admin also logs out when a visitor is found not logged in: no session, no call.
      if (loggedOut) return;
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
        forget();
        throw error;
      }
    },
    async getIdentity(): Promise<ChungTayIdentity> {
      const user = await me();
      if (!user) throw new Error('ra.auth.auth_check_error');
      return { id: user.id, fullName: user.displayName, email: user.email, grants: user.grants };
    },
    async getPermissions() {
      return (await me())?.grants ?? [];
    },
    async canAccess({ resource, action, record }: { resource: string; action: string; record?: any }) {
      const user = await me();
      const rule = ruleFor(resource, action);
      if (!user || !rule || !allows(user, rule)) return false;
      // A nomination's step also depends on its status, its submitter and the deciding level.
      if (resource === 'nominations' && record && isStep(action)) {
        const grants = grantsForStep(user, action, record);
        const unitId = stepUnitId(action, record);
        if (!grants || !allows({ grants }, rule)) return false;
        return !unitId || allows({ grants }, rule, await unitCover(unitId));
      }
      // Only a draft or a returned nomination is edited; then the proposing unit's board, as below.
      if (resource === 'nominations' && action === 'edit' && record && !editableStatuses.includes(record.status)) {
        return false;
      }
      // A campaign's report facts may be about any unit within its scope (a commune's staff log
      // their commune's banners under a provincial campaign): a grant over the campaign's unit or
      // within it lets one add them; the form's unit then says which.
      if (resource === 'campaignFacts' && action === 'create' && record?.unitId) {
        const scopeUnitId = String(record.unitId);
        if (allows(user, rule, await unitCover(scopeUnitId))) return true;
        for (const grant of user.grants) {
          if (rule.roles.includes(grant.role) && (await unitCover(grant.unit.id)).has(scopeUnitId)) return true;
        }
        return false;
      }
      // Without a record (a list's create button, a page before its record loads) the role is
      // enough: the server refuses what lies outside the grants, and the panel shows its message.
      const unitId = record ? recordUnitId(resource, record) : undefined;
      if (!unitId || !dependsOnCover(user, rule)) return true;
      return allows(user, rule, await unitCover(unitId));
    },
  };
}
