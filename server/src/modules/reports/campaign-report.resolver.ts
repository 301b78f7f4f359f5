import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { findCampaign } from '../campaigns/campaign.service.js';
import { Role } from '../users/role.js';
import { buildCampaignReport, type CampaignReport } from './campaign-report.js';
import { CampaignReportType } from './campaign-report.type.js';
import { SaveCampaignReportNarrativeInput } from './report-narrative.inputs.js';
import { saveNarrative } from './report-narrative.service.js';

const SaveCampaignReportNarrativePayload = PayloadType(
  'SaveCampaignReportNarrative',
  CampaignReportType,
  'report',
  'The report with the saved sections.',
);

/** The API shape of a built report: the scope's campaign, unit and years beside the sections. */
export const reportView = (report: CampaignReport): CampaignReportType => ({
  campaign: report.scope.campaign,
  unit: report.scope.unit,
  fromYear: report.scope.fromYear,
  toYear: report.scope.toYear,
  situation: report.situation,
  funds: report.funds,
  support: report.support,
  poverty: report.poverty,
  commendations: report.commendations,
  narrative: report.narrative,
});

@Resolver()
export class CampaignReportResolver {
  @Query(() => CampaignReportType, {
    nullable: true,
    description:
      'The summary report of a campaign for a unit and period; null for an unknown campaign. The unit defaults to the ' +
      'campaign’s own, the period to the campaign’s years.',
  })
  async campaignReport(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: string,
    @Arg('unitId', () => ID, {
      nullable: true,
      description: 'The unit: within the campaign’s scope, or one that contains it.',
    })
    unitId?: string,
    @Arg('fromYear', () => Int, { nullable: true, description: 'First year of the period.' }) fromYear?: number,
    @Arg('toYear', () => Int, { nullable: true, description: 'Last year of the period.' }) toYear?: number,
  ) {
    const campaign = await findCampaign(ctx, campaignId);
    if (!campaign) return null;
    return reportView(await buildCampaignReport(ctx, campaign, { unitId, fromYear, toYear }));
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => SaveCampaignReportNarrativePayload, {
    description:
      'Saves the free-text sections (situation note, difficulties, lessons, proposals) of a campaign report for a ' +
      'unit and period: the unit’s Front staff. Send the version you edited; a stale one is refused with CONFLICT.',
  })
  async saveCampaignReportNarrative(
    @Ctx() ctx: Context,
    @Arg('input', () => SaveCampaignReportNarrativeInput, { description: 'The sections.' })
    input: SaveCampaignReportNarrativeInput,
  ) {
    const saved = await mutate(ctx, 'saveCampaignReportNarrative', (tx) => saveNarrative(tx, input));
    return { record: reportView(await buildCampaignReport(ctx, saved.scope.campaign, input)) };
  }
}
