import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { Donor } from './donor.entity.js';

/** A donor's personal data (Decree 13/2023), kept apart from the donor so it can be restricted. */
export class DonorContact extends BaseRecord {
  donor!: Donor;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  taxCode?: string | null;
}

export const DonorContactSchema = defineEntity({
  class: DonorContact,
  properties: {
    ...baseProperties,
    donor: () => p.oneToOne(Donor).owner().unique(),
    phone: p.string().length(30).nullable(),
    email: p.string().length(254).nullable(),
    address: p.string().length(500).nullable(),
    taxCode: p.string().length(20).nullable(),
  },
});
