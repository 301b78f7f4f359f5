import { gql, type ApolloClient } from '@apollo/client';
import type { CampaignReport } from '@chung-tay/schema';
import { callMutation, callQuery } from './call';

const REPORT_FIELDS = `
  campaign { id code name povertyReductionTarget }
  unit { id code name }
  fromYear toYear
  situation { subCampaigns { id code name } povertyAtStart { year households poorHouseholds poorRate nearPoorHouseholds nearPoorRate } }
  funds { cash cashBySource { key amount } cashByChannel { key amount } inKindValue goods { unit quantity value } }
  support { cash inKindValue grants households byPurpose { purpose cash inKindValue grants households projects goods { unit quantity value } } }
  poverty {
    standard { code name }
    series { year households poorHouseholds poorRate nearPoorHouseholds nearPoorRate includesFormerUnits }
    reduction { changePoints averageReductionPerYear plannedReductionPerYear achievementPercent exceeded statement statementEn }
    planLine { year rate }
  }
  commendations { totalCount byForm { form { id code name } recipientKind count } }
  narrative { situationNote difficulties lessons proposals version updatedAt }
`;

export interface ReportPeriod {
  unitId?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

export interface NarrativeInput {
  campaignId: string;
  unitId: string;
  fromYear: number;
  toYear: number;
  version: number | null;
  situationNote: string | null;
  difficulties: string | null;
  lessons: string | null;
  proposals: string | null;
}

/** The campaign summary report and the sections staff write into it. */
export function reportMethods(client: ApolloClient<unknown>) {
  return {
    async campaignReport(campaignId: string, period: ReportPeriod): Promise<CampaignReport | null> {
      const query = gql`query campaignReport($campaignId: ID!, $unitId: ID, $fromYear: Int, $toYear: Int) {
        report: campaignReport(campaignId: $campaignId, unitId: $unitId, fromYear: $fromYear, toYear: $toYear) { ${REPORT_FIELDS} }
      }`;
      const data = await callQuery<{ report: CampaignReport | null }>(client, query, {
        campaignId,
        unitId: period.unitId || null,
        fromYear: period.fromYear ?? null,
        toYear: period.toYear ?? null,
      });
      return data.report;
    },
    async saveCampaignReportNarrative(input: NarrativeInput): Promise<CampaignReport> {
      const mutation = gql`mutation saveCampaignReportNarrative($input: SaveCampaignReportNarrativeInput!) {
        result: saveCampaignReportNarrative(input: $input) { report { ${REPORT_FIELDS} } }
      }`;
      const data = await callMutation<{ result: { report: CampaignReport } }>(client, mutation, { input });
      return data.result.report;
    },
  };
}
