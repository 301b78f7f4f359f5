import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { RecipientKind } from './commendation-enums.js';

/**
 * Who is nominated and awarded: one record per collective, person, household or business, so that
 * their history (prior commendations, discipline) follows them from nomination to nomination.
 */
export class CommendationRecipient extends BaseRecord {
  kind!: RecipientKind;
  /** As the certificate prints it: "Ông Nguyễn Văn A", "Hộ ông Katơr Văn B", an organization's name. */
  name!: string;
  /** For individuals: position and workplace ("Chủ tịch UBMTTQ xã Phước Bình"). */
  title?: string | null;
  unit!: AdministrativeUnit;
  organization?: Organization | null;
  /** Personal data for households and individuals: never public. */
  address?: string | null;
  /** Under discipline up to this day, included (kỷ luật): cannot be nominated meanwhile. */
  disciplineUntil?: string | null;
  version!: number;
  searchText!: string;
}

const recipientSearchKey = (r: CommendationRecipient) => searchKey(r.name, r.title);

export const CommendationRecipientSchema = defineEntity({
  class: CommendationRecipient,
  properties: {
    ...baseProperties,
    kind: p.enum(() => RecipientKind),
    name: p.string().length(300),
    title: p.string().length(300).nullable(),
    unit: () => p.manyToOne(AdministrativeUnit).index(),
    organization: () => p.manyToOne(Organization).nullable().index(),
    address: p.string().length(500).nullable(),
    disciplineUntil: p.date().nullable(),
    version: p.integer().version(),
    searchText: p.text().onCreate(recipientSearchKey).onUpdate(recipientSearchKey),
  },
});
