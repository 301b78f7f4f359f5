import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { MoneyScalar } from './common/scalars/money.scalar.js';
import { DateScalar } from './common/scalars/date.scalar.js';
import { DateTimeScalar } from './common/scalars/date-time.scalar.js';
import { DecimalScalar } from './common/scalars/decimal.scalar.js';
import {
  AdministrativeUnitResolver,
  UnitSuccessionResolver,
} from './modules/geography/administrative-unit.resolver.js';
import { OrganizationResolver } from './modules/organizations/organization.resolver.js';
import { CampaignResolver } from './modules/campaigns/campaign.resolver.js';
import { DonorResolver } from './modules/donors/donor.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { HistoryResolver } from './modules/audit/history-field.js';
import { ApiTokenResolver, AuthResolver } from './modules/users/auth.resolver.js';
import { RoleGrantResolver, UserResolver } from './modules/users/user.resolver.js';
import { authChecker } from './modules/users/access.js';
import { AdministrativeUnitType } from './modules/geography/administrative-unit.type.js';
import { OrganizationType } from './modules/organizations/organization.type.js';
import { CampaignType } from './modules/campaigns/campaign.type.js';
import { DonorType } from './modules/donors/donor.type.js';
import { FundResolver, LedgerEntryResolver } from './modules/funds/fund.resolver.js';
import { CampaignTotalsResolver } from './modules/funds/campaign-totals.resolver.js';
import { DonationResolver } from './modules/donations/donation.resolver.js';
import { HouseholdResolver } from './modules/households/household.resolver.js';
import { SupportResolver } from './modules/support/support.resolver.js';
import { PledgeResolver } from './modules/pledges/pledge.resolver.js';
import { StatementResolver } from './modules/statement/statement.resolver.js';
import {
  BankStatementFormatResolver,
  StatementImportResolver,
  ImportedStatementLineResolver,
} from './modules/imports/statement-import.resolver.js';
import { NominationResolver } from './modules/commendations/nomination.resolver.js';
import { CommendationRecipientResolver } from './modules/commendations/recipient.resolver.js';
import { CommendationDecisionResolver, CommendationResolver } from './modules/commendations/registry.resolver.js';
import { NominationType } from './modules/commendations/nomination.type.js';
import {
  CommendationFormResolver,
  CommendationRuleResolver,
} from './modules/commendations/commendation-form.resolver.js';
import { PovertyResolver } from './modules/poverty/poverty.resolver.js';
import { CampaignPlanResolver } from './modules/plans/plan.resolver.js';
import { CampaignActivityResolver } from './modules/activities/activity.resolver.js';
import { ExemplarResolver } from './modules/exemplars/exemplar.resolver.js';
import { ReportedFigureResolver } from './modules/reported-figures/reported-figure.resolver.js';
import { PovertyImportLineResolver, PovertyImportResolver } from './modules/poverty/poverty-import.resolver.js';
import { CampaignReportResolver } from './modules/reports/campaign-report.resolver.js';

/** Every resolver of the graph; a module adds its resolvers here. */
export const resolvers = [
  AdministrativeUnitResolver,
  UnitSuccessionResolver,
  OrganizationResolver,
  CampaignResolver,
  DonorResolver,
  AuthResolver,
  ApiTokenResolver,
  UserResolver,
  RoleGrantResolver,
  AuditResolver,
  HistoryResolver(AdministrativeUnitType, 'AdministrativeUnit'),
  HistoryResolver(OrganizationType, 'Organization'),
  HistoryResolver(CampaignType, 'Campaign'),
  HistoryResolver(DonorType, 'Donor'),
  FundResolver,
  LedgerEntryResolver,
  CampaignTotalsResolver,
  DonationResolver,
  HouseholdResolver,
  SupportResolver,
  PledgeResolver,
  StatementResolver,
  BankStatementFormatResolver,
  StatementImportResolver,
  ImportedStatementLineResolver,
  CommendationFormResolver,
  CommendationRuleResolver,
  NominationResolver,
  CommendationRecipientResolver,
  CommendationResolver,
  CommendationDecisionResolver,
  HistoryResolver(NominationType, 'Nomination'),
  PovertyResolver,
  CampaignPlanResolver,
  CampaignActivityResolver,
  ExemplarResolver,
  ReportedFigureResolver,
  PovertyImportResolver,
  PovertyImportLineResolver,
  CampaignReportResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema. Built once per process: type-graphql's metadata is global anyway. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    // Off by default in type-graphql 2: every input is checked with its class-validator rules.
    validate: { forbidUnknownValues: false },
    authChecker,
    // Unauthenticated and forbidden callers get an error, not a silent null.
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    orphanedTypes: [],
    emitSchemaFile: false,
  }).then((schema) => {
    void [MoneyScalar, DateScalar, DecimalScalar];
    return schema;
  });
  return built;
}
