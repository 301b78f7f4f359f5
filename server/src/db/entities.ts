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
import { FundSchema } from '../modules/funds/fund.entity.js';
import { LedgerEntrySchema } from '../modules/funds/ledger-entry.entity.js';
import { DonationSchema } from '../modules/donations/donation.entity.js';
import { ReceiptCounterSchema } from '../modules/donations/receipt-counter.entity.js';
import { IdempotencyKeySchema } from '../common/idempotency/idempotency-key.entity.js';
import { HouseholdSchema, HouseholdStatusSchema } from '../modules/households/household.entity.js';
import { SupportSchema } from '../modules/support/support.entity.js';
import { PledgeSchema } from '../modules/pledges/pledge.entity.js';
import { BankStatementFormatSchema } from '../modules/imports/bank-statement-format.entity.js';
import { StatementImportSchema } from '../modules/imports/statement-import.entity.js';
import { StatementLineSchema } from '../modules/imports/statement-line.entity.js';
import { CommendationFormSchema } from '../modules/commendations/commendation-form.entity.js';
import { CommendationRuleSchema } from '../modules/commendations/commendation-rule.entity.js';
import { CommendationRecipientSchema } from '../modules/commendations/commendation-recipient.entity.js';
import { CommendationDecisionSchema } from '../modules/commendations/commendation-decision.entity.js';
import { NominationSchema, NominationTransitionSchema } from '../modules/commendations/nomination.entity.js';
import { PovertyStandardSchema } from '../modules/poverty/poverty-standard.entity.js';
import { PovertyStatisticSchema } from '../modules/poverty/poverty-statistic.entity.js';
import { CampaignPlanSchema } from '../modules/plans/campaign-plan.entity.js';
import { CampaignActivitySchema } from '../modules/activities/campaign-activity.entity.js';
import { ExemplarSchema } from '../modules/exemplars/exemplar.entity.js';
import { ReportedFigureSchema } from '../modules/reported-figures/reported-figure.entity.js';
import { PovertyImportSchema } from '../modules/poverty/poverty-import.entity.js';
import { CampaignReportNarrativeSchema } from '../modules/reports/report-narrative.entity.js';

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
  FundSchema,
  LedgerEntrySchema,
  DonationSchema,
  ReceiptCounterSchema,
  IdempotencyKeySchema,
  HouseholdSchema,
  HouseholdStatusSchema,
  SupportSchema,
  PledgeSchema,
  BankStatementFormatSchema,
  StatementImportSchema,
  StatementLineSchema,
  CommendationFormSchema,
  CommendationRuleSchema,
  CommendationRecipientSchema,
  CommendationDecisionSchema,
  NominationSchema,
  NominationTransitionSchema,
  PovertyStandardSchema,
  PovertyStatisticSchema,
  CampaignPlanSchema,
  CampaignActivitySchema,
  ExemplarSchema,
  ReportedFigureSchema,
  PovertyImportSchema,
  CampaignReportNarrativeSchema,
];
