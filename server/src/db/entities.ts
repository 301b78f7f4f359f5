import { CampaignSchema } from '../modules/campaigns/campaign.entity.js';
import { DonorContactSchema } from '../modules/donors/donor-contact.entity.js';
import { DonorSchema } from '../modules/donors/donor.entity.js';
import { AdministrativeUnitSchema } from '../modules/geography/administrative-unit.entity.js';
import { UnitSuccessionSchema } from '../modules/geography/unit-succession.entity.js';
import { OrganizationSchema } from '../modules/organizations/organization.entity.js';
import { AuditEventSchema } from '../modules/audit/audit-event.entity.js';
import { ApiTokenSchema } from '../modules/users/api-token.entity.js';
import { RoleGrantSchema } from '../modules/users/role-grant.entity.js';
import { SessionSchema } from '../modules/users/session.entity.js';
import { UserSchema } from '../modules/users/user.entity.js';

/** Every entity the ORM knows; a module adds its entities here. */
export const entities = [
  AdministrativeUnitSchema,
  UnitSuccessionSchema,
  OrganizationSchema,
  CampaignSchema,
  DonorSchema,
  DonorContactSchema,
  UserSchema,
  RoleGrantSchema,
  SessionSchema,
  ApiTokenSchema,
  AuditEventSchema,
];
