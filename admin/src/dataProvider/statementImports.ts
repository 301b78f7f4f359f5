import { gql, type ApolloClient } from '@apollo/client';
import type { BankStatementFormat, ImportedStatementLinePage, StatementImport } from '@chung-tay/schema';
import { callMutation, callQuery } from './call';

const IMPORT_FIELDS = `
  id status fileName linesRead validCount duplicateCount invalidCount skippedCount postedCount validAmount
  createdAt committedAt uploadPath
  format { code name }
  defaultCampaign { id code name }
  fund { id code name unit { id name } }
`;

/**
 * The bank-statement import (server/src/modules/imports), outside the CRUD methods: the banks'
 * layouts, starting, previewing, posting and abandoning an import. The file itself goes by
 * statementImport/upload.ts, straight to the import's uploadPath.
 */
export function statementImportMethods(client: ApolloClient<unknown>) {
  return {
    async bankStatementFormats(): Promise<BankStatementFormat[]> {
      const data = await callQuery<{ bankStatementFormats: BankStatementFormat[] }>(
        client,
        gql`
          query bankStatementFormats {
            bankStatementFormats {
              id
              code
              name
              dateColumn
              dateFormat
              referenceColumn
              creditColumn
              debitColumn
              descriptionColumn
              payerColumn
              version
            }
          }
        `,
      );
      return data.bankStatementFormats;
    },
    async saveBankStatementFormat(input: Record<string, unknown>): Promise<BankStatementFormat> {
      const data = await callMutation<{ result: { format: BankStatementFormat } }>(
        client,
        gql`
          mutation saveBankStatementFormat($input: SaveBankStatementFormatInput!) {
            result: saveBankStatementFormat(input: $input) {
              format {
                id
                code
                version
              }
            }
          }
        `,
        { input },
      );
      return data.result.format;
    },
    async startStatementImport(input: {
      fundId: string;
      formatCode: string;
      fileName: string;
      defaultCampaignId?: string | null;
    }): Promise<StatementImport> {
      const query = gql`mutation startStatementImport($input: StartStatementImportInput!) {
        result: startStatementImport(input: $input) { statementImport { ${IMPORT_FIELDS} } } }`;
      const data = await callMutation<{ result: { statementImport: StatementImport } }>(client, query, { input });
      return data.result.statementImport;
    },
    /** The import with its counts; null outside one's scope. */
    async statementImport(id: string): Promise<StatementImport | null> {
      const query = gql`query statementImport($id: ID!) { statementImport(id: $id) { ${IMPORT_FIELDS} } }`;
      return (await callQuery<{ statementImport: StatementImport | null }>(client, query, { id })).statementImport;
    },
    /** Polled while the file goes up: how far the server has read. */
    async statementImportProgress(id: string): Promise<{ status: string; linesRead: number } | null> {
      const query = gql`
        query statementImportProgress($id: ID!) {
          statementImport(id: $id) {
            id
            status
            linesRead
          }
        }
      `;
      return (await callQuery<{ statementImport: { status: string; linesRead: number } | null }>(client, query, { id }))
        .statementImport;
    },
    /** One page of the preview, in file order, optionally of one status. */
    async statementImportLines(
      id: string,
      params: { status?: string | null; offset: number; limit: number },
    ): Promise<ImportedStatementLinePage> {
      const query = gql`
        query statementImportLines($id: ID!, $status: StatementLineStatus, $offset: Int!, $limit: Int!) {
          statementImport(id: $id) {
            id
            lines(status: $status, offset: $offset, limit: $limit) {
              totalCount
              nodes {
                id
                lineNumber
                status
                problem
                raw
                date
                amount
                description
                bankReference
                payerName
                campaign {
                  id
                  code
                  name
                }
              }
            }
          }
        }
      `;
      const data = await callQuery<{ statementImport: { lines: ImportedStatementLinePage } | null }>(client, query, {
        id,
        status: params.status ?? null,
        offset: params.offset,
        limit: params.limit,
      });
      return data.statementImport?.lines ?? { totalCount: 0, nodes: [], offset: 0, limit: params.limit };
    },
    async commitStatementImport(id: string): Promise<StatementImport> {
      const query = gql`mutation commitStatementImport($input: StatementImportRef!) {
        result: commitStatementImport(input: $input) { statementImport { ${IMPORT_FIELDS} } } }`;
      const data = await callMutation<{ result: { statementImport: StatementImport } }>(client, query, {
        input: { id },
      });
      return data.result.statementImport;
    },
    async cancelStatementImport(id: string): Promise<StatementImport> {
      const query = gql`mutation cancelStatementImport($input: StatementImportRef!) {
        result: cancelStatementImport(input: $input) { statementImport { ${IMPORT_FIELDS} } } }`;
      const data = await callMutation<{ result: { statementImport: StatementImport } }>(client, query, {
        input: { id },
      });
      return data.result.statementImport;
    },
  };
}
