import type { Context } from '../../context.js';
import { conflict } from '../../common/errors.js';
import { nfc } from '../../common/search-text.js';
import { assertVersion } from '../../common/optimistic-lock.js';
import { findCampaign, CAMPAIGN } from '../campaigns/campaign.service.js';
import { notFound } from '../../common/errors.js';
import { assertCan } from '../users/access.js';
import { Role } from '../users/role.js';
import { CampaignReportNarrative } from './report-narrative.entity.js';
import type { SaveCampaignReportNarrativeInput } from './report-narrative.inputs.js';
import { reportScope, type ReportScope } from './report-scope.js';

/** Who writes a report's text: the Front staff of the unit it is for (or of a unit above it). */
export const NARRATIVE_WRITERS = [Role.FRONT_STAFF];

export function findNarrative(ctx: Context, scope: ReportScope): Promise<CampaignReportNarrative | null> {
  return ctx.em.findOne(CampaignReportNarrative, {
    campaign: scope.campaign.id,
    unit: scope.unit.id,
    fromYear: scope.fromYear,
    toYear: scope.toYear,
  });
}

/** Trimmed NFC text, or null for nothing but spaces. */
const section = (value: string | null | undefined) => {
  const text = value == null ? '' : nfc(value).trim();
  return text ? text : null;
};

/**
 * Saves the free-text sections of a report: creates them on the first save, replaces them after.
 * Optimistic locking as for every editable record, and one more case an upsert has: a client that
 * opened an empty report (version null) is refused when someone has saved it since.
 */
export async function saveNarrative(
  ctx: Context,
  input: SaveCampaignReportNarrativeInput,
): Promise<{ scope: ReportScope; narrative: CampaignReportNarrative }> {
  const campaign = await findCampaign(ctx, input.campaignId);
  if (!campaign) throw notFound(CAMPAIGN, input.campaignId, 'campaignId');
  const scope = await reportScope(ctx, campaign, input);
  await assertCan(ctx, NARRATIVE_WRITERS, scope.unit.id, scope.unit.name);
  let narrative = await findNarrative(ctx, scope);
  if (narrative) {
    if (input.version == null) {
      throw conflict('version', {
        vi: 'Báo cáo này vừa được người khác lưu; hãy tải lại trước khi sửa',
        en: 'Someone else has just saved this report; reload it before editing',
      });
    }
    assertVersion(narrative, input.version);
  } else {
    narrative = ctx.em.create(CampaignReportNarrative, {
      campaign,
      unit: scope.unit,
      fromYear: scope.fromYear,
      toYear: scope.toYear,
    } as never);
  }
  narrative.situationNote = section(input.situationNote);
  narrative.difficulties = section(input.difficulties);
  narrative.lessons = section(input.lessons);
  narrative.proposals = section(input.proposals);
  await ctx.em.flush();
  return { scope, narrative };
}
