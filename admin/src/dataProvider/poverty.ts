import { gql, type ApolloClient } from '@apollo/client';
import type { PovertyFigure, PovertyImport, PovertyImportLinePage, PovertyStandard } from '@chung-tay/schema';
import { callMutation, callQuery } from './call';

const IMPORT_FIELDS = `
  id fileName status lineCount invalidCount newCount changedCount unchangedCount createdAt committedAt uploadPath
`;

export type PovertyImportPreview = PovertyImport & { lines: PovertyImportLinePage };

/**
 * Poverty statistics outside the CRUD methods (server/src/modules/poverty): the import (start,
 * preview, commit, cancel; the file goes by statementImport/upload.ts to its uploadPath), the
 * standards and a unit's series for the dashboard.
 */
export function povertyMethods(client: ApolloClient<unknown>) {
  return {
    async startPovertyImport(fileName: string): Promise<PovertyImport> {
      const data = await callMutation<{ result: { povertyImport: PovertyImport } }>(
        client,
        gql`
          mutation startPovertyImport($input: StartPovertyImportInput!) {
            result: startPovertyImport(input: $input) { povertyImport { ${IMPORT_FIELDS} } }
          }
        `,
        { input: { fileName } },
      );
      return data.result.povertyImport;
    },
    async povertyImportPreview(
      id: string,
      options: { withProblems?: boolean | null; offset?: number; limit?: number } = {},
    ): Promise<PovertyImportPreview | null> {
      const data = await callQuery<{ povertyImport: PovertyImportPreview | null }>(
        client,
        gql`
          query povertyImport($id: ID!, $withProblems: Boolean, $offset: Int, $limit: Int) {
            povertyImport(id: $id) {
              ${IMPORT_FIELDS}
              lines(withProblems: $withProblems, offset: $offset, limit: $limit) {
                totalCount
                nodes {
                  lineNumber unitText unit { id code name } year standardCode households poorHouseholds
                  nearPoorHouseholds poorRate reportedPoorRate poorRateDifference change changedFields
                  previous { households poorHouseholds nearPoorHouseholds reportedPoorRate }
                  problems { field code message }
                }
              }
            }
          }
        `,
        { id, withProblems: options.withProblems ?? null, offset: options.offset ?? 0, limit: options.limit ?? 100 },
      );
      return data.povertyImport;
    },
    async commitPovertyImport(id: string): Promise<PovertyImport> {
      const data = await callMutation<{ result: { povertyImport: PovertyImport } }>(
        client,
        gql`
          mutation commitPovertyImport($id: ID!) {
            result: commitPovertyImport(input: { id: $id }) { povertyImport { ${IMPORT_FIELDS} } }
          }
        `,
        { id },
      );
      return data.result.povertyImport;
    },
    async cancelPovertyImport(id: string): Promise<PovertyImport> {
      const data = await callMutation<{ result: { povertyImport: PovertyImport } }>(
        client,
        gql`
          mutation cancelPovertyImport($id: ID!) {
            result: cancelPovertyImport(input: { id: $id }) { povertyImport { ${IMPORT_FIELDS} } }
          }
        `,
        { id },
      );
      return data.result.povertyImport;
    },
    async povertyStandards(): Promise<PovertyStandard[]> {
      const data = await callQuery<{ povertyStandards: PovertyStandard[] }>(
        client,
        gql`
          query povertyStandards {
            povertyStandards {
              id
              code
              name
              fromYear
              toYear
              provisional
            }
          }
        `,
      );
      return data.povertyStandards;
    },
    async povertySeries(unitId: string): Promise<PovertyFigure[]> {
      const data = await callQuery<{ povertySeries: PovertyFigure[] }>(
        client,
        gql`
          query povertySeries($unitId: ID!) {
            povertySeries(unitId: $unitId) {
              year
              households
              poorHouseholds
              nearPoorHouseholds
              poorRate
              nearPoorRate
              standardChanged
              includesFormerUnits
              standard {
                code
                name
                provisional
              }
            }
          }
        `,
        { unitId },
      );
      return data.povertySeries;
    },
  };
}
