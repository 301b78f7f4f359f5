import { gql, type ApolloClient } from '@apollo/client';
import { callMutation } from './call';

/**
 * Money postings outside the CRUD methods. Each takes the idempotency key the caller chose for
 * one action (one click, one form submission): a retry with it never posts twice.
 */
export function moneyMethods(client: ApolloClient<unknown>) {
  return {
    async reverseLedgerEntry(input: { idempotencyKey: string; entryId: string; reason: string }) {
      const data = await callMutation<{ reverseLedgerEntry: { reversal: { id: string; amount: string } } }>(
        client,
        gql`
          mutation reverseLedgerEntry($input: ReverseLedgerEntryInput!) {
            reverseLedgerEntry(input: $input) {
              reversal {
                id
                amount
              }
            }
          }
        `,
        { input },
      );
      return data.reverseLedgerEntry.reversal;
    },
  };
}
