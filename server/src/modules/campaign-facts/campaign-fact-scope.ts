import type { Context } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';
import type { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { CAMPAIGN } from '../campaigns/campaign.service.js';
import { assertCan } from '../users/access.js';
import { Role } from '../users/role.js';

/**
 * The facts a summary report draws on (plans, activities, exemplary people and models, reported
 * figures) are kept by the Front staff of the unit they are about, as the reports are compiled
 * by the Front committees: a commune's staff log their commune's banners under a provincial
 * campaign; the province's staff may log any of them.
 */
export const CAMPAIGN_FACT_WRITERS = [Role.FRONT_STAFF];

export async function requireFactCampaign(ctx: Context, id: string, field = 'campaignId'): Promise<Campaign> {
  const campaign = await ctx.loaders.campaign.load(parseId(id, field, CAMPAIGN));
  if (!campaign) {
    throw badInput(field, { vi: `Không có phong trào với id ${id}`, en: `There is no campaign with id ${id}` });
  }
  return campaign;
}

/**
 * The unit a fact is about: the given one, which must lie within the campaign's scope (mergers
 * included), or else the campaign's own unit. The caller must be Front staff over it.
 */
export async function factUnit(
  ctx: Context,
  campaign: Campaign,
  unitId: string | null | undefined,
  field = 'unitId',
): Promise<AdministrativeUnit> {
  const unit = unitId ? await requireUnit(ctx, unitId, field) : (await ctx.loaders.unit.load(campaign.scopeUnit.id))!;
  if (unit.id !== campaign.scopeUnit.id && !(await subtreeUnitIds(ctx.em, campaign.scopeUnit.id)).includes(unit.id)) {
    throw badInput(field, {
      vi: `${unit.name} không thuộc địa bàn của phong trào "${campaign.name}"`,
      en: `${unit.name} is not within the scope of the campaign "${campaign.name}"`,
    });
  }
  await assertCan(ctx, CAMPAIGN_FACT_WRITERS, unit.id, unit.name);
  return unit;
}

/** Checks that the caller may change a fact recorded for `unit`. */
export async function assertMayChangeFact(ctx: Context, unit: AdministrativeUnit): Promise<void> {
  await assertCan(ctx, CAMPAIGN_FACT_WRITERS, unit.id, unit.name);
}
