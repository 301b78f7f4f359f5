import type { Role } from '@chung-tay/schema';

/** Whoever holds grants: the logged-in user (auth/me.ts), as far as the rules need to know. */
export interface Grantee {
  grants: readonly { role: Role; unit: { id: string; level?: string } }[];
}

/**
 * Who may do an action: holders of `roles`; for the `scoped` ones only where their grant covers
 * the record's unit. A mirror of the server's @Authorized rules and object-level checks, so the
 * panel offers only what the server will accept; the server still decides.
 */
export interface AccessRule {
  roles: readonly Role[];
  scoped?: readonly Role[];
}

const ANYONE: Role[] = ['SYSTEM_ADMIN', 'FRONT_STAFF', 'EMULATION_OFFICER', 'AUDITOR', 'DEVELOPER'];
const ADMINS: Role[] = ['SYSTEM_ADMIN'];
/** server/src/modules/users/access.ts: WRITERS, READERS, PERSONAL_DATA_READERS. */
const WRITERS: Role[] = ['FRONT_STAFF', 'SYSTEM_ADMIN'];
const READERS: Role[] = ['FRONT_STAFF', 'AUDITOR', 'SYSTEM_ADMIN'];
/** Money is posted by Front staff only: server/src/modules/funds (administrators may not). */
const POSTERS: Role[] = ['FRONT_STAFF'];
const PERSONAL_DATA_READERS: Role[] = ['FRONT_STAFF', 'AUDITOR'];
/** server/src/modules/imports/statement-import.resolver.ts. */
const IMPORT_READERS: Role[] = ['FRONT_STAFF', 'AUDITOR'];

/** server/src/modules/users/access.ts: EMULATION_BOARD, NOMINATION_READERS. */
const EMULATION_BOARD: Role[] = ['EMULATION_OFFICER'];
const NOMINATION_READERS: Role[] = ['EMULATION_OFFICER', 'AUDITOR', 'SYSTEM_ADMIN'];
/** Each step of a nomination: the emulation board over the unit that step belongs to (see nominationSteps.ts). */
const BOARD_STEP: AccessRule = { roles: EMULATION_BOARD, scoped: EMULATION_BOARD };

// Administrators read the whole audit trail; auditors only that of their subtree.
const HISTORY: AccessRule = { roles: ['AUDITOR', 'SYSTEM_ADMIN'], scoped: ['AUDITOR'] };

function records(read: Role[], write: Role[]): Record<string, AccessRule> {
  return {
    list: { roles: read },
    show: { roles: read },
    read: { roles: read },
    create: { roles: write },
    edit: { roles: write, scoped: write },
    history: HISTORY,
  };
}

/** server/src/modules/campaign-facts: CAMPAIGN_FACT_WRITERS, over the unit a fact is about. */
const FACT_KEEPERS: Role[] = ['FRONT_STAFF'];
const FACT_KEEPING: AccessRule = { roles: FACT_KEEPERS, scoped: FACT_KEEPERS };

/**
 * Actions per resource; anything not listed is refused. Nothing is deleted but a campaign's
 * report facts (plans, activities, exemplars, reported figures), which anyone reads.
 */
export const accessRules: Record<string, Record<string, AccessRule>> = {
  // server/src/modules/reports: the report is public; its written sections are the unit's Front staff's.
  campaignReports: { edit: { roles: POSTERS, scoped: POSTERS } },
  campaigns: records(ANYONE, WRITERS),
  organizations: records(ANYONE, WRITERS),
  administrativeUnits: records(ANYONE, ADMINS),
  donors: { ...records(READERS, WRITERS), contact: { roles: PERSONAL_DATA_READERS, scoped: PERSONAL_DATA_READERS } },
  users: { list: { roles: ADMINS }, show: { roles: ADMINS }, create: { roles: ADMINS }, edit: { roles: ADMINS } },
  auditEvents: { list: { roles: HISTORY.roles } },
  // server/src/modules/funds and donations: READERS in scope read money; only the fund's own
  // Front staff post it (administrators do not). Totals are public aggregates.
  funds: {
    list: { roles: READERS },
    show: { roles: READERS },
    read: { roles: READERS },
    // The fund's own Front staff move its money: a grant on its unit (or above) is needed.
    allocate: { roles: POSTERS, scoped: POSTERS },
    disburse: { roles: POSTERS, scoped: POSTERS },
    // server/src/modules/imports: the fund's own Front staff import its bank statements.
    import: { roles: POSTERS, scoped: POSTERS },
  },
  // Imports are read by Front staff and auditors in scope (not administrators: money data).
  statementImports: {
    list: { roles: IMPORT_READERS },
    show: { roles: IMPORT_READERS },
    read: { roles: IMPORT_READERS },
  },
  bankStatementFormats: { edit: { roles: WRITERS } },
  // server/src/modules/poverty: statistics are public aggregates; the unit's Front staff record
  // and change them, and import them (each line within their grants).
  povertyStatistics: {
    list: { roles: ANYONE },
    show: { roles: ANYONE },
    read: { roles: ANYONE },
    create: { roles: POSTERS },
    edit: { roles: POSTERS, scoped: POSTERS },
  },
  // An import is its author's: Front staff only.
  povertyImports: {
    list: { roles: POSTERS },
    show: { roles: POSTERS },
    read: { roles: POSTERS },
    create: { roles: POSTERS },
  },
  supports: {
    list: { roles: READERS },
    show: { roles: READERS },
    read: { roles: READERS },
    create: { roles: POSTERS },
  },
  pledges: {
    list: { roles: READERS },
    create: { roles: POSTERS },
    fulfill: { roles: POSTERS },
  },
  // server/src/modules/households: personal data, for Front staff and auditors of the unit only.
  households: {
    list: { roles: PERSONAL_DATA_READERS },
    show: { roles: PERSONAL_DATA_READERS },
    read: { roles: PERSONAL_DATA_READERS },
    create: { roles: POSTERS },
    edit: { roles: POSTERS, scoped: POSTERS },
    status: { roles: POSTERS, scoped: POSTERS },
    history: HISTORY,
  },
  ledgerEntries: { list: { roles: READERS }, reverse: { roles: POSTERS } },
  // server/src/modules/commendations: boards prepare and move nominations; auditors and
  // administrators read them. The status, the submitter and the deciding level are checked
  // with the record (auth/nominationSteps.ts).
  nominations: {
    list: { roles: NOMINATION_READERS },
    show: { roles: NOMINATION_READERS },
    read: { roles: NOMINATION_READERS },
    create: { roles: EMULATION_BOARD },
    // A draft or a returned nomination, by the board of its proposing unit (authProvider checks the status).
    edit: BOARD_STEP,
    queue: { roles: EMULATION_BOARD },
    submit: BOARD_STEP,
    review: BOARD_STEP,
    forward: BOARD_STEP,
    decide: BOARD_STEP,
    return: BOARD_STEP,
    reject: BOARD_STEP,
    confer: BOARD_STEP,
    publish: BOARD_STEP,
    history: HISTORY,
  },
  // The registry is read by anyone logged in (the public graph shows published ones).
  commendations: {
    list: { roles: ANYONE },
    show: { roles: ANYONE },
    certificate: { roles: NOMINATION_READERS },
  },
  campaignFacts: { create: FACT_KEEPING, edit: FACT_KEEPING, delete: FACT_KEEPING },
  donations: {
    list: { roles: READERS },
    show: { roles: READERS },
    read: { roles: READERS },
    create: { roles: POSTERS },
    receipt: { roles: READERS },
  },
};

export function ruleFor(resource: string, action: string): AccessRule | undefined {
  return accessRules[resource]?.[action];
}

/** The unit a record belongs to, which decides scoped rules; undefined when it has none. */
export function recordUnitId(resource: string, record: Record<string, any>): string | undefined {
  const id =
    resource === 'administrativeUnits'
      ? record.id
      : resource === 'campaigns'
        ? (record.scopeUnit?.id ?? record.scopeUnitId)
        : resource === 'nominations' || resource === 'commendations'
          ? record.proposingUnit?.id
          : (record.unit?.id ?? record.unitId);
  return id == null ? undefined : String(id);
}

/**
 * Whether `me` may act under `rule`. `cover` is the set of units whose grants cover the record's
 * unit (see unitCover.ts); without it, scoped roles count as if they covered it.
 */
export function allows(me: Grantee, rule: AccessRule, cover?: ReadonlySet<string>): boolean {
  return me.grants.some(
    (g) => rule.roles.includes(g.role) && (!cover || !rule.scoped?.includes(g.role) || cover.has(g.unit.id)),
  );
}

/** True when `allows` could answer differently with a cover: only scoped grants would allow. */
export function dependsOnCover(me: Grantee, rule: AccessRule): boolean {
  const relevant = me.grants.filter((g) => rule.roles.includes(g.role));
  return relevant.length > 0 && relevant.every((g) => rule.scoped?.includes(g.role));
}
