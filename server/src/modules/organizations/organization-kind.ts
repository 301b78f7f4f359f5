import { registerEnumType } from 'type-graphql';

/** What kind of body an organization is. */
export enum OrganizationKind {
  FRONT_COMMITTEE = 'FRONT_COMMITTEE',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  DEPARTMENT = 'DEPARTMENT',
  MASS_ORGANIZATION = 'MASS_ORGANIZATION',
  SOCIAL_POLICY_BANK = 'SOCIAL_POLICY_BANK',
  BUSINESS = 'BUSINESS',
  SCHOOL = 'SCHOOL',
  AGENCY = 'AGENCY',
  OTHER = 'OTHER',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organization is.',
  valuesConfig: {
    FRONT_COMMITTEE: { description: 'A Fatherland Front committee (Ủy ban MTTQ) at some level.' },
    PEOPLES_COMMITTEE: { description: "A People's Committee (UBND)." },
    DEPARTMENT: { description: 'A government department (Sở, Phòng, Bộ).' },
    MASS_ORGANIZATION: {
      description: "A mass organization: Women's Union, Youth Union, Farmers' Association, Veterans, Trade Union.",
    },
    SOCIAL_POLICY_BANK: { description: 'The Vietnam Bank for Social Policies (NHCSXH) or a branch.' },
    BUSINESS: { description: 'A business.' },
    SCHOOL: { description: 'A school or university.' },
    AGENCY: { description: 'Another public agency or emulation board.' },
    OTHER: { description: 'Anything else.' },
  },
});
