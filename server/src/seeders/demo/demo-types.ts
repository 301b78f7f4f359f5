// The shape of the demo facts taken from ../shared/seeds. Pure data: the seeder turns it into
// entities, so the facts can be read and checked without knowing the ORM.

export type DemoUnitLevel = 'NATION' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE' | 'VILLAGE';

export interface DemoUnit {
  /** Official permanent code: nation 'VN', province 2 digits, district 3 digits, commune 5 digits. */
  code: string;
  /** Full official name with its type word, NFC: 'Tỉnh Ninh Thuận', 'Huyện Bác Ái', 'Xã Phước Bình'. */
  name: string;
  level: DemoUnitLevel;
  /** Code of the parent unit (omit for the nation). */
  parentCode?: string;
  /** ISO date the unit came into force; omit when it predates everything we model. */
  validFrom?: string;
  /** ISO date of the unit's last day (e.g. '2025-06-30' for every district); omit while valid. */
  validTo?: string;
}

/** A predecessor → successor link: merger, split or rename, effective on a date. */
export interface DemoSuccession {
  fromCode: string;
  toCode: string;
  effectiveOn: string;
  note?: string;
}

export type DemoOrganizationKind =
  | 'FRONT_COMMITTEE'
  | 'PEOPLES_COMMITTEE'
  | 'DEPARTMENT'
  | 'MASS_ORGANIZATION'
  | 'SOCIAL_POLICY_BANK'
  | 'BUSINESS'
  | 'SCHOOL'
  | 'AGENCY'
  | 'OTHER';

export interface DemoOrganization {
  /** Stable key used to refer to it from campaigns and children, e.g. 'mttq-ninh-thuan'. */
  key: string;
  kind: DemoOrganizationKind;
  name: string;
  unitCode: string;
  parentKey?: string;
}

export type DemoCampaignKind =
  'EMULATION_MOVEMENT' | 'FUNDRAISING_DRIVE' | 'PEAK_MONTH' | 'TET_CARE' | 'DISASTER_RELIEF' | 'PROJECT';

export type DemoCampaignStatus = 'PLANNED' | 'ACTIVE' | 'CLOSED';

export interface DemoCampaign {
  /** Stable human code, e.g. 'VNN-2016-2020', 'NT-2016-2020', 'BA-406-DA'. Unique. */
  code: string;
  kind: DemoCampaignKind;
  name: string;
  description?: string;
  startsOn: string;
  endsOn?: string;
  /** The launching document, as the seed writes it. */
  document?: { number: string; issuedOn: string; issuer: string };
  organizerKey: string;
  scopeUnitCode: string;
  parentCode?: string;
  /** Money to raise, whole VND as a string of digits (exact beyond 2^31). */
  moneyTarget?: string;
  /** Planned reduction of the poverty rate, percentage points per year, as a decimal string '3.5'. */
  povertyReductionTarget?: string;
  status: DemoCampaignStatus;
}

export type DemoDonorKind =
  'INDIVIDUAL' | 'HOUSEHOLD' | 'ORGANIZATION' | 'BUSINESS' | 'OVERSEAS_VIETNAMESE' | 'FOREIGN_ORGANIZATION';

export interface DemoDonor {
  key: string;
  kind: DemoDonorKind;
  displayName: string;
  anonymous: boolean;
  publicConsent: boolean;
  /** Code of the unit whose Front committee keeps the record; the nation when omitted. */
  unitCode?: string;
  contact?: { phone?: string; email?: string; address?: string; taxCode?: string };
}

export type DemoRole = 'SYSTEM_ADMIN' | 'FRONT_STAFF' | 'EMULATION_OFFICER' | 'AUDITOR' | 'DEVELOPER';

export interface DemoUser {
  email: string;
  displayName: string;
  grants: { role: DemoRole; unitCode: string }[];
}
