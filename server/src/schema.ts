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

/** Every resolver of the graph; a module adds its resolvers here. */
export const resolvers = [
  AdministrativeUnitResolver,
  UnitSuccessionResolver,
  OrganizationResolver,
  CampaignResolver,
  DonorResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema. Built once per process: type-graphql's metadata is global anyway. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    // Off by default in type-graphql 2: every input is checked with its class-validator rules.
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    orphanedTypes: [],
    emitSchemaFile: false,
  }).then((schema) => {
    void [MoneyScalar, DateScalar, DecimalScalar];
    return schema;
  });
  return built;
}
