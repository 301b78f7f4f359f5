import { Field, Int, ObjectType } from 'type-graphql';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { CommendationTotalsType } from '../commendations/registry.type.js';
import type { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { CampaignReportNarrativeType } from './report-narrative.type.js';
import { ReportFundsType } from './sections/funds.section.js';
import { ReportPovertyType } from './sections/poverty.section.js';
import { ReportSituationType } from './sections/situation.section.js';
import { ReportSupportType } from './sections/support.section.js';

@ObjectType('CampaignReport', {
  description:
    'The campaign summary report (báo cáo tổng kết) for a unit and a period, computed from the facts logged: ' +
    'the situation, money mobilized, support given, the poverty series against the plan, commendations, and ' +
    'the sections staff write. Each figure comes from the same aggregates as its own query (fundSummary, ' +
    'povertyReduction, commendationTotals). Public: aggregates and the report’s text, nothing personal.',
})
export class CampaignReportType {
  @Field(() => CampaignType, { description: 'The campaign; the campaigns under it are included.' })
  campaign!: Campaign;

  @Field(() => AdministrativeUnitType, {
    description: 'The unit reported on (with the units under and merged into it).',
  })
  unit!: AdministrativeUnit;

  @Field(() => Int, { description: 'First year of the period.' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the period.' })
  toYear!: number;

  @Field(() => ReportSituationType, { description: 'I. The situation at the start.' })
  situation!: ReportSituationType;

  @Field(() => ReportFundsType, { description: 'II. Money and goods mobilized, by source and channel.' })
  funds!: ReportFundsType;

  @Field(() => ReportSupportType, { description: 'II. Support given, by purpose, with the households reached.' })
  support!: ReportSupportType;

  @Field(() => ReportPovertyType, { description: 'II. The poverty series and its reduction against the plan.' })
  poverty!: ReportPovertyType;

  @Field(() => CommendationTotalsType, { description: 'III. Commendations given, by form and recipient kind.' })
  commendations!: CommendationTotalsType;

  @Field(() => CampaignReportNarrativeType, { description: 'The free-text sections staff write.' })
  narrative!: CampaignReportNarrativeType;
}
