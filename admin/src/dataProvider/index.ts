import { gql } from '@apollo/client';
import buildGraphQLProvider from 'ra-data-graphql';
import { HttpError, type DataProvider } from 'ra-core';
import { accountMethods } from './accounts';
import { campaignFactMethods } from './campaignFacts';
import { resourceAdapters } from './adapters';
import { createApolloClient } from './apolloClient';
import { makeBuildQuery } from './buildQuery';
import { toRaError } from './errors';
import { commendationMethods } from './commendations';
import { historyMethods } from './history';
import { moneyMethods } from './money';
import { toInput } from './inputs';
import { povertyMethods } from './poverty';
import { statementImportMethods } from './statementImports';
import { reportMethods } from './reports';

export { apiLocale } from './apiLocale';
export type { RoleGrantChange } from './accounts';

const methods = [
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
] as const;

/**
 * The panel's data provider: ra-data-graphql with our generic buildQuery, the schema taken from
 * @chung-tay/schema (no introspection request), errors reshaped for forms, and no deletes.
 */
export function createDataProvider(client = createApolloClient()): ChungTayDataProvider {
  const provider = buildGraphQLProvider({
    client,
    buildQuery: () => makeBuildQuery(resourceAdapters),
    introspection: false,
    // ra-data-graphql asks for 'network-only', which writes every answer through Apollo's cache
    // and reads it back without the fields the query did not ask for (`_redacted`, see
    // apolloClient.ts). react-admin keeps its own cache; Apollo's is not needed.
    query: () => ({ fetchPolicy: 'no-cache' }),
  });
  const wrapped: Record<string, unknown> = { ...provider };
  for (const method of methods) {
    wrapped[method] = async (resource: string, params: unknown) => {
      if (method === 'delete' || method === 'deleteMany') {
        // Records are never deleted here: a wrong one is corrected, a unit ends, a campaign closes.
        throw new HttpError('chungTay.errors.deleteNotSupported', 405);
      }
      try {
        return await (provider[method] as (r: string, p: unknown) => Promise<unknown>)(resource, params);
      } catch (error) {
        throw toRaError(error);
      }
    };
  }
  // Not a CRUD method: a unit's succession is a link between two units, recorded once.
  wrapped.recordUnitSuccession = async (input: Record<string, unknown>) => {
    try {
      await client.mutate({
        mutation: gql`
          mutation recordUnitSuccession($input: RecordUnitSuccessionInput!) {
            recordUnitSuccession(input: $input) {
              succession {
                id
              }
            }
          }
        `,
        variables: { input: toInput('RecordUnitSuccessionInput', input) },
      });
    } catch (error) {
      throw toRaError(error);
    }
  };
  Object.assign(
    wrapped,
    accountMethods(client),
    historyMethods(client),
    moneyMethods(client),
    commendationMethods(client),
    statementImportMethods(client),
    povertyMethods(client),
    reportMethods(client),
    campaignFactMethods(client),
  );
  return wrapped as unknown as ChungTayDataProvider;
}

export type ChungTayDataProvider = DataProvider &
  ReturnType<typeof accountMethods> &
  ReturnType<typeof historyMethods> &
  ReturnType<typeof moneyMethods> &
  ReturnType<typeof commendationMethods> &
  ReturnType<typeof statementImportMethods> &
  ReturnType<typeof povertyMethods> &
  ReturnType<typeof reportMethods> &
  ReturnType<typeof campaignFactMethods> & {
    recordUnitSuccession(input: {
      predecessorId: string;
      successorId: string;
      effectiveOn: string;
      note?: string | null;
    }): Promise<void>;
  };
