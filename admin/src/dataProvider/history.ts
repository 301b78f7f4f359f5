import { gql, type ApolloClient } from '@apollo/client';
import type { AuditEvent } from '@chung-tay/schema';
import { callQuery } from './call';
import { apiResource } from './resources';
import { selection } from './selection';

/**
 * A record's `history`, asked for apart from the record: only auditors and administrators may
 * read it (anyone else gets FORBIDDEN on the field), and only the history tab needs it.
 */
export function historyMethods(client: ApolloClient<unknown>) {
  return {
    async recordHistory(resource: string, id: string): Promise<AuditEvent[]> {
      const one = apiResource(resource).one;
      if (!one) throw new Error(`${resource} has no lookup by id`);
      const events = selection('AuditEvent', { depth: 0, lists: false });
      const query = gql`query ${one.name}History($id: ID!) { record: ${one.name}(id: $id) { id history { ${events} } } }`;
      const data = await callQuery<{ record: { history: AuditEvent[] } | null }>(client, query, { id });
      return data.record?.history ?? [];
    },
  };
}
