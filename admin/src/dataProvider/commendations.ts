import { gql, type ApolloClient } from '@apollo/client';
import type { CommendationDecision, CommendationTotals, EligibilityReport, Nomination } from '@chung-tay/schema';
import type { Step } from '../auth/nominationSteps';
import { callMutation, callQuery } from './call';
import { toInput } from './inputs';
import { selection } from './selection';

/** Each step's mutation and input type (schema/schema.graphql); decide is a batch, apart. */
const STEP_MUTATIONS: Record<Exclude<Step, 'decide'>, [string, string]> = {
  submit: ['submitNomination', 'NominationStepInput'],
  review: ['reviewNomination', 'ReviewNominationInput'],
  forward: ['forwardNomination', 'NominationStepInput'],
  return: ['returnNomination', 'NominationReasonInput'],
  reject: ['rejectNomination', 'NominationReasonInput'],
  confer: ['conferCommendation', 'ConferCommendationInput'],
  publish: ['publishCommendation', 'NominationStepInput'],
};

const CHECKS = `eligible proposedOn checks { passed reason rule { id code description } }`;

/** The commendation workflow outside the CRUD methods: steps, eligibility, decisions, totals. */
export function commendationMethods(client: ApolloClient<unknown>) {
  return {
    /** One step of a nomination; returns it as it now is. */
    async nominationStep(step: Exclude<Step, 'decide'>, input: Record<string, unknown>): Promise<Nomination> {
      const [name, inputType] = STEP_MUTATIONS[step];
      const query = gql`mutation ${name}($input: ${inputType}!) { ${name}(input: $input) { nomination { id status version } } }`;
      const data = await callMutation<Record<string, { nomination: Nomination }>>(client, query, {
        input: toInput(inputType, input),
      });
      return data[name]!.nomination;
    },
    /** The rules in force on the proposal date, rule by rule, for what a form holds before saving. */
    async checkEligibility(input: Record<string, unknown>): Promise<EligibilityReport> {
      const query = gql`query checkEligibility($input: EligibilityCheckInput) { report: checkEligibility(input: $input) { ${CHECKS} } }`;
      const data = await callQuery<{ report: EligibilityReport }>(client, query, {
        input: toInput('EligibilityCheckInput', input),
      });
      return data.report;
    },
    /** One decision for many forwarded nominations, all or none. */
    async recordCommendationDecision(input: Record<string, unknown>): Promise<CommendationDecision> {
      const query = gql`
        mutation recordCommendationDecision($input: RecordCommendationDecisionInput!) {
          recordCommendationDecision(input: $input) {
            decision {
              id
              number
              decidedOn
              commendations {
                id
                status
              }
            }
          }
        }
      `;
      const data = await callMutation<{ recordCommendationDecision: { decision: CommendationDecision } }>(
        client,
        query,
        { input: toInput('RecordCommendationDecisionInput', input) },
      );
      return data.recordCommendationDecision.decision;
    },
    /** Counts of the registry by form and recipient kind for a filter (a campaign). */
    async commendationTotals(filter: Record<string, unknown>): Promise<CommendationTotals> {
      const form = selection('CommendationForm', { depth: 0, lists: false });
      const query = gql`query commendationTotals($filter: CommendationFilter) {
        totals: commendationTotals(filter: $filter) { totalCount byForm { authority recipientKind count form { ${form} } } }
      }`;
      const data = await callQuery<{ totals: CommendationTotals }>(client, query, {
        filter: toInput('CommendationFilter', filter),
      });
      return data.totals;
    },
  };
}
