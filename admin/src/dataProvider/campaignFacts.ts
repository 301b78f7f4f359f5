import { gql, type ApolloClient } from '@apollo/client';
import type {
  CampaignActivity,
  CampaignActivityTotal,
  CampaignPlan,
  ConsistencyFinding,
  Exemplar,
  ReportedFigure,
} from '@chung-tay/schema';
import { callMutation, callQuery } from './call';
import { changedFields, toInput, withInputIds } from './inputs';
import { selection } from './selection';

/**
 * The facts a campaign's report states beyond money (server/src/modules/plans, activities,
 * exemplars, reported-figures): lists per campaign, and their create, update and delete
 * mutations. Apart from the CRUD methods because plans come as a plain list, not a page, and
 * because these are the only records the panel deletes.
 */
export type CampaignFactKind = 'CampaignPlan' | 'CampaignActivity' | 'Exemplar' | 'ReportedFigure';

/** Each kind's payload field (createCampaignPlan → { plan }). */
const PAYLOAD: Record<CampaignFactKind, string> = {
  CampaignPlan: 'plan',
  CampaignActivity: 'activity',
  Exemplar: 'exemplar',
  ReportedFigure: 'figure',
};

/** A campaign's report never has more than a page of each; the API's largest page. */
const LIMIT = 100;

type Data = Record<string, unknown>;

const fields = (typeName: string) => selection(typeName, { depth: 1, lists: false });

/** A record as its form edits it: `unitId`, `parentId` beside `unit`, `parent`. */
const forForm = <T extends Data>(kind: CampaignFactKind, record: T): T =>
  withInputIds(record, [`Create${kind}Input`, `Update${kind}Input`]) as T;

async function page<T extends Data>(
  client: ApolloClient<unknown>,
  kind: CampaignFactKind,
  list: string,
  filterType: string,
  campaignId: string,
): Promise<T[]> {
  const query = gql`query ${list}($filter: ${filterType}, $limit: Int!) {
    page: ${list}(filter: $filter, limit: $limit) { nodes { ${fields(kind)} } }
  }`;
  const data = await callQuery<{ page: { nodes: T[] } }>(client, query, { filter: { campaignId }, limit: LIMIT });
  return data.page.nodes.map((node) => forForm(kind, node));
}

export function campaignFactMethods(client: ApolloClient<unknown>) {
  return {
    async campaignPlans(campaignId: string): Promise<CampaignPlan[]> {
      const query = gql`query campaignPlans($campaignId: ID!) {
        plans: campaignPlans(campaignId: $campaignId) { ${fields('CampaignPlan')} result { ${selection('PlanResult', { depth: 0, lists: false })} } }
      }`;
      const data = await callQuery<{ plans: CampaignPlan[] }>(client, query, { campaignId });
      return data.plans.map((plan) => forForm('CampaignPlan', plan as unknown as Data) as unknown as CampaignPlan);
    },
    campaignActivities: (campaignId: string) =>
      page<CampaignActivity & Data>(
        client,
        'CampaignActivity',
        'campaignActivities',
        'CampaignActivityFilter',
        campaignId,
      ),
    async campaignActivityTotals(campaignId: string): Promise<CampaignActivityTotal[]> {
      const query = gql`query campaignActivityTotals($campaignId: ID!) {
        totals: campaignActivityTotals(campaignId: $campaignId) { ${fields('CampaignActivityTotal')} }
      }`;
      return (await callQuery<{ totals: CampaignActivityTotal[] }>(client, query, { campaignId })).totals;
    },
    exemplars: (campaignId: string) =>
      page<Exemplar & Data>(client, 'Exemplar', 'exemplars', 'ExemplarFilter', campaignId),
    reportedFigures: (campaignId: string) =>
      page<ReportedFigure & Data>(client, 'ReportedFigure', 'reportedFigures', 'ReportedFigureFilter', campaignId),
    async consistencyFindings(campaignId: string): Promise<ConsistencyFinding[]> {
      const value = selection('FigureValue', { depth: 0, lists: false });
      const query = gql`query consistencyFindings($campaignId: ID!) {
        findings: consistencyFindings(campaignId: $campaignId) {
          kind message messageEn stated { ${value} } computed { ${value} } difference { ${value} }
          figure { id label unit { id name } } parts { id label }
        }
      }`;
      return (await callQuery<{ findings: ConsistencyFinding[] }>(client, query, { campaignId })).findings;
    },
    /**
     * Creates a fact (no id) or changes one: an update sends only what the form changed, as the
     * API keeps omitted fields and clears null ones.
     */
    async saveCampaignFact(kind: CampaignFactKind, data: Data, previous?: Data): Promise<Data> {
      const isNew = data.id == null;
      const name = `${isNew ? 'create' : 'update'}${kind}`;
      const inputType = `${isNew ? 'Create' : 'Update'}${kind}Input`;
      const input = isNew
        ? toInput(inputType, data)
        : { ...changedFields(toInput(inputType, data), toInput(inputType, previous ?? {})), id: String(data.id) };
      const mutation = gql`mutation ${name}($input: ${inputType}!) { ${name}(input: $input) { ${PAYLOAD[kind]} { id } } }`;
      const result = await callMutation<Record<string, Record<string, Data>>>(client, mutation, { input });
      return result[name]![PAYLOAD[kind]]!;
    },
    /** Deletes a fact; the API audits what it was. */
    async deleteCampaignFact(kind: CampaignFactKind, id: string): Promise<void> {
      const name = `delete${kind}`;
      const mutation = gql`mutation ${name}($input: Delete${kind}Input!) { ${name}(input: $input) { id } }`;
      await callMutation(client, mutation, { input: { id } });
    },
  };
}
