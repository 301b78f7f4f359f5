import type {
  Campaign,
  CampaignRaised,
  Fund,
  FundTotals,
  GoodsTotal,
  MoneyWent,
  StatementLine,
  StatementPageInfo,
} from '@chung-tay/schema';

// The public page's queries: every field here is public (aggregates, consenting names only).

export const CAMPAIGNS = `query PublicCampaigns($q: String) {
  campaigns(filter: { q: $q }, limit: 30) { totalCount nodes { id code name startsOn endsOn raised { cash inKindValue } } }
}`;
export type CampaignChoice = Pick<Campaign, 'id' | 'code' | 'name' | 'startsOn' | 'endsOn'> & {
  raised: Pick<CampaignRaised, 'cash' | 'inKindValue'>;
};

export const FUNDS = `query PublicFunds($q: String) {
  funds(filter: { q: $q }, limit: 30) { totalCount nodes { id code name totals { received } } }
}`;
export type FundChoice = Pick<Fund, 'id' | 'code' | 'name'> & { totals: Pick<FundTotals, 'received'> };

export const CAMPAIGN = `query PublicCampaign($id: ID!) {
  campaign(id: $id) {
    id code name description startsOn endsOn
    organizer { name }
    raised { cash inKindValue pledged target percentOfTarget }
  }
}`;
export type PublicCampaign = Pick<Campaign, 'id' | 'code' | 'name' | 'description' | 'startsOn' | 'endsOn'> & {
  organizer: { name: string };
  raised: Pick<CampaignRaised, 'cash' | 'inKindValue' | 'pledged' | 'target' | 'percentOfTarget'>;
};

export const FUND = `query PublicFund($id: ID!) {
  fund(id: $id) {
    id code name
    organization { name }
    totals { received allocatedIn disbursed allocatedOut balance goodsOnHand { unit quantity value } }
  }
}`;
export type PublicFund = Pick<Fund, 'id' | 'code' | 'name'> & {
  organization: { name: string };
  totals: Pick<FundTotals, 'received' | 'allocatedIn' | 'disbursed' | 'allocatedOut' | 'balance'> & {
    goodsOnHand: Pick<GoodsTotal, 'unit' | 'quantity' | 'value'>[];
  };
};

// totalCount costs a count over every match: asked for with the first page only.
export const STATEMENT = `query PublicStatement($filter: StatementFilter!, $first: Int!, $after: String, $withCount: Boolean!) {
  publicStatement(filter: $filter, first: $first, after: $after) {
    totalCount @include(if: $withCount)
    nodes { id date amount channel donorName bankReference receiptNumber description quantity quantityUnit }
    pageInfo { endCursor hasNextPage }
  }
}`;
export type PublicStatementLine = Pick<
  StatementLine,
  | 'id'
  | 'date'
  | 'amount'
  | 'channel'
  | 'donorName'
  | 'bankReference'
  | 'receiptNumber'
  | 'description'
  | 'quantity'
  | 'quantityUnit'
>;
export interface PublicStatementPage {
  totalCount?: number;
  nodes: PublicStatementLine[];
  pageInfo: StatementPageInfo;
}

export const MONEY_WENT = `query PublicMoneyWent($filter: MoneyWentFilter!) {
  whereMoneyWent(filter: $filter) {
    support { unitId unitName purpose cash inKindValue grants households }
    allocations { fundId fundName amount }
  }
}`;
export type PublicMoneyWent = MoneyWent;

/** Whose statement and spending a page shows. */
export type Owner = { campaignId: string } | { fundId: string };
