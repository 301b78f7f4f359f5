import { gql, type ApolloClient } from '@apollo/client';

// A grant covers its unit, everything under it and the units merged into any of those (2025:
// Khánh Hòa covers former Ninh Thuận). Read upwards from a record's unit, the grant units that
// cover it are: the unit and its ancestors, and for each of them what it is today and that
// unit's ancestors. One request per unit, small and cached for the session.
const COVER = gql`
  query unitCover($id: ID!) {
    administrativeUnit(id: $id) {
      id
      today {
        id
        ancestors {
          id
        }
      }
      ancestors {
        id
        today {
          id
          ancestors {
            id
          }
        }
      }
    }
  }
`;

interface Node {
  id: string;
  today?: Node[];
  ancestors?: Node[];
}

function collect(node: Node, into: Set<string>) {
  into.add(node.id);
  for (const next of [...(node.today ?? []), ...(node.ancestors ?? [])]) collect(next, into);
}

/** The ids of the units a grant must be on to cover `unitId`; cached per unit until cleared. */
export function createUnitCover(client: ApolloClient<unknown>) {
  const cache = new Map<string, Promise<ReadonlySet<string>>>();
  const cover = (unitId: string): Promise<ReadonlySet<string>> => {
    let known = cache.get(unitId);
    if (!known) {
      known = client
        .query<{ administrativeUnit: Node | null }>({ query: COVER, variables: { id: unitId } })
        .then(({ data }) => {
          const ids = new Set<string>([unitId]);
          if (data.administrativeUnit) collect(data.administrativeUnit, ids);
          return ids;
        });
      // A failed request is not remembered: the next check asks again.
      known.catch(() => cache.delete(unitId));
      cache.set(unitId, known);
    }
    return known;
  };
  return Object.assign(cover, { clear: () => cache.clear() });
}
