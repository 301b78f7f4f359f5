import type { Context } from '../../context.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import type { ReportBlock } from './report-blocks.js';
import type { CampaignReportNarrativeType } from './report-narrative.type.js';
import { reportScope, type ReportQuery, type ReportScope } from './report-scope.js';
import { commendationsSection } from './sections/commendations.section.js';
import { fundsSection, type ReportFundsType } from './sections/funds.section.js';
import { narrativeSection } from './sections/narrative.section.js';
import { povertySection, type ReportPovertyType } from './sections/poverty.section.js';
import { situationSection, type ReportSituationType } from './sections/situation.section.js';
import { supportSection, type ReportSupportType } from './sections/support.section.js';
import type { CommendationTotalsType } from '../commendations/registry.type.js';

/** The built report: its scope and one entry per section, under the section's key. */
export interface CampaignReport {
  scope: ReportScope;
  situation: ReportSituationType;
  funds: ReportFundsType;
  support: ReportSupportType;
  poverty: ReportPovertyType;
  commendations: CommendationTotalsType;
  narrative: CampaignReportNarrativeType;
}

/** Builds every section from the facts, one after another (one connection per request). */
export async function buildCampaignReport(
  ctx: Context,
  campaign: Campaign,
  query: ReportQuery,
): Promise<CampaignReport> {
  const scope = await reportScope(ctx, campaign, query);
  return {
    scope,
    situation: await situationSection.build(ctx, scope),
    funds: await fundsSection.build(ctx, scope),
    support: await supportSection.build(ctx, scope),
    poverty: await povertySection.build(ctx, scope),
    commendations: await commendationsSection.build(ctx, scope),
    narrative: await narrativeSection.build(ctx, scope),
  };
}

/**
 * The report's body in document order, as a báo cáo tổng kết reads: I. situation; II. results
 * (funds, support, poverty); III. commendations; then the parts staff write. A new section adds
 * its blocks where it belongs here.
 */
export function reportBlocks(report: CampaignReport): ReportBlock[] {
  return [
    ...situationSection.blocks(report.situation, report),
    { type: 'heading', level: 1, text: 'Kết quả thực hiện phong trào' },
    ...fundsSection.blocks(report.funds, report),
    ...supportSection.blocks(report.support, report),
    ...povertySection.blocks(report.poverty, report),
    ...commendationsSection.blocks(report.commendations, report),
    ...narrativeSection.blocks(report.narrative, report),
  ];
}
