import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import { toOrderBy } from '../../common/order.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc, matchesSearch } from '../../common/search-text.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { withinUnit } from '../organizations/organization.service.js';
import { DonorContact } from './donor-contact.entity.js';
import { Donor } from './donor.entity.js';
import { assertVersion } from '../../common/optimistic-lock.js';
import type {
  DonorContactInput,
  DonorFilter,
  DonorOrder,
  RegisterDonorInput,
  UpdateDonorInput,
} from './donor.inputs.js';
import { ANONYMOUS_DONOR_NAME } from './donor.type.js';
import { assertCan, holdsOn, PERSONAL_DATA_READERS, READERS, scopeUnitIds, WRITERS } from '../users/access.js';

export const DONOR: Localized = { vi: 'nhà hảo tâm', en: 'donor' };

/** A donor the caller may read; one outside their scope is simply not found. */
export async function findDonor(ctx: Context, id: string): Promise<Donor | null> {
  const rowId = lookupId(id);
  const donor = rowId ? await ctx.loaders.donor.load(rowId) : null;
  return donor && (await holdsOn(ctx, READERS, donor.unit.id)) ? donor : null;
}

/** A donor the caller may read, for a reference in an input; otherwise bad input on `field`. */
export async function requireDonorInScope(ctx: Context, id: string, field: string): Promise<Donor> {
  const donor = await findDonor(ctx, String(parseId(id, field, DONOR)));
  if (!donor) throw badInput(field, { vi: `Không có nhà hảo tâm với id ${id}`, en: `There is no donor with id ${id}` });
  return donor;
}

/** A donor's contact details, or null with the reason when the caller may not see personal data. */
export async function donorContact(
  ctx: Context,
  donor: Donor,
): Promise<{ contact: DonorContact | null; redacted: boolean }> {
  if (!(await holdsOn(ctx, PERSONAL_DATA_READERS, donor.unit.id))) return { contact: null, redacted: true };
  const [contact] = await ctx.loaders.donorContact.load(donor.id);
  return { contact: contact ?? null, redacted: false };
}

/** The name a public statement may print: the donor's own only with consent. */
export function publicName(donor: Donor): string {
  return donor.publicConsent && !donor.anonymous ? donor.displayName : ANONYMOUS_DONOR_NAME;
}

export async function listDonors(
  ctx: Context,
  filter: DonorFilter | null | undefined,
  order: DonorOrder | null | undefined,
  page: PageArgs,
): Promise<Page<Donor>> {
  // Only what the caller may see, filtered in SQL.
  const where: FilterQuery<Donor>[] = [{ unit: { $in: await scopeUnitIds(ctx, READERS) } }];
  if (filter?.q?.trim()) where.push(matchesSearch(filter.q));
  if (filter?.kind) where.push({ kind: filter.kind });
  if (filter?.unitId) where.push({ unit: await withinUnit(ctx, filter.unitId) });
  if (filter?.anonymous != null) where.push({ anonymous: filter.anonymous });
  if (filter?.publicConsent != null) where.push({ publicConsent: filter.publicConsent });
  return findPage(ctx.em, Donor, { $and: where }, toOrderBy(order?.field ?? 'displayName', order?.direction), page);
}

function assertConsentCoherent(anonymous: boolean, publicConsent: boolean) {
  if (anonymous && publicConsent) {
    throw badInput('publicConsent', {
      vi: 'Nhà hảo tâm ẩn danh không thể đồng thời đồng ý công khai tên',
      en: 'An anonymous donor cannot also consent to being named',
    });
  }
}

function contactFields(input: DonorContactInput) {
  const clean = (value: string | null | undefined) => (value?.trim() ? nfc(value) : null);
  return {
    phone: clean(input.phone),
    email: clean(input.email)?.toLowerCase() ?? null,
    address: clean(input.address),
    taxCode: clean(input.taxCode),
  };
}

export async function registerDonor(ctx: Context, input: RegisterDonorInput): Promise<Donor> {
  assertConsentCoherent(input.anonymous, input.publicConsent);
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  await assertCan(ctx, WRITERS, unit.id, unit.name);
  const donor = ctx.em.create(Donor, {
    kind: input.kind,
    displayName: nfc(input.displayName),
    anonymous: input.anonymous,
    publicConsent: input.publicConsent,
    unit,
  } as never);
  if (input.contact) ctx.em.create(DonorContact, { donor, ...contactFields(input.contact) } as never);
  await ctx.em.flush();
  return donor;
}

export async function updateDonor(ctx: Context, input: UpdateDonorInput): Promise<Donor> {
  const donor = await findDonor(ctx, input.id);
  if (!donor) throw notFound(DONOR, input.id, 'id');
  await assertCan(ctx, WRITERS, donor.unit.id);
  assertVersion(donor, input.version);
  if (input.kind) donor.kind = input.kind;
  if (input.displayName != null) donor.displayName = nfc(input.displayName);
  if (input.anonymous != null) donor.anonymous = input.anonymous;
  if (input.publicConsent != null) donor.publicConsent = input.publicConsent;
  if (input.unitId) {
    donor.unit = await requireUnit(ctx, input.unitId, 'unitId');
    await assertCan(ctx, WRITERS, donor.unit.id, donor.unit.name);
  }
  assertConsentCoherent(donor.anonymous, donor.publicConsent);
  if (input.contact) {
    const [existing] = await ctx.loaders.donorContact.load(donor.id);
    if (existing) Object.assign(existing, contactFields(input.contact));
    else ctx.em.create(DonorContact, { donor, ...contactFields(input.contact) } as never);
    // The loader cached "no contact" a moment ago; the payload must show the new one.
    ctx.loaders.donorContact.clear(donor.id);
  }
  await ctx.em.flush();
  return donor;
}
