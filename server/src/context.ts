import type { Request, Response } from 'express';
import type { AppConfig } from './config.js';
import type { Em } from './db/orm.js';
import { byForeignKeyLoader, byIdLoader, oneByLoader } from './common/loaders.js';
import { LedgerEntry } from './modules/funds/ledger-entry.entity.js';
import { Fund } from './modules/funds/fund.entity.js';
import { AdministrativeUnit } from './modules/geography/administrative-unit.entity.js';
import { UnitSuccession } from './modules/geography/unit-succession.entity.js';
import { Organization } from './modules/organizations/organization.entity.js';
import { Campaign } from './modules/campaigns/campaign.entity.js';
import { Donor } from './modules/donors/donor.entity.js';
import { DonorContact } from './modules/donors/donor-contact.entity.js';
import { resolveCaller, type Caller } from './modules/users/caller.js';
import DataLoader from 'dataloader';
import { CommendationForm } from './modules/commendations/commendation-form.entity.js';
import { CommendationRecipient } from './modules/commendations/commendation-recipient.entity.js';
import { CommendationDecision } from './modules/commendations/commendation-decision.entity.js';
import { NominationTransition } from './modules/commendations/nomination.entity.js';
import { fundTotals } from './modules/funds/fund.service.js';
import type { FundTotalsType } from './modules/funds/fund.type.js';

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
  fund: DataLoader<number, Fund | null>;
  /** Ledger entries by id, by the entry they reverse, and by the allocation they answer. */
  ledgerEntry: DataLoader<string, LedgerEntry | null>;
  reversalOf: DataLoader<string, LedgerEntry | null>;
  allocationInOf: DataLoader<string, LedgerEntry | null>;
  /** Each fund's totals, summed for a whole page of funds in one grouped query. */
  fundTotals: DataLoader<number, FundTotalsType>;
  commendationForm: DataLoader<number, CommendationForm | null>;
  commendationRecipient: DataLoader<number, CommendationRecipient | null>;
  commendationDecision: DataLoader<number, CommendationDecision | null>;
  nominationTransitions: DataLoader<number, NominationTransition[]>;
}

/** A field left null because the caller may not see it, reported in the response's extensions. */
export interface Redaction {
  path: string;
  reason: string;
}

/** What every resolver gets: its own EntityManager, loaders, the caller and their language. */
export interface Context {
  em: Em;
  loaders: Loaders;
  locale: Locale;
  /** null when nobody is logged in. */
  caller: Caller | null;
  /** The caller's expanded unit scopes, computed once per request (see access.ts). */
  scopes: Map<string, number[]>;
  redactions: Redaction[];
  /** The client's address, for rate limits. */
  ip: string;
  /** The HTTP response, to set or clear the session cookie. */
  res?: Response;
  config: AppConfig;
}

export const SESSION_COOKIE = 'ct_session';

export function createLoaders(em: Em): Loaders {
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
    fund: byIdLoader(em, Fund),
    ledgerEntry: oneByLoader(em, LedgerEntry, 'id'),
    reversalOf: oneByLoader(em, LedgerEntry, 'reverses'),
    allocationInOf: oneByLoader(em, LedgerEntry, 'counterpart'),
    fundTotals: new DataLoader(async (ids: readonly number[]) => {
      const totals = await fundTotals(em, ids);
      return ids.map((id) => totals.get(id)!);
    }),
    commendationForm: byIdLoader(em, CommendationForm),
    commendationRecipient: byIdLoader(em, CommendationRecipient),
    commendationDecision: byIdLoader(em, CommendationDecision),
    nominationTransitions: byForeignKeyLoader(em, NominationTransition, 'nomination', { createdAt: 'asc' }),
  };
}

/** Vietnamese unless the caller prefers English. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** The token a request carries: "Authorization: Bearer …" (API clients) or the session cookie (admin). */
export function requestToken(req: Request): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Builds the context of one request; the EntityManager is forked so no state is shared. */
export async function createContext(config: AppConfig, rootEm: Em, req: Request, res?: Response): Promise<Context> {
  const em = rootEm.fork();
  return {
    em,
    loaders: createLoaders(em),
    locale: localeFrom(req.headers['accept-language']),
    caller: await resolveCaller(em, requestToken(req)),
    scopes: new Map(),
    redactions: [],
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    res,
    config,
  };
}
