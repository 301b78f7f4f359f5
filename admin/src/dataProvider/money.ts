import { gql, type ApolloClient } from '@apollo/client';
import type { Donation, FundSummary, Household, LedgerEntry } from '@chung-tay/schema';
import { callMutation, callQuery } from './call';
import { toInput } from './inputs';
import { selection } from './selection';

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
    /** Both sides of a transfer to a lower fund, or neither; returns the ALLOCATION_OUT entry. */
    async allocateFunds(input: Record<string, unknown>): Promise<LedgerEntry> {
      const entry = selection('LedgerEntry', { depth: 2, lists: false, omit: ['totals', 'organization', 'unit'] });
      const query = gql`mutation allocateFunds($input: AllocateFundsInput!) { result: allocateFunds(input: $input) { entry { ${entry} } } }`;
      const data = await callMutation<{ result: { entry: LedgerEntry } }>(client, query, {
        input: toInput('AllocateFundsInput', input),
      });
      return data.result.entry;
    },
    /** A pledge paid: the donation it became (with its receipt number). */
    async fulfillPledge(input: Record<string, unknown>): Promise<Donation> {
      const donation = selection('Donation', { depth: 1, lists: false, omit: ['totals', 'raised', 'contact'] });
      const query = gql`mutation fulfillPledge($input: FulfillPledgeInput!) { result: fulfillPledge(input: $input) { donation { ${donation} } } }`;
      const data = await callMutation<{ result: { donation: Donation } }>(client, query, {
        input: toInput('FulfillPledgeInput', input),
      });
      return data.result.donation;
    },
    /** A fund's report for a period (either end open). */
    async fundSummary(fundId: string, from?: string | null, to?: string | null): Promise<FundSummary | null> {
      const fields = selection('FundSummary', { depth: 1, lists: true });
      const query = gql`query fundSummary($fundId: ID!, $from: Date, $to: Date) { summary: fundSummary(fundId: $fundId, from: $from, to: $to) { ${fields} } }`;
      const data = await callQuery<{ summary: FundSummary | null }>(client, query, {
        fundId,
        from: from || null,
        to: to || null,
      });
      return data.summary;
    },
    /** A household's standing in one year's review (replaces that year's). */
    async recordHouseholdStatus(input: { householdId: string; year: number; status: string }): Promise<Household> {
      const query = gql`
        mutation recordHouseholdStatus($input: RecordHouseholdStatusInput!) {
          result: recordHouseholdStatus(input: $input) {
            household {
              id
              version
              statuses {
                year
                status
              }
            }
          }
        }
      `;
      const data = await callMutation<{ result: { household: Household } }>(client, query, { input });
      return data.result.household;
    },
  };
}
