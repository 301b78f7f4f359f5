import type DataLoader from 'dataloader';
import type { Em } from './db/orm.js';
import { byForeignKeyLoader, byIdLoader } from './common/loaders.js';
import { AdministrativeUnit } from './modules/geography/administrative-unit.entity.js';
import { UnitSuccession } from './modules/geography/unit-succession.entity.js';
import { Organization } from './modules/organizations/organization.entity.js';
import { Campaign } from './modules/campaigns/campaign.entity.js';
import { Donor } from './modules/donors/donor.entity.js';
import { DonorContact } from './modules/donors/donor-contact.entity.js';

export type Locale = 'vi' | 'en';

/** Per-request batch loaders; built fresh for every request so nothing leaks between callers. */
export interface Loaders {
  unit: DataLoader<number, AdministrativeUnit | null>;
  unitChildren: DataLoader<number, AdministrativeUnit[]>;
  successionsFrom: DataLoader<number, UnitSuccession[]>;
  successionsTo: DataLoader<number, UnitSuccession[]>;
  organization: DataLoader<number, Organization | null>;
  organizationChildren: DataLoader<number, Organization[]>;
  campaign: DataLoader<number, Campaign | null>;
  campaignChildren: DataLoader<number, Campaign[]>;
  donor: DataLoader<number, Donor | null>;
  donorContact: DataLoader<number, DonorContact[]>;
}

/** What every resolver gets: its own EntityManager, loaders, and the caller's language. */
export interface Context {
  em: Em;
  loaders: Loaders;
  locale: Locale;
}

function createLoaders(em: Em): Loaders {
  return {
    unit: byIdLoader(em, AdministrativeUnit),
    unitChildren: byForeignKeyLoader(em, AdministrativeUnit, 'parent', { code: 'asc' }),
    successionsFrom: byForeignKeyLoader(em, UnitSuccession, 'predecessor'),
    successionsTo: byForeignKeyLoader(em, UnitSuccession, 'successor'),
    organization: byIdLoader(em, Organization),
    organizationChildren: byForeignKeyLoader(em, Organization, 'parent', { name: 'asc' }),
    campaign: byIdLoader(em, Campaign),
    campaignChildren: byForeignKeyLoader(em, Campaign, 'parent', { startsOn: 'asc' }),
    donor: byIdLoader(em, Donor),
    donorContact: byForeignKeyLoader(em, DonorContact, 'donor'),
  };
}

/** Vietnamese unless the caller prefers English. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** Builds the context of one request; the EntityManager is forked so no state is shared. */
export function createContext(rootEm: Em, acceptLanguage: string | undefined): Context {
  const em = rootEm.fork();
  return { em, loaders: createLoaders(em), locale: localeFrom(acceptLanguage) };
}
