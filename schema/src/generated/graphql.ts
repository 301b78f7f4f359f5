export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time or time zone, written YYYY-MM-DD, e.g. "2025-07-01". */
  Date: { input: string; output: string; }
  /** An instant. Stored in UTC; shown in Asia/Ho_Chi_Minh, e.g. "2025-07-01T08:00:00+07:00". Input must carry a zone ("Z" or an offset). */
  DateTime: { input: string; output: string; }
  /** An exact decimal with at most two places, as a string, e.g. "3.50" (percentage points). Input: such a string or a JSON number. */
  Decimal: { input: string | number; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: unknown; output: unknown; }
  /** Whole Vietnamese đồng (VND), exact. Output: a string of digits, e.g. "19000000000". Input: such a string, or an integer up to 9007199254740991. Fractions, formatted text ("19.000.000.000") and values beyond the 64-bit range are rejected with BAD_USER_INPUT. */
  Money: { input: string | number; output: string; }
  /** A quantity of goods in their own unit, exact to three decimals, as a string: "1000", "2.5". */
  Quantity: { input: unknown; output: unknown; }
};

/** What a campaign did to lead and propagate it, as summary reports count it. */
export type ActivityKind =
  /** Banners (băng rôn). */
  | 'BANNER'
  /** Radio and television programmes (phóng sự, phát thanh, truyền hình). */
  | 'BROADCAST'
  /** Conferences (hội nghị); participants: delegates. */
  | 'CONFERENCE'
  /** Discs (đĩa) with propaganda material. */
  | 'DISC'
  /** Handbooks, booklets (sổ tay). */
  | 'HANDBOOK'
  /** Leaflets (tờ rơi). */
  | 'LEAFLET'
  /** News items and articles (tin, bài). */
  | 'NEWS_ARTICLE'
  /** Anything else; the note says what. */
  | 'OTHER'
  /** Panels, billboards (pa-nô). */
  | 'PANEL'
  /** Policy dialogues (đối thoại chính sách); participants: attendances. */
  | 'POLICY_DIALOGUE'
  /** Propaganda sessions (buổi tuyên truyền); participants: listeners. */
  | 'PROPAGANDA_SESSION'
  /** Training courses (lớp tập huấn, đào tạo nghề); participants: trainees. */
  | 'TRAINING_COURSE';

/** An administrative unit (đơn vị hành chính): the nation, a province, a district (until 2025-06-30), a commune or a village. Units are never deleted: a merged or renamed unit ends (validTo) and links to its successors. */
export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  /** The chain up to the nation, nearest first (for breadcrumbs). */
  ancestors: Array<AdministrativeUnit>;
  /** The units one tier down, historical ones included, by code. */
  children: Array<AdministrativeUnit>;
  /** Official permanent code: province 2 digits, district 3, commune 5; "VN" for the nation. */
  code: Scalars['String']['output'];
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Changes to this record, newest first (auditors and administrators; at most 100). */
  history: Array<AuditEvent>;
  /** Stable id of this record. */
  id: Scalars['ID']['output'];
  /** True when the unit no longer exists (its validTo has passed). */
  isHistorical: Scalars['Boolean']['output'];
  /** Tier in the hierarchy. */
  level: UnitLevel;
  /** Official name with its type word, e.g. "Tỉnh Ninh Thuận". */
  name: Scalars['String']['output'];
  /** The unit one tier up. */
  parent?: Maybe<AdministrativeUnit>;
  /** Units this one carries on (merged into or renamed as it). */
  predecessors: Array<UnitSuccession>;
  /** Units that carry this one on. */
  successors: Array<UnitSuccession>;
  /** What this unit is today: itself while in force, otherwise the units in force that carry it, following every merger (Ninh Thuận → Khánh Hòa). */
  today: Array<AdministrativeUnit>;
  /** When this record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** First day in force; null when it predates our records. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day in force; null while the unit exists. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** Which administrative units to list. All conditions must hold. */
export type AdministrativeUnitFilter = {
  /** false: only units in force today. Default: historical units are included. */
  includeHistorical?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only units of this tier. */
  level?: InputMaybe<UnitLevel>;
  /** Only the direct children of this unit. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the name or code, ignoring case and diacritics ("ninh thuan" finds "Ninh Thuận"). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only units in force on this day. */
  validOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only units under this one, at any depth, including historical units merged into it or its descendants (e.g. under Khánh Hòa: former Ninh Thuận and its districts). The unit itself is included. */
  withinUnitId?: InputMaybe<Scalars['ID']['input']>;
};

/** How to sort administrative units. */
export type AdministrativeUnitOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: AdministrativeUnitOrderField;
};

/** What administrative units can be sorted by. */
export type AdministrativeUnitOrderField =
  /** By code. */
  | 'CODE'
  /** By createdAt. */
  | 'CREATED_AT'
  /** By level. */
  | 'LEVEL'
  /** By name. */
  | 'NAME'
  /** By validFrom. */
  | 'VALID_FROM';

/** A page of AdministrativeUnit records with the total count. */
export type AdministrativeUnitPage = {
  __typename?: 'AdministrativeUnitPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<AdministrativeUnit>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Money sent from a fund to a lower level’s fund, both sides at once. */
export type AllocateFundsInput = {
  /** Whole VND, more than zero. */
  amount: Scalars['Money']['input'];
  /** The campaign it serves. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** What for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The decision behind it, e.g. "45/QĐ-MTTQ". */
  documentRef?: InputMaybe<Scalars['String']['input']>;
  /** The day it moved; not in the future. */
  entryDate: Scalars['Date']['input'];
  /** The fund the money leaves. */
  fromFundId: Scalars['ID']['input'];
  /** A key you choose per allocation; a retry with the same key does nothing twice. */
  idempotencyKey: Scalars['String']['input'];
  /** The lower fund it goes to (its unit lies under the source fund’s). */
  toFundId: Scalars['ID']['input'];
};

/** The result of allocateFunds. */
export type AllocateFundsPayload = {
  __typename?: 'AllocateFundsPayload';
  /** The ALLOCATION_OUT entry; its counterpart is the ALLOCATION_IN. */
  entry: LedgerEntry;
};

/** Cash allocated to a lower fund, net of reversals. */
export type AllocationToFund = {
  __typename?: 'AllocationToFund';
  /** Whole VND. */
  amount: Scalars['Money']['output'];
  /** The receiving fund. */
  fundId: Scalars['ID']['output'];
  /** Its name. */
  fundName: Scalars['String']['output'];
};

/** A developer API token: read-only access to public and aggregate data. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Last time it was used (to the minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it is for, as its owner named it. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The unit whose data it may read. */
  scopeUnit: AdministrativeUnit;
};

/** Metadata of a supporting document. */
export type AttachmentInput = {
  /** Its media type. */
  mediaType?: InputMaybe<Scalars['String']['input']>;
  /** Its title. */
  name: Scalars['String']['input'];
  /** Where it is kept: a document number, URL or file reference. */
  reference: Scalars['String']['input'];
  /** Its size in bytes. */
  sizeBytes?: InputMaybe<Scalars['Int']['input']>;
};

/** One change to one record: who, when, through which mutation, and the values before and after. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** create, update or delete. */
  action: Scalars['String']['output'];
  /** The actor's email at the time. */
  actorLabel: Scalars['String']['output'];
  /** The API token used, if any. */
  actorTokenId?: Maybe<Scalars['ID']['output']>;
  /** The user who made it; null for system work. */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** The changed fields after (null for a deletion). */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The changed fields before (null for a creation). Personal data shows as "[redacted]". */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** Stable id; increases with time. */
  id: Scalars['ID']['output'];
  /** When the change was committed. */
  occurredAt: Scalars['DateTime']['output'];
  /** The mutation, e.g. "updateCampaign". */
  operation: Scalars['String']['output'];
  /** The record’s id. */
  recordId: Scalars['ID']['output'];
  /** The kind of record, e.g. "Campaign". */
  recordType: Scalars['String']['output'];
};

/** Which audit events to list. All conditions must hold. */
export type AuditEventFilter = {
  /** Only changes by this user. */
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this mutation, e.g. "updateCampaign". */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Only this record (with recordType). */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind of record, e.g. "Campaign". */
  recordType?: InputMaybe<Scalars['String']['input']>;
  /** Only changes before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of AuditEvent records with the total count. */
export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<AuditEvent>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A bank’s statement layout, set once and remembered: which column holds what, by header. */
export type BankStatementFormat = {
  __typename?: 'BankStatementFormat';
  /** The bank’s short code, e.g. "VCB". */
  code: Scalars['String']['output'];
  /** Header of the money-in column. */
  creditColumn: Scalars['String']['output'];
  /** Header of the transaction date column. */
  dateColumn: Scalars['String']['output'];
  /** How the bank writes dates. */
  dateFormat: StatementDateFormat;
  /** Header of the money-out column, when separate. */
  debitColumn?: Maybe<Scalars['String']['output']>;
  /** Header of the transfer description column. */
  descriptionColumn: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The bank’s name. */
  name: Scalars['String']['output'];
  /** Header of the payer’s name column, if any. */
  payerColumn?: Maybe<Scalars['String']['output']>;
  /** Header of the bank reference column. */
  referenceColumn: Scalars['String']['output'];
  /** Bumped on every change; send it back when updating. */
  version: Scalars['Int']['output'];
};

/** A drive of the movement: an emulation movement, a fund-raising drive, a peak month, Tết care, disaster relief or a support project. Campaigns nest: national → provincial → district. */
export type Campaign = {
  __typename?: 'Campaign';
  /** The campaigns that are part of it, by start date. */
  children: Array<Campaign>;
  /** Short unique code, e.g. "NT-2016-2020". */
  code: Scalars['String']['output'];
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is about. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last day; null while open-ended. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** Changes to this record, newest first (auditors and administrators; at most 100). */
  history: Array<AuditEvent>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What kind of drive it is. */
  kind: CampaignKind;
  /** The document that launched it. */
  launchingDocument?: Maybe<LaunchingDocument>;
  /** Money to raise, whole VND. */
  moneyTarget?: Maybe<Scalars['Money']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** The organization that runs it. */
  organizer: Organization;
  /** The campaign it is part of. */
  parent?: Maybe<Campaign>;
  /** Planned reduction of the poverty rate, in percentage points per year (e.g. "3.50"). */
  povertyReductionTarget?: Maybe<Scalars['Decimal']['output']>;
  /** Money and goods raised against the target (public aggregate). */
  raised: CampaignRaised;
  /** The unit it covers. */
  scopeUnit: AdministrativeUnit;
  /** First day. */
  startsOn: Scalars['Date']['output'];
  /** Planned, active or closed. */
  status: CampaignStatus;
  /** When this record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped on every change; send it back in updates to refuse stale edits. */
  version: Scalars['Int']['output'];
};

/** A count of one kind of activity of a campaign in a unit, over a year or a span of years (15 panels; 21 policy dialogues for 40,000 attendances). */
export type CampaignActivity = {
  __typename?: 'CampaignActivity';
  /** The campaign. */
  campaign: Campaign;
  /** How many. */
  count: Scalars['Int']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The year, or the first year of the span the count covers. */
  fromYear: Scalars['Int']['output'];
  /** The day, for a single event. */
  heldOn?: Maybe<Scalars['Date']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What kind. */
  kind: ActivityKind;
  /** The kind as a Vietnamese report words it, e.g. "Pa-nô tuyên truyền". */
  label: Scalars['String']['output'];
  /** What exactly, as the report words it. */
  note?: Maybe<Scalars['String']['output']>;
  /** People reached (attendances, trainees), where stated. */
  participants?: Maybe<Scalars['Int']['output']>;
  /** The last year of the span (fromYear for one year). */
  toYear: Scalars['Int']['output'];
  /** The unit it took place in. */
  unit: AdministrativeUnit;
};

/** Which activities to list. */
export type CampaignActivityFilter = {
  /** Only of this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this kind. */
  kind?: InputMaybe<ActivityKind>;
  /** Only in this unit or under it (mergers included). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those whose years include this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of CampaignActivity records with the total count. */
export type CampaignActivityPage = {
  __typename?: 'CampaignActivityPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<CampaignActivity>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One kind of activity, summed. */
export type CampaignActivityTotal = {
  __typename?: 'CampaignActivityTotal';
  /** The counts, summed. */
  count: Scalars['Int']['output'];
  /** The unit of the count, in Vietnamese ("pa-nô", "lớp", "cuộc"). */
  countUnit: Scalars['String']['output'];
  /** The kind. */
  kind: ActivityKind;
  /** The kind as a Vietnamese report words it. */
  label: Scalars['String']['output'];
  /** People reached, summed over the records that state it. */
  participants?: Maybe<Scalars['Int']['output']>;
  /** What participants are, in Vietnamese ("học viên"). */
  participantsUnit?: Maybe<Scalars['String']['output']>;
  /** How many records were summed. */
  records: Scalars['Int']['output'];
};

/** Which campaigns to list. All conditions must hold. */
export type CampaignFilter = {
  /** Only this kind. */
  kind?: InputMaybe<CampaignKind>;
  /** Only campaigns organized by this organization. */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the direct children of this campaign. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only campaigns running at some point in this period. */
  period?: InputMaybe<DateRangeInput>;
  /** Words in the name, code or document number, ignoring case and diacritics ("ninh thuan"). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only this status. */
  status?: InputMaybe<CampaignStatus>;
  /** true: only top-level campaigns (no parent). */
  topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only campaigns scoped to this unit or a unit under it (historical units merged into it included). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of drive a campaign is. */
export type CampaignKind =
  /** Relief after a storm, flood or other disaster. */
  | 'DISASTER_RELIEF'
  /** An emulation movement (phong trào thi đua). */
  | 'EMULATION_MOVEMENT'
  /** A fund-raising drive such as "Ngày vì người nghèo" (cuộc vận động). */
  | 'FUNDRAISING_DRIVE'
  /** The peak month for the poor, 17/10–18/11 (tháng cao điểm). */
  | 'PEAK_MONTH'
  /** A support project or scheme (đề án, dự án). */
  | 'PROJECT'
  /** Tết care for poor households. */
  | 'TET_CARE';

/** How to sort campaigns. */
export type CampaignOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: CampaignOrderField;
};

/** What campaigns can be sorted by. */
export type CampaignOrderField =
  /** By code. */
  | 'CODE'
  /** By createdAt. */
  | 'CREATED_AT'
  /** By moneyTarget. */
  | 'MONEY_TARGET'
  /** By name. */
  | 'NAME'
  /** By startsOn. */
  | 'STARTS_ON';

/** A page of Campaign records with the total count. */
export type CampaignPage = {
  __typename?: 'CampaignPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Campaign>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A plan (kế hoạch, chỉ tiêu) of a campaign for a unit: reduce a poverty rate by so many points a year (a figure or a range such as 3–4), or raise so much money. */
export type CampaignPlan = {
  __typename?: 'CampaignPlan';
  /** The campaign. */
  campaign: Campaign;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** First year. */
  fromYear: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What it promises. */
  kind: PlanKind;
  /** Rate plans: the upper bound of a range. */
  maxPointsPerYear?: Maybe<Scalars['Decimal']['output']>;
  /** Rate plans: points a year, the one figure or the lower bound of a range. */
  minPointsPerYear?: Maybe<Scalars['Decimal']['output']>;
  /** Money plans: whole VND to raise. */
  moneyAmount?: Maybe<Scalars['Money']['output']>;
  /** A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** What came of it, computed from the facts. */
  result: PlanResult;
  /** Where the plan is written. */
  source?: Maybe<Scalars['String']['output']>;
  /** Last year. */
  toYear: Scalars['Int']['output'];
  /** The unit the plan is for. */
  unit: AdministrativeUnit;
};

/** What a campaign raised, over every fund that received for it, net of reversals. */
export type CampaignRaised = {
  __typename?: 'CampaignRaised';
  /** Cash received, whole VND. */
  cash: Scalars['Money']['output'];
  /** Goods received, at appraised value (never counted as cash). */
  inKindValue: Scalars['Money']['output'];
  /** Cash against target, in percent with two decimals ("150.00" = exceeded by half). */
  percentOfTarget?: Maybe<Scalars['Decimal']['output']>;
  /** Open pledges: promised, not paid yet (never counted as raised). */
  pledged: Scalars['Money']['output'];
  /** The money target, when set. */
  target?: Maybe<Scalars['Money']['output']>;
};

/** The campaign summary report (báo cáo tổng kết) for a unit and a period, computed from the facts logged: the situation, money mobilized, support given, the poverty series against the plan, commendations, and the sections staff write. Each figure comes from the same aggregates as its own query (fundSummary, povertyReduction, commendationTotals). Public: aggregates and the report’s text, nothing personal. */
export type CampaignReport = {
  __typename?: 'CampaignReport';
  /** I. Leadership and propaganda: the activities summed per kind, those within the period. */
  activities: Array<CampaignActivityTotal>;
  /** The campaign; the campaigns under it are included. */
  campaign: Campaign;
  /** III. Commendations given, by form and recipient kind. */
  commendations: CommendationTotals;
  /** The figures the report states that do not add up (a total against its parts, a claim against the facts), each with its difference; empty when all add up. */
  consistencyFindings: Array<ConsistencyFinding>;
  /** II. Exemplary people, collectives, households and livelihood models. */
  exemplaryModels: Array<Exemplar>;
  /** First year of the period. */
  fromYear: Scalars['Int']['output'];
  /** II. Money and goods mobilized, by source and channel. */
  funds: ReportFunds;
  /** The free-text sections staff write. */
  narrative: CampaignReportNarrative;
  /** II. The poverty series and its reduction against the plan. */
  poverty: ReportPoverty;
  /** I. The situation at the start. */
  situation: ReportSituation;
  /** II. Support given, by purpose, with the households reached. */
  support: ReportSupport;
  /** Last year of the period. */
  toYear: Scalars['Int']['output'];
  /** The unit reported on (with the units under and merged into it). */
  unit: AdministrativeUnit;
};

/** The free-text sections staff write into a campaign report (per campaign, unit and period); every section null until written. */
export type CampaignReportNarrative = {
  __typename?: 'CampaignReportNarrative';
  /** Difficulties and shortcomings (khó khăn, hạn chế). */
  difficulties?: Maybe<Scalars['String']['output']>;
  /** Lessons learned (bài học kinh nghiệm). */
  lessons?: Maybe<Scalars['String']['output']>;
  /** Proposals (kiến nghị, đề xuất). */
  proposals?: Maybe<Scalars['String']['output']>;
  /** A note on the situation (đặc điểm tình hình). */
  situationNote?: Maybe<Scalars['String']['output']>;
  /** When it was last saved. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The version to send back when saving; null while nothing has been saved. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** Where a campaign is in its life: planned → active → closed with a summary report. */
export type CampaignStatus =
  /** Running. */
  | 'ACTIVE'
  /** Ended; its summary report (tổng kết) is due or done. */
  | 'CLOSED'
  /** Announced, not started. */
  | 'PLANNED';

/** Withdraws an open pledge. */
export type CancelPledgeInput = {
  /** The open pledge. */
  pledgeId: Scalars['ID']['input'];
  /** Why. */
  reason: Scalars['String']['input'];
};

/** The result of cancelPledge. */
export type CancelPledgePayload = {
  __typename?: 'CancelPledgePayload';
  /** The cancelled pledge. */
  pledge: Pledge;
};

/** The result of cancelPovertyImport. */
export type CancelPovertyImportPayload = {
  __typename?: 'CancelPovertyImportPayload';
  /** The import. */
  povertyImport: PovertyImport;
};

/** The result of cancelStatementImport. */
export type CancelStatementImportPayload = {
  __typename?: 'CancelStatementImportPayload';
  /** The import. */
  statementImport: StatementImport;
};

/** An entry of the registry: a nomination that was decided. The public sees published ones only, with names of recipients but never addresses; emulation boards, auditors and administrators also see decided and conferred ones of their units. */
export type Commendation = {
  __typename?: 'Commendation';
  /** The achievement it rewards. */
  achievement: Scalars['String']['output'];
  /** The campaign of the achievement. */
  campaign?: Maybe<Campaign>;
  /** The day it was handed over. */
  conferredOn?: Maybe<Scalars['Date']['output']>;
  /** The decision that awarded it. */
  decision: CommendationDecision;
  /** The form awarded. */
  form: CommendationForm;
  /** Stable id (the nomination’s). */
  id: Scalars['ID']['output'];
  /** The unit that proposed it. */
  proposingUnit: AdministrativeUnit;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who received it. */
  recipient: CommendationRecipient;
  /** DECIDED, CONFERRED or PUBLISHED. */
  status: NominationStatus;
  /** The year of the decision. */
  year: Scalars['Int']['output'];
};

/** A decision of a conferring authority (quyết định khen thưởng); it may cover many commendations. */
export type CommendationDecision = {
  __typename?: 'CommendationDecision';
  /** The authority that decided. */
  authority: ConferringAuthority;
  /** The commendations it awarded that you may see (all of them once published; at most 100). */
  commendations: Array<Commendation>;
  /** The day it was signed. */
  decidedOn: Scalars['Date']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Its number as written, e.g. "1234/QĐ-UBND". */
  number: Scalars['String']['output'];
  /** Who signed it. */
  signerName: Scalars['String']['output'];
  /** The signer’s title. */
  signerTitle?: Maybe<Scalars['String']['output']>;
  /** The unit of the authority that decided. */
  unit: AdministrativeUnit;
};

/** Which commendations of the registry to list or count. All conditions must hold. */
export type CommendationFilter = {
  /** Only forms conferred by this authority. */
  authority?: InputMaybe<ConferringAuthority>;
  /** Only for achievements in this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only decided within this period. */
  decidedWithin?: InputMaybe<DateRangeInput>;
  /** Only awarded by this decision. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this form, by code, e.g. "BK-TTG". */
  formCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this form. */
  formId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the recipient’s name, ignoring case and diacritics ("nguyen van a"). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only this recipient: their history. */
  recipientId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind of recipient. */
  recipientKind?: InputMaybe<RecipientKind>;
  /** Only these statuses (DECIDED, CONFERRED, PUBLISHED); the public sees PUBLISHED only anyway. */
  status?: InputMaybe<Array<NominationStatus>>;
  /** Only recipients in this unit or under it, historical units merged into it included (today’s Khánh Hòa covers former Ninh Thuận). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Only decided in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A form or title of the commendation catalogue (Law on Emulation and Commendation 2022): reference data, public, edited by system administrators. */
export type CommendationForm = {
  __typename?: 'CommendationForm';
  /** Takes new nominations; inactive forms stay for the registry. */
  active: Scalars['Boolean']['output'];
  /** Who confers it; fixes the level that decides. */
  authority: ConferringAuthority;
  /** Cash reward for an individual or household, in multiples of the base salary; null when none. */
  cashRewardMultiple?: Maybe<Scalars['Decimal']['output']>;
  /** Stable code, e.g. "BK-TTG". */
  code: Scalars['String']['output'];
  /** Cash reward for a collective or business, in multiples of the base salary; null when none. */
  collectiveCashRewardMultiple?: Maybe<Scalars['Decimal']['output']>;
  /** The administrative level whose emulation board decides it. */
  decidingLevel: UnitLevel;
  /** The class of an order or medal, e.g. "Hạng Nhất". */
  grade?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Its family: order, medal, Bằng khen, title… */
  kind: CommendationKind;
  /** The legal basis. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** Vietnamese name, e.g. "Bằng khen của Thủ tướng Chính phủ". */
  name: Scalars['String']['output'];
  /** Position in the catalogue, highest distinction first. */
  rank: Scalars['Int']['output'];
  /** Who it may go to. */
  recipientKinds: Array<RecipientKind>;
};

/** Which catalogue forms to list. */
export type CommendationFormFilter = {
  /** true: only forms taking new nominations. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only forms this authority confers. */
  authority?: InputMaybe<ConferringAuthority>;
  /** Only this family. */
  kind?: InputMaybe<CommendationKind>;
  /** Words in the name or code, ignoring diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only forms that may go to this kind of recipient. */
  recipientKind?: InputMaybe<RecipientKind>;
};

/** A page of CommendationForm records with the total count. */
export type CommendationFormPage = {
  __typename?: 'CommendationFormPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<CommendationForm>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The family a commendation form or title belongs to. */
export type CommendationKind =
  /** Giấy khen (of a district, commune or agency head). */
  | 'CERTIFICATE_OF_COMMENDATION'
  /** Bằng khen: of the Prime Minister, or of a ministry, province or the Front’s Central Committee. */
  | 'CERTIFICATE_OF_MERIT'
  /** Kỷ niệm chương (a commemorative medal of a sector or body). */
  | 'COMMEMORATIVE_MEDAL'
  /** Cờ thi đua (of the Government, or of a ministry or province). */
  | 'EMULATION_FLAG'
  /** An emulation title: Chiến sĩ thi đua, Lao động tiên tiến, Tập thể lao động xuất sắc, Gia đình văn hóa. */
  | 'EMULATION_TITLE'
  /** Huy chương (a medal). */
  | 'MEDAL'
  /** Huân chương (an order), often in classes: hạng Nhất, Nhì, Ba. */
  | 'ORDER';

/** How to sort the registry (newest decision first unless told). */
export type CommendationOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: CommendationOrderField;
};

/** What the registry can be sorted by. */
export type CommendationOrderField =
  /** By the date of the decision. */
  | 'DECIDED_ON'
  /** By the recipient’s name. */
  | 'RECIPIENT_NAME';

/** A page of Commendation records with the total count. */
export type CommendationPage = {
  __typename?: 'CommendationPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Commendation>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A collective, person, household or business nominated for or holding commendations; their history follows them. Names are public once a commendation is published; addresses never are. */
export type CommendationRecipient = {
  __typename?: 'CommendationRecipient';
  /** Address: personal data, only for the emulation boards, auditors and administrators of the recipient’s unit; never public (null, with the reason in the response extensions). */
  address?: Maybe<Scalars['String']['output']>;
  /** The recipient’s commendations that you may see, newest first (at most 100). */
  commendations: Array<Commendation>;
  /** Under discipline up to this day (same audience as the address). */
  disciplineUntil?: Maybe<Scalars['Date']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Collective, individual, household or business. */
  kind: RecipientKind;
  /** The name as the certificate prints it. */
  name: Scalars['String']['output'];
  /** The organization of a collective. */
  organization?: Maybe<Organization>;
  /** An individual’s position and workplace. */
  title?: Maybe<Scalars['String']['output']>;
  /** The unit the recipient belongs to. */
  unit: AdministrativeUnit;
  /** Bumped on every change; send it back in updates to refuse stale edits. */
  version: Scalars['Int']['output'];
};

/** Which recipients to list (within your scope). */
export type CommendationRecipientFilter = {
  /** Only this kind. */
  kind?: InputMaybe<RecipientKind>;
  /** Words in the name or title, ignoring diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only in this unit or under it (mergers included). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of CommendationRecipient records with the total count. */
export type CommendationRecipientPage = {
  __typename?: 'CommendationRecipientPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<CommendationRecipient>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One version of an eligibility criterion: a condition over the recipient’s history with its parameters, for a form and recipient kinds, in force over a period. Nominations are judged by the rules in force on their proposal date. */
export type CommendationRule = {
  __typename?: 'CommendationRule';
  /** Stable code, e.g. "BK-TTG-CN-PRIOR-2024". */
  code: Scalars['String']['output'];
  /** What it checks. */
  condition: RuleCondition;
  /** What it requires, in Vietnamese. */
  description: Scalars['String']['output'];
  /** First day in force. */
  effectiveFrom: Scalars['Date']['output'];
  /** Last day in force; null while in force. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** The form it governs; null: every form. */
  form?: Maybe<CommendationForm>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The legal basis. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** PRIOR_COMMENDATION: the form codes that count. */
  priorFormCodes: Array<Scalars['String']['output']>;
  /** The recipient kinds it applies to; empty: all. */
  recipientKinds: Array<RecipientKind>;
  /** PRIOR_COMMENDATION: within this many years. */
  withinYears?: Maybe<Scalars['Int']['output']>;
  /** CONSECUTIVE_GOOD_YEARS: how many years. */
  years?: Maybe<Scalars['Int']['output']>;
};

/** Which eligibility rules to list. */
export type CommendationRuleFilter = {
  /** Only this condition. */
  condition?: InputMaybe<RuleCondition>;
  /** Only rules of this form (rules for every form included). */
  formId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rules in force on this day. */
  inForceOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of CommendationRule records with the total count. */
export type CommendationRulePage = {
  __typename?: 'CommendationRulePage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<CommendationRule>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How many commendations of one form went to one kind of recipient. */
export type CommendationTotal = {
  __typename?: 'CommendationTotal';
  /** Who confers it (its level). */
  authority: ConferringAuthority;
  /** How many. */
  count: Scalars['Int']['output'];
  /** The form. */
  form: CommendationForm;
  /** The kind of recipient. */
  recipientKind: RecipientKind;
};

/** Counts of the registry by form, level and recipient kind, e.g. "03 Bằng khen of the Prime Minister, 40 of the provincial chairman", for the commendations the caller may see. */
export type CommendationTotals = {
  __typename?: 'CommendationTotals';
  /** By form and recipient kind, highest distinction first. */
  byForm: Array<CommendationTotal>;
  /** All matching commendations. */
  totalCount: Scalars['Int']['output'];
};

/** The result of commitPovertyImport. */
export type CommitPovertyImportPayload = {
  __typename?: 'CommitPovertyImportPayload';
  /** The import. */
  povertyImport: PovertyImport;
};

/** The result of commitStatementImport. */
export type CommitStatementImportPayload = {
  __typename?: 'CommitStatementImportPayload';
  /** The import. */
  statementImport: StatementImport;
};

/** Handing a decided commendation over to its recipient. */
export type ConferCommendationInput = {
  /** The day it was handed over. */
  conferredOn: Scalars['Date']['input'];
  /** The nomination (decided). */
  id: Scalars['ID']['input'];
};

/** The result of conferCommendation. */
export type ConferCommendationPayload = {
  __typename?: 'ConferCommendationPayload';
  /** The nomination, now conferred. */
  nomination: Nomination;
};

/** Who confers a commendation form; it fixes the level that decides a nomination for it. */
export type ConferringAuthority =
  /** The chairman of a commune's People's Committee. Commune level. */
  | 'COMMUNE'
  /** The chairman of a district's People's Committee (until 2025-06-30). District level. */
  | 'DISTRICT'
  /** The Central Committee of the Vietnam Fatherland Front (Ủy ban Trung ương MTTQ). National level. */
  | 'FRONT_CENTRAL_COMMITTEE'
  /** A minister or head of a central body (Bộ, ban, ngành). National level. */
  | 'MINISTRY'
  /** The Prime Minister / the Government (Thủ tướng Chính phủ). National level. */
  | 'PRIME_MINISTER'
  /** The chairman of a province's People's Committee. Provincial level. */
  | 'PROVINCE'
  /** The State President (Chủ tịch nước): orders and medals. National level. */
  | 'STATE_PRESIDENT';

/** A reported figure that does not add up: a total that is not the sum of its parts, or a figure that differs from the recorded facts. */
export type ConsistencyFinding = {
  __typename?: 'ConsistencyFinding';
  /** What its parts add up to, or what the recorded facts give. */
  computed: FigureValue;
  /** Stated minus computed, exact (negative when the report states less). */
  difference: FigureValue;
  /** The figure as stated. */
  figure: ReportedFigure;
  /** What is wrong. */
  kind: FindingKind;
  /** The finding in a sentence, in Vietnamese. */
  message: Scalars['String']['output'];
  /** The finding in English. */
  messageEn: Scalars['String']['output'];
  /** PARTS_DO_NOT_ADD_UP: the parts that were summed. */
  parts: Array<ReportedFigure>;
  /** What the report states. */
  stated: FigureValue;
};

/** The emulation council’s meeting on a nomination: who was there and how they voted. */
export type CouncilReview = {
  __typename?: 'CouncilReview';
  /** More than half of the members present voted for. */
  approved: Scalars['Boolean']['output'];
  /** The day the council met. */
  meetingOn: Scalars['Date']['output'];
  /** Members present. */
  membersPresent: Scalars['Int']['output'];
  /** The minutes’ reference (biên bản số …). */
  minutesRef?: Maybe<Scalars['String']['output']>;
  /** Votes against. */
  votesAgainst: Scalars['Int']['output'];
  /** Votes for. */
  votesFor: Scalars['Int']['output'];
};

/** A new administrative unit. */
export type CreateAdministrativeUnitInput = {
  /** Official code: "VN", 2 digits (province), 3 (district), 5 (commune). */
  code: Scalars['String']['input'];
  /** Tier in the hierarchy. */
  level: UnitLevel;
  /** Official name with its type word. */
  name: Scalars['String']['input'];
  /** The unit one tier up; required except for the nation. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** First day in force. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day in force. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** The result of createAdministrativeUnit. */
export type CreateAdministrativeUnitPayload = {
  __typename?: 'CreateAdministrativeUnitPayload';
  /** The new unit. */
  administrativeUnit: AdministrativeUnit;
};

/** A new API token. */
export type CreateApiTokenInput = {
  /** What it is for, e.g. "Dashboard of Cao Bằng". */
  name: Scalars['String']['input'];
  /** The unit whose data it may read; must lie within your own grants. */
  scopeUnitId: Scalars['ID']['input'];
};

/** A new API token. The secret is shown this once only. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The token record. */
  apiToken: ApiToken;
  /** The secret: send it as "Authorization: Bearer <token>". It cannot be shown again. */
  token: Scalars['String']['output'];
};

/** A count of one kind of activity of a campaign in a unit. */
export type CreateCampaignActivityInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** How many (panels, banners, leaflets, dialogues, courses…), 1 or more. */
  count: Scalars['Int']['input'];
  /** The year, or the first year of a span the count covers. */
  fromYear: Scalars['Int']['input'];
  /** The day, for a single event; within the years. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** What kind. */
  kind: ActivityKind;
  /** What exactly, as the report words it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** People reached, where the kind gathers people (dialogues: attendances; courses: trainees; sessions, conferences, other). */
  participants?: InputMaybe<Scalars['Int']['input']>;
  /** The last year of the span; by default fromYear. */
  toYear?: InputMaybe<Scalars['Int']['input']>;
  /** The unit it took place in, within the campaign’s scope; by default the campaign’s own unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of createCampaignActivity. */
export type CreateCampaignActivityPayload = {
  __typename?: 'CreateCampaignActivityPayload';
  /** The new activity. */
  activity: CampaignActivity;
};

/** A new campaign. */
export type CreateCampaignInput = {
  /** Short unique code: capitals, digits, dashes, e.g. "HQ-2016-2020". */
  code: Scalars['String']['input'];
  /** What it is about. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The launching document. */
  document?: InputMaybe<LaunchingDocumentInput>;
  /** Last day; not before startsOn. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** What kind of drive it is. */
  kind: CampaignKind;
  /** Money to raise, whole VND, not negative. */
  moneyTarget?: InputMaybe<Scalars['Money']['input']>;
  /** Full name. */
  name: Scalars['String']['input'];
  /** The organization that runs it. */
  organizerId: Scalars['ID']['input'];
  /** The campaign it is part of; its scope must contain this one's. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Planned poverty-rate reduction, points per year, 0–100. */
  povertyReductionTarget?: InputMaybe<Scalars['Decimal']['input']>;
  /** The unit it covers. */
  scopeUnitId: Scalars['ID']['input'];
  /** First day. */
  startsOn: Scalars['Date']['input'];
  /** Initial status. */
  status?: CampaignStatus;
};

/** The result of createCampaign. */
export type CreateCampaignPayload = {
  __typename?: 'CreateCampaignPayload';
  /** The new campaign. */
  campaign: Campaign;
};

/** A new plan of a campaign for a unit. */
export type CreateCampaignPlanInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** First year of the plan. */
  fromYear: Scalars['Int']['input'];
  /** What it promises. */
  kind: PlanKind;
  /** Rate plans: the upper bound of a range ("4" of "3–4"); omit for a single figure. */
  maxPointsPerYear?: InputMaybe<Scalars['Decimal']['input']>;
  /** Rate plans: points a year, the one figure or the lower bound of a range ("3" of "3–4"). */
  minPointsPerYear?: InputMaybe<Scalars['Decimal']['input']>;
  /** Money plans: whole VND to raise. */
  moneyAmount?: InputMaybe<Scalars['Money']['input']>;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where the plan is written (resolution, plan number). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Last year of the plan. */
  toYear: Scalars['Int']['input'];
  /** The unit the plan is for, within the campaign’s scope; by default the campaign’s own unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of createCampaignPlan. */
export type CreateCampaignPlanPayload = {
  __typename?: 'CreateCampaignPlanPayload';
  /** The new plan. */
  plan: CampaignPlan;
};

/** A new form or title of the catalogue. */
export type CreateCommendationFormInput = {
  /** Who confers it. */
  authority: ConferringAuthority;
  /** Cash reward (individual), multiples of base salary. */
  cashRewardMultiple?: InputMaybe<Scalars['Decimal']['input']>;
  /** Stable code: capitals, digits and dashes, e.g. "BK-TINH". */
  code: Scalars['String']['input'];
  /** Cash reward (collective), multiples of base salary. */
  collectiveCashRewardMultiple?: InputMaybe<Scalars['Decimal']['input']>;
  /** The class, e.g. "Hạng Nhì". */
  grade?: InputMaybe<Scalars['String']['input']>;
  /** Its family. */
  kind: CommendationKind;
  /** The legal basis. */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** Vietnamese name. */
  name: Scalars['String']['input'];
  /** Position in the catalogue, highest distinction first. */
  rank?: Scalars['Int']['input'];
  /** Who it may go to (at least one). */
  recipientKinds: Array<RecipientKind>;
};

/** The result of createCommendationForm. */
export type CreateCommendationFormPayload = {
  __typename?: 'CreateCommendationFormPayload';
  /** The new form. */
  form: CommendationForm;
};

/** A new version of an eligibility criterion. To change a criterion, end the old rule (endCommendationRule) the day before this one takes effect. */
export type CreateCommendationRuleInput = {
  /** Stable code, e.g. "BK-TTG-CN-YEARS-2030". */
  code: Scalars['String']['input'];
  /** What it checks. */
  condition: RuleCondition;
  /** What it requires, in Vietnamese. */
  description: Scalars['String']['input'];
  /** First day in force. */
  effectiveFrom: Scalars['Date']['input'];
  /** Last day in force; none while in force. */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** The form it governs; none: every form. */
  formId?: InputMaybe<Scalars['ID']['input']>;
  /** The legal basis. */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** PRIOR_COMMENDATION: form codes that count (required). */
  priorFormCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The recipient kinds it applies to; empty: all. */
  recipientKinds?: Array<RecipientKind>;
  /** PRIOR_COMMENDATION: only within this many years, 1–50. */
  withinYears?: InputMaybe<Scalars['Int']['input']>;
  /** CONSECUTIVE_GOOD_YEARS: how many years, 1–30 (required). */
  years?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of createCommendationRule. */
export type CreateCommendationRulePayload = {
  __typename?: 'CreateCommendationRulePayload';
  /** The new rule. */
  rule: CommendationRule;
};

/** An exemplary person, collective, household or model of a campaign. */
export type CreateExemplarInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** What it did, or how the model works. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What it is. */
  kind: ExemplarKind;
  /** Name: "Bà Lý Thị Nga", "Mô hình chăn nuôi bò sinh sản". */
  name: Scalars['String']['input'];
  /** Where in the unit ("Tổ Xuân Lộc, thị trấn Xuân Hòa"). */
  place?: InputMaybe<Scalars['String']['input']>;
  /** It was replicated (nhân rộng). */
  replicated?: Scalars['Boolean']['input'];
  /** Where it was replicated; only when replicated. */
  replicatedWhere?: InputMaybe<Scalars['String']['input']>;
  /** How many times, where stated; only when replicated. */
  replicationCount?: InputMaybe<Scalars['Int']['input']>;
  /** Its unit, within the campaign’s scope; by default the campaign’s own unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The year it is reported for. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of createExemplar. */
export type CreateExemplarPayload = {
  __typename?: 'CreateExemplarPayload';
  /** The new exemplar. */
  exemplar: Exemplar;
};

/** A new fund for a Front committee. */
export type CreateFundInput = {
  /** Short unique code: capitals, digits, dashes, e.g. "QVNN-NT". */
  code: Scalars['String']['input'];
  /** Name, e.g. "Quỹ Vì người nghèo tỉnh Ninh Thuận". */
  name: Scalars['String']['input'];
  /** The Front committee (an organization of kind FRONT_COMMITTEE). */
  organizationId: Scalars['ID']['input'];
};

/** The result of createFund. */
export type CreateFundPayload = {
  __typename?: 'CreateFundPayload';
  /** The new fund. */
  fund: Fund;
};

/** A new nomination, saved as a draft of the proposing unit. */
export type CreateNominationInput = {
  /** The achievement. */
  achievement: Scalars['String']['input'];
  /** Supporting documents (metadata). */
  attachments?: Array<AttachmentInput>;
  /** The campaign the achievement belongs to. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Years of excellent results declared. */
  excellentYears?: Array<Scalars['Int']['input']>;
  /** The form or title proposed. */
  formId: Scalars['ID']['input'];
  /** Funds mobilized, VND. */
  fundsMobilized?: InputMaybe<Scalars['Money']['input']>;
  /** Households lifted out of poverty. */
  householdsLiftedOut?: InputMaybe<Scalars['Int']['input']>;
  /** Houses built or repaired. */
  housesBuilt?: InputMaybe<Scalars['Int']['input']>;
  /** The proposal’s date. */
  proposedOn: Scalars['Date']['input'];
  /** The proposing organization, e.g. a district People’s Committee. */
  proposingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The proposing unit (its emulation board prepares and submits). */
  proposingUnitId: Scalars['ID']['input'];
  /** A recipient not yet on record. */
  recipient?: InputMaybe<NewRecipientInput>;
  /** A recipient on record; or give `recipient`. */
  recipientId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of createNomination. */
export type CreateNominationPayload = {
  __typename?: 'CreateNominationPayload';
  /** The new draft. */
  nomination: Nomination;
};

/** A new organization. */
export type CreateOrganizationInput = {
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** Full name. */
  name: Scalars['String']['input'];
  /** The organization above it; its unit must contain this organization's unit. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit it sits in. */
  unitId: Scalars['ID']['input'];
};

/** The result of createOrganization. */
export type CreateOrganizationPayload = {
  __typename?: 'CreateOrganizationPayload';
  /** The new organization. */
  organization: Organization;
};

/** A figure as a report states it. */
export type CreateReportedFigureInput = {
  /** The campaign whose report states it. */
  campaignId: Scalars['ID']['input'];
  /** The fact it claims, to be checked against. */
  claims?: InputMaybe<FigureFactInput>;
  /** COUNT: the number, exact to three decimals. */
  count?: InputMaybe<Scalars['Quantity']['input']>;
  /** COUNT: what is counted ("hộ", "học viên"). */
  countUnit?: InputMaybe<Scalars['String']['input']>;
  /** What it is, as the report words it. */
  label: Scalars['String']['input'];
  /** Money or a count. */
  measure: FigureMeasure;
  /** MONEY: whole VND ("84.184,73 triệu" is "84184730000"). */
  money?: InputMaybe<Scalars['Money']['input']>;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The total this figure is a part of. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Order among the parts (or among the totals). */
  position?: Scalars['Int']['input'];
  /** Where it is stated. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The unit it is about, within the campaign’s scope; by default the campaign’s own unit. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of createReportedFigure. */
export type CreateReportedFigurePayload = {
  __typename?: 'CreateReportedFigurePayload';
  /** The new figure. */
  figure: ReportedFigure;
};

/** A new user account. */
export type CreateUserInput = {
  /** Name shown in the panel. */
  displayName: Scalars['String']['input'];
  /** Login email. */
  email: Scalars['String']['input'];
  /** Roles to grant at once. */
  grants?: Array<GrantInput>;
  /** Initial password, at least 12 characters. */
  password: Scalars['String']['input'];
};

/** The result of createUser. */
export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  /** The new user. */
  user: User;
};

/** A range of calendar dates; either end may be left open. Both ends included. */
export type DateRangeInput = {
  /** First day, included. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day, included. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Which activity to delete. */
export type DeleteCampaignActivityInput = {
  /** The activity. */
  id: Scalars['ID']['input'];
};

/** The result of deleteCampaignActivity. */
export type DeleteCampaignActivityPayload = {
  __typename?: 'DeleteCampaignActivityPayload';
  /** The id of the deleted activity. */
  id: Scalars['ID']['output'];
};

/** Which record to delete. */
export type DeleteCampaignPlanInput = {
  /** The plan. */
  id: Scalars['ID']['input'];
};

/** The result of deleteCampaignPlan. */
export type DeleteCampaignPlanPayload = {
  __typename?: 'DeleteCampaignPlanPayload';
  /** The id of the deleted plan. */
  id: Scalars['ID']['output'];
};

/** Which exemplar to delete. */
export type DeleteExemplarInput = {
  /** The exemplar. */
  id: Scalars['ID']['input'];
};

/** The result of deleteExemplar. */
export type DeleteExemplarPayload = {
  __typename?: 'DeleteExemplarPayload';
  /** The id of the deleted exemplar. */
  id: Scalars['ID']['output'];
};

/** Which figure to delete (with its parts). */
export type DeleteReportedFigureInput = {
  /** The figure. */
  id: Scalars['ID']['input'];
};

/** The result of deleteReportedFigure. */
export type DeleteReportedFigurePayload = {
  __typename?: 'DeleteReportedFigurePayload';
  /** The id of the deleted figure. */
  id: Scalars['ID']['output'];
};

/** Support to give out of a fund: to a household, or to a commune project. */
export type DisburseSupportInput = {
  /** Whole VND (goods: their appraised value). */
  amount: Scalars['Money']['input'];
  /** The campaign it serves. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The decision behind it, e.g. "27/QĐ-UBND". */
  decisionRef: Scalars['String']['input'];
  /** The fund it comes out of. */
  fundId: Scalars['ID']['input'];
  /** The household (or give a project). */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** A key you choose; a retry never disburses twice. */
  idempotencyKey: Scalars['String']['input'];
  /** Goods given, out of the goods the fund holds. */
  inKind?: InputMaybe<InKindInput>;
  /** The commune project (or give a household). */
  project?: InputMaybe<SupportProjectInput>;
  /** What for. */
  purpose: SupportPurpose;
  /** The day it was given; not in the future. */
  supportedOn: Scalars['Date']['input'];
};

/** The result of disburseSupport. */
export type DisburseSupportPayload = {
  __typename?: 'DisburseSupportPayload';
  /** The support given, with its ledger entry. */
  support: Support;
};

/** A gift received into a fund (khoản ủng hộ), with its receipt and ledger entry. */
export type Donation = {
  __typename?: 'Donation';
  /** Whole VND; for goods, the appraised value (reported apart from cash). */
  amount: Scalars['Money']['output'];
  /** The bank’s reference for a transfer; posted to a fund once. */
  bankReference?: Maybe<Scalars['String']['output']>;
  /** The campaign it was given to. */
  campaign?: Maybe<Campaign>;
  /** How it arrived. */
  channel: DonationChannel;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The day it was received. */
  donatedOn: Scalars['Date']['output'];
  /** The donor; null for an anonymous gift or one outside your scope. */
  donor?: Maybe<Donor>;
  /** Its RECEIPT entry in the fund’s ledger. */
  entry: LedgerEntry;
  /** The receiving fund. */
  fund: Fund;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Goods: how many. */
  quantity?: Maybe<Scalars['Quantity']['output']>;
  /** Goods: the unit, e.g. "con bò". */
  quantityUnit?: Maybe<Scalars['String']['output']>;
  /** The receipt number the system issued: fund code, year, sequence, e.g. "QVNN-NT-2025-000001". */
  receiptNumber: Scalars['String']['output'];
  /** Received or reversed. */
  status: DonationStatus;
};

/** How a donation arrived. */
export type DonationChannel =
  /** A transfer into the fund’s bank account; carries the bank reference. */
  | 'BANK_TRANSFER'
  /** Cash at the Front committee. */
  | 'CASH'
  /** Goods, with a quantity, a unit and an appraised value. */
  | 'IN_KIND';

/** Which donations to list. */
export type DonationFilter = {
  /** Only for this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this channel. */
  channel?: InputMaybe<DonationChannel>;
  /** Only from this donor. */
  donorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only into this fund. */
  fundId?: InputMaybe<Scalars['ID']['input']>;
  /** Only received in this period. */
  period?: InputMaybe<DateRangeInput>;
  /** This receipt number or bank reference, exactly. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only this status. */
  status?: InputMaybe<DonationStatus>;
};

/** A page of Donation records with the total count. */
export type DonationPage = {
  __typename?: 'DonationPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Donation>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Received, or reversed (its ledger entry was reversed; both entries stay visible). */
export type DonationStatus =
  /** Posted to the fund. */
  | 'RECEIVED'
  /** Cancelled by a reversing entry. */
  | 'REVERSED';

/** A donor (nhà hảo tâm / đơn vị ủng hộ). Named in public statements only with consent. */
export type Donor = {
  __typename?: 'Donor';
  /** The donor gives anonymously: never named publicly. */
  anonymous: Scalars['Boolean']['output'];
  /** Contact details (personal data): only for Front staff and auditors of the donor's unit. Others get null, with the reason in the response extensions (redacted); null also when none are recorded. */
  contact?: Maybe<DonorContact>;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The name staff know the donor by. */
  displayName: Scalars['String']['output'];
  /** Changes to this record, newest first (auditors and administrators; at most 100). */
  history: Array<AuditEvent>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Who the donor is. */
  kind: DonorKind;
  /** The donor agreed to be named in public statements. */
  publicConsent: Scalars['Boolean']['output'];
  /** The name public statements print: the display name with consent, else "Nhà hảo tâm ẩn danh". */
  publicName: Scalars['String']['output'];
  /** The unit whose Front committee keeps this record. */
  unit: AdministrativeUnit;
  /** When this record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped on every change; send it back in updates to refuse stale edits. */
  version: Scalars['Int']['output'];
};

/** A donor's contact details. Personal data (Decree 13/2023/NĐ-CP): restricted to authorized staff. */
export type DonorContact = {
  __typename?: 'DonorContact';
  /** Postal address. */
  address?: Maybe<Scalars['String']['output']>;
  /** Email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Tax code (mã số thuế) of a business or person. */
  taxCode?: Maybe<Scalars['String']['output']>;
};

/** A donor's contact details; personal data. */
export type DonorContactInput = {
  /** Postal address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Phone number: digits, spaces, dots, dashes, an optional +. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Tax code: 10 digits, or 10 digits, a dash and 3 digits. */
  taxCode?: InputMaybe<Scalars['String']['input']>;
};

/** Which donors to list. All conditions must hold. */
export type DonorFilter = {
  /** Only anonymous (true) or named (false) donors. */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<DonorKind>;
  /** Only donors who did (true) or did not (false) consent to be named. */
  publicConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words in the name, ignoring case and diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only donors kept by this unit or a unit under it. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Who a donor (nhà hảo tâm / đơn vị ủng hộ) is. */
export type DonorKind =
  /** A business. */
  | 'BUSINESS'
  /** A foreign organization. */
  | 'FOREIGN_ORGANIZATION'
  /** A household. */
  | 'HOUSEHOLD'
  /** A person. */
  | 'INDIVIDUAL'
  /** An agency, association or other organization. */
  | 'ORGANIZATION'
  /** A Vietnamese person living abroad (kiều bào). */
  | 'OVERSEAS_VIETNAMESE';

/** How to sort donors. */
export type DonorOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: DonorOrderField;
};

/** What donors can be sorted by. */
export type DonorOrderField =
  /** By createdAt. */
  | 'CREATED_AT'
  /** By displayName. */
  | 'DISPLAY_NAME'
  /** By kind. */
  | 'KIND';

/** A page of Donor records with the total count. */
export type DonorPage = {
  __typename?: 'DonorPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Donor>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What to check eligibility for, before a nomination exists (the form runs it as you type). */
export type EligibilityCheckInput = {
  /** The campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Years of excellent results declared. */
  excellentYears?: Array<Scalars['Int']['input']>;
  /** The form. */
  formId: Scalars['ID']['input'];
  /** The proposal’s date. */
  proposedOn: Scalars['Date']['input'];
  /** The recipient on record, if any. */
  recipientId?: InputMaybe<Scalars['ID']['input']>;
  /** The kind, for a recipient not on record yet. */
  recipientKind?: InputMaybe<RecipientKind>;
};

/** Eligibility rule by rule: the rules in force on the proposal date for the form and recipient kind. */
export type EligibilityReport = {
  __typename?: 'EligibilityReport';
  /** One verdict per rule. */
  checks: Array<RuleCheck>;
  /** Every rule passes: the nomination may be submitted. */
  eligible: Scalars['Boolean']['output'];
  /** The date the rules were chosen by. */
  proposedOn: Scalars['Date']['output'];
};

/** Ends a rule: it no longer applies to nominations dated after `effectiveTo`. */
export type EndCommendationRuleInput = {
  /** Its last day in force. */
  effectiveTo: Scalars['Date']['input'];
  /** The rule. */
  id: Scalars['ID']['input'];
};

/** The result of endCommendationRule. */
export type EndCommendationRulePayload = {
  __typename?: 'EndCommendationRulePayload';
  /** The rule, now ended. */
  rule: CommendationRule;
};

/** An exemplary person, collective or household, or a livelihood model, that a campaign’s report names (gương điển hình, mô hình sinh kế). Public. */
export type Exemplar = {
  __typename?: 'Exemplar';
  /** The campaign whose report names it. */
  campaign: Campaign;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** What it did, or how the model works. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: ExemplarKind;
  /** Name. */
  name: Scalars['String']['output'];
  /** Where in the unit, as the report says. */
  place?: Maybe<Scalars['String']['output']>;
  /** It was replicated (nhân rộng). */
  replicated: Scalars['Boolean']['output'];
  /** Where it was replicated. */
  replicatedWhere?: Maybe<Scalars['String']['output']>;
  /** How many times it was replicated, where stated. */
  replicationCount?: Maybe<Scalars['Int']['output']>;
  /** Its unit. */
  unit: AdministrativeUnit;
  /** The year it is reported for. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Which exemplars to list. */
export type ExemplarFilter = {
  /** Only of this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this kind. */
  kind?: InputMaybe<ExemplarKind>;
  /** Words in the name, place or description, ignoring diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only those replicated (true) or not (false). */
  replicated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only in this unit or under it (mergers included). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** What an exemplar of a campaign is. */
export type ExemplarKind =
  /** An exemplary collective: an agency, a mass organization, a village (tập thể). */
  | 'COLLECTIVE'
  /** An exemplary household, e.g. one that escaped poverty (hộ gia đình). */
  | 'HOUSEHOLD'
  /** A livelihood or poverty-reduction model (mô hình sinh kế, mô hình giảm nghèo). */
  | 'MODEL'
  /** An exemplary person (cá nhân điển hình tiên tiến). */
  | 'PERSON';

/** A page of Exemplar records with the total count. */
export type ExemplarPage = {
  __typename?: 'ExemplarPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Exemplar>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The fact of the product a reported figure claims. */
export type FigureClaim = {
  __typename?: 'FigureClaim';
  /** The fact. */
  fact: FigureFact;
  /** Only commendations of this form. */
  formCode?: Maybe<Scalars['String']['output']>;
  /** First year of the period. */
  fromYear?: Maybe<Scalars['Int']['output']>;
  /** Only support of this purpose. */
  purpose?: Maybe<SupportPurpose>;
  /** Only commendations to recipients of this kind. */
  recipientKind?: Maybe<RecipientKind>;
  /** Review year, or last year of the period. */
  toYear?: Maybe<Scalars['Int']['output']>;
};

/** A fact the product holds that a reported figure claims, for the campaign in the figure’s unit and the units under it (mergers included). */
export type FigureFact =
  /** Commendations decided for the campaign (of factFormCode and factRecipientKind, when set). */
  | 'COMMENDATIONS'
  /** Cash received for the campaign (ledger receipts, net of reversals). */
  | 'FUNDS_RAISED_CASH'
  /** Goods received for the campaign, at appraised value. */
  | 'FUNDS_RAISED_IN_KIND'
  /** Cash and goods received for the campaign. */
  | 'FUNDS_RAISED_TOTAL'
  /** Households reached by support for the campaign (of factPurpose, when set): distinct households helped, plus the households the commune projects state. */
  | 'HOUSEHOLDS_SUPPORTED'
  /** Poor households in the review of factToYear (poverty statistics). */
  | 'POOR_HOUSEHOLDS'
  /** Poor households at the start of factFromYear (review of the year before) minus at the end of factToYear. */
  | 'POOR_HOUSEHOLDS_REDUCTION'
  /** Support given for the campaign (of factPurpose, when set), net of reversals. */
  | 'SUPPORT_AMOUNT';

/** Which fact of the product a figure claims, and how to narrow it. */
export type FigureFactInput = {
  /** The fact. */
  fact: FigureFact;
  /** COMMENDATIONS: only this form, e.g. "BK-TTG". */
  formCode?: InputMaybe<Scalars['String']['input']>;
  /** POOR_HOUSEHOLDS_REDUCTION: the first year of the period. */
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  /** SUPPORT_AMOUNT, HOUSEHOLDS_SUPPORTED: only this purpose. */
  purpose?: InputMaybe<SupportPurpose>;
  /** COMMENDATIONS: only recipients of this kind. */
  recipientKind?: InputMaybe<RecipientKind>;
  /** POOR_HOUSEHOLDS: the review year; POOR_HOUSEHOLDS_REDUCTION: the last year of the period. */
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

/** What a reported figure counts. */
export type FigureMeasure =
  /** A count of something (households, trainees, houses), in its countUnit. */
  | 'COUNT'
  /** Money, whole VND (exact). */
  | 'MONEY';

/** An exact value of a reported or computed figure. */
export type FigureValue = {
  __typename?: 'FigureValue';
  /** COUNT: the number, exact. */
  count?: Maybe<Scalars['Quantity']['output']>;
  /** COUNT: what is counted. */
  countUnit?: Maybe<Scalars['String']['output']>;
  /** Money or a count. */
  measure: FigureMeasure;
  /** MONEY: whole VND. */
  money?: Maybe<Scalars['Money']['output']>;
  /** As a Vietnamese report writes it: "84.184.730.000 đồng", "5.347 học viên". */
  text: Scalars['String']['output'];
};

/** What a consistency finding says is wrong. */
export type FindingKind =
  /** A stated figure differs from the fact the product holds. */
  | 'DIFFERS_FROM_FACTS'
  /** A stated total is not the sum of its stated parts. */
  | 'PARTS_DO_NOT_ADD_UP';

/** The result of forwardNomination. */
export type ForwardNominationPayload = {
  __typename?: 'ForwardNominationPayload';
  /** The nomination, now forwarded. */
  nomination: Nomination;
};

/** A pledge paid: it becomes a donation for the amount promised. */
export type FulfillPledgeInput = {
  /** The bank’s reference, for a transfer. */
  bankReference?: InputMaybe<Scalars['String']['input']>;
  /** CASH or BANK_TRANSFER. */
  channel: DonationChannel;
  /** The day the money arrived. */
  donatedOn: Scalars['Date']['input'];
  /** A key you choose; a retry never records twice. */
  idempotencyKey: Scalars['String']['input'];
  /** The open pledge. */
  pledgeId: Scalars['ID']['input'];
};

/** The result of fulfillPledge. */
export type FulfillPledgePayload = {
  __typename?: 'FulfillPledgePayload';
  /** The donation the pledge became. */
  donation: Donation;
};

/** The Fund for the Poor (Quỹ Vì người nghèo) of one Front committee. Every figure on it is derived from its ledger; no balance is stored. */
export type Fund = {
  __typename?: 'Fund';
  /** Short unique code, printed in receipt numbers, e.g. "QVNN-NT". */
  code: Scalars['String']['output'];
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name, e.g. "Quỹ Vì người nghèo tỉnh Ninh Thuận". */
  name: Scalars['String']['output'];
  /** The Front committee that keeps it. */
  organization: Organization;
  /** Balance and totals, summed from the ledger now. */
  totals: FundTotals;
  /** The committee’s unit. */
  unit: AdministrativeUnit;
};

/** Which funds to list. */
export type FundFilter = {
  /** Words in the name or code, ignoring case and diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only funds of committees in this unit or under it. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The ledger check of one fund. */
export type FundIntegrity = {
  __typename?: 'FundIntegrity';
  /** Cash balance: the sum of the cash entries. */
  balance: Scalars['Money']['output'];
  /** The fund. */
  fundId: Scalars['ID']['output'];
  /** What does not add up; empty when all is well. */
  problems: Array<Scalars['String']['output']>;
  /** The same balance rebuilt kind by kind (receipts + in − out − disbursed + reversals). */
  rebuilt: Scalars['Money']['output'];
};

/** A page of Fund records with the total count. */
export type FundPage = {
  __typename?: 'FundPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Fund>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A fund’s period report: opening balance + receipts + allocations in − out − disbursements = closing balance. */
export type FundSummary = {
  __typename?: 'FundSummary';
  /** Cash allocated from higher funds. */
  allocatedIn: Scalars['Money']['output'];
  /** Cash allocated to lower funds. */
  allocatedOut: Scalars['Money']['output'];
  /** Cash at the end of the period. */
  closingBalance: Scalars['Money']['output'];
  /** Cash given out as support. */
  disbursed: Scalars['Money']['output'];
  /** Cash given out by purpose (NEW_HOUSE, TET_GIFTS…). */
  disbursedByPurpose: Array<MoneyByKey>;
  /** First day of the period (open when null). */
  from?: Maybe<Scalars['Date']['output']>;
  /** The fund. */
  fundId: Scalars['ID']['output'];
  /** Goods received in the period, by unit, at appraised value (never in cash). */
  goodsReceived: Array<GoodsTotal>;
  /** Cash before the period. */
  openingBalance: Scalars['Money']['output'];
  /** Cash received in the period, net of reversed receipts. */
  received: Scalars['Money']['output'];
  /** Cash received by channel. */
  receivedByChannel: Array<MoneyByKey>;
  /** Cash received by donor kind. */
  receivedByDonorKind: Array<MoneyByKey>;
  /** Last day of the period (open when null). */
  to?: Maybe<Scalars['Date']['output']>;
};

/** A fund's figures, all sums of its ledger entries (cash only unless said). */
export type FundTotals = {
  __typename?: 'FundTotals';
  /** Cash allocated from higher funds, net of reversals. */
  allocatedIn: Scalars['Money']['output'];
  /** Cash allocated to lower funds, net of reversals. */
  allocatedOut: Scalars['Money']['output'];
  /** Cash the fund holds now. */
  balance: Scalars['Money']['output'];
  /** Cash given out as support, net of reversals. */
  disbursed: Scalars['Money']['output'];
  /** Goods held now, by unit (received less given out), never in the cash figures. */
  goodsOnHand: Array<GoodsTotal>;
  /** Cash received (donations), net of reversed receipts. */
  received: Scalars['Money']['output'];
};

/** Goods of one kind, in their own unit, with their appraised value. */
export type GoodsTotal = {
  __typename?: 'GoodsTotal';
  /** How many (a decimal string, up to 3 places). */
  quantity: Scalars['Quantity']['output'];
  /** The unit, e.g. "con bò", "kg gạo", "căn nhà", "thẻ BHYT". */
  unit: Scalars['String']['output'];
  /** Their appraised value, whole VND. */
  value: Scalars['Money']['output'];
};

/** A role on a unit. */
export type GrantInput = {
  /** The role. */
  role: Role;
  /** The unit; the grant covers everything under it. */
  unitId: Scalars['ID']['input'];
};

/** The result of grantRole. */
export type GrantRolePayload = {
  __typename?: 'GrantRolePayload';
  /** The user with the new grant. */
  user: User;
};

/** A beneficiary household. Personal data: only Front staff and auditors of its unit see households at all. */
export type Household = {
  __typename?: 'Household';
  /** Address. */
  address?: Maybe<Scalars['String']['output']>;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** An ethnic-minority household. */
  ethnicMinority: Scalars['Boolean']['output'];
  /** Head of household. */
  headName: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Number of members. */
  members?: Maybe<Scalars['Int']['output']>;
  /** Its standing year by year. */
  statuses: Array<HouseholdStatus>;
  /** Its commune or village. */
  unit: AdministrativeUnit;
  /** Bumped on every change; send it back in updates to refuse stale edits. */
  version: Scalars['Int']['output'];
};

/** Which households to list (within your scope). */
export type HouseholdFilter = {
  /** Words in the head’s name or the address, ignoring diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only in this unit or under it. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of Household records with the total count. */
export type HouseholdPage = {
  __typename?: 'HouseholdPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Household>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A household’s standing in one year’s poverty review. */
export type HouseholdStatus = {
  __typename?: 'HouseholdStatus';
  /** The standing. */
  status: PovertyStatus;
  /** The year of the review. */
  year: Scalars['Int']['output'];
};

/** One line of an imported statement as read and checked. */
export type ImportedStatementLine = {
  __typename?: 'ImportedStatementLine';
  /** Money received, whole VND, when readable. */
  amount?: Maybe<Scalars['Money']['output']>;
  /** The bank’s reference of the transaction. */
  bankReference?: Maybe<Scalars['String']['output']>;
  /** The campaign it is (or was) posted for. */
  campaign?: Maybe<Campaign>;
  /** The transaction date, when readable. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The transfer description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The donation it became, once posted. */
  donation?: Maybe<Donation>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Its line (row) number in the file, as an editor or spreadsheet shows it. */
  lineNumber: Scalars['Int']['output'];
  /** The payer’s name as the bank gives it. Personal data: shown to staff, never published. */
  payerName?: Maybe<Scalars['String']['output']>;
  /** Why it is not posted, in your language. */
  problem?: Maybe<Scalars['String']['output']>;
  /** Stable code of why it is not posted, e.g. AMOUNT_UNREADABLE, ALREADY_POSTED, DEBIT. */
  problemCode?: Maybe<Scalars['String']['output']>;
  /** The line’s cells as the bank wrote them, joined by " | ". */
  raw: Scalars['String']['output'];
  /** What the import makes of it. */
  status: StatementLineStatus;
};

/** A page of ImportedStatementLine records with the total count. */
export type ImportedStatementLinePage = {
  __typename?: 'ImportedStatementLinePage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<ImportedStatementLine>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Goods given in kind. */
export type InKindInput = {
  /** How many, e.g. "1000" or "2.5" (up to 3 decimals), more than zero. */
  quantity: Scalars['Quantity']['input'];
  /** The unit: "con bò", "kg gạo", "căn nhà", "thẻ BHYT"… */
  unit: Scalars['String']['input'];
};

/** The document that launched a campaign (quyết định, kế hoạch, đề án). */
export type LaunchingDocument = {
  __typename?: 'LaunchingDocument';
  /** The day it was issued. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** Who issued it, e.g. "Thủ tướng Chính phủ". */
  issuer?: Maybe<Scalars['String']['output']>;
  /** Its number as written, e.g. "1258/QĐ-TTg". */
  number: Scalars['String']['output'];
};

/** The document that launched a campaign. */
export type LaunchingDocumentInput = {
  /** The day it was issued. */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who issued it. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Its number as written, e.g. "4492/KH-UBND". */
  number: Scalars['String']['input'];
};

/** One posting in a fund’s ledger. Never edited or deleted: corrected by a REVERSAL. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** Signed whole VND: positive into the fund, negative out (goods: appraised value). */
  amount: Scalars['Money']['output'];
  /** The other side of an allocation. */
  counterpart?: Maybe<LedgerEntry>;
  /** What it was for, or why it was reversed. */
  description?: Maybe<Scalars['String']['output']>;
  /** The document behind it (receipt number, decision, bank line). */
  documentRef?: Maybe<Scalars['String']['output']>;
  /** The day the money or goods moved. */
  entryDate: Scalars['Date']['output'];
  /** The fund it belongs to. */
  fund: Fund;
  /** Stable id; increases with posting order. */
  id: Scalars['ID']['output'];
  /** What it records. */
  kind: LedgerEntryKind;
  /** Cash or goods. */
  medium: Medium;
  /** When it was posted. */
  postedAt: Scalars['DateTime']['output'];
  /** The user who posted it. */
  postedByUserId?: Maybe<Scalars['ID']['output']>;
  /** Goods only: signed quantity. */
  quantity?: Maybe<Scalars['Quantity']['output']>;
  /** Goods only: the unit, e.g. "con bò". */
  quantityUnit?: Maybe<Scalars['String']['output']>;
  /** The entry that reverses this one, if any. */
  reversedBy?: Maybe<LedgerEntry>;
  /** The entry this one reverses. */
  reverses?: Maybe<LedgerEntry>;
};

/** Which ledger entries to list. */
export type LedgerEntryFilter = {
  /** Only entries for this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this fund’s entries. */
  fundId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<LedgerEntryKind>;
  /** Only entries dated in this period. */
  period?: InputMaybe<DateRangeInput>;
};

/** What a ledger entry records. */
export type LedgerEntryKind =
  /** Received from a higher level’s fund (paired with its ALLOCATION_OUT). */
  | 'ALLOCATION_IN'
  /** Sent to a lower level’s fund (paired with its ALLOCATION_IN). */
  | 'ALLOCATION_OUT'
  /** Support given to a household or a commune project. */
  | 'DISBURSEMENT'
  /** Money or goods received (a donation). */
  | 'RECEIPT'
  /** Cancels an earlier entry with the opposite amount; both stay visible. */
  | 'REVERSAL';

/** A page of LedgerEntry records with the total count. */
export type LedgerEntryPage = {
  __typename?: 'LedgerEntryPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<LedgerEntry>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Proof that every fund’s figures add up. */
export type LedgerIntegrity = {
  __typename?: 'LedgerIntegrity';
  /** Each fund’s check. */
  funds: Array<FundIntegrity>;
  /** true when no fund has a problem. */
  ok: Scalars['Boolean']['output'];
};

/** Email and password. */
export type LoginInput = {
  /** Login email. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** A new session. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** When the session ends. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session token: send it as "Authorization: Bearer <token>". Browsers also get it as an HttpOnly cookie. */
  token: Scalars['String']['output'];
  /** Who is now logged in. */
  user: User;
};

/** The result of logout. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** true when a session was ended. */
  loggedOut: Scalars['Boolean']['output'];
};

/** Cash, or goods in kind (reported apart, never mixed into cash balances). */
export type Medium =
  /** Money: cash or bank transfer. */
  | 'CASH'
  /** Goods: cows, rice, houses, health-insurance cards… at an appraised value. */
  | 'IN_KIND';

/** A cash total under a label (a channel, a donor kind…). */
export type MoneyByKey = {
  __typename?: 'MoneyByKey';
  /** Whole VND, net of reversals. */
  amount: Scalars['Money']['output'];
  /** The label, e.g. "BANK_TRANSFER" or "BUSINESS" ("ANONYMOUS" for gifts with no donor). */
  key: Scalars['String']['output'];
};

/** Where the money went: support by unit and purpose, and allocations down. */
export type MoneyWent = {
  __typename?: 'MoneyWent';
  /** Cash allocated to lower funds. */
  allocations: Array<AllocationToFund>;
  /** Support given, by unit and purpose. */
  support: Array<SupportByUnitAndPurpose>;
};

/** Whose spending: a fund or a campaign, in a period. */
export type MoneyWentFilter = {
  /** Spending for this campaign, from any fund. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** From this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Spending out of this fund. */
  fundId?: InputMaybe<Scalars['ID']['input']>;
  /** Until this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Moves cash to a lower level’s fund: both sides or neither. */
  allocateFunds: AllocateFundsPayload;
  /** Withdraws an open pledge. */
  cancelPledge: CancelPledgePayload;
  /** Abandons an import that is not committed. */
  cancelPovertyImport: CancelPovertyImportPayload;
  /** Abandons an import that is not posted. */
  cancelStatementImport: CancelStatementImportPayload;
  /** Writes every line of a previewed import, or none when any line has a problem. Lines the records already match write nothing: committing again or re-importing the same file changes nothing. */
  commitPovertyImport: CommitPovertyImportPayload;
  /** Posts every valid line of a previewed import as a bank-transfer donation, all or none. Committing again posts nothing more. */
  commitStatementImport: CommitStatementImportPayload;
  /** DECIDED → CONFERRED: the commendation was handed over (the proposing unit’s board or above). */
  conferCommendation: ConferCommendationPayload;
  /** Adds an administrative unit. */
  createAdministrativeUnit: CreateAdministrativeUnitPayload;
  /** Creates a read-only API token; its secret is shown once. */
  createApiToken: CreateApiTokenPayload;
  /** Launches a new campaign record. */
  createCampaign: CreateCampaignPayload;
  /** Records a count of one kind of activity of a campaign in a unit. */
  createCampaignActivity: CreateCampaignActivityPayload;
  /** Records a plan of a campaign for a unit. */
  createCampaignPlan: CreateCampaignPlanPayload;
  /** Adds a form or title to the catalogue (system administrators). */
  createCommendationForm: CreateCommendationFormPayload;
  /** Adds a version of an eligibility criterion (system administrators). */
  createCommendationRule: CreateCommendationRulePayload;
  /** Records an exemplar of a campaign. */
  createExemplar: CreateExemplarPayload;
  /** Opens the Fund for the Poor of a Front committee. */
  createFund: CreateFundPayload;
  /** Creates a draft nomination of the proposing unit (its emulation board). */
  createNomination: CreateNominationPayload;
  /** Adds an organization. */
  createOrganization: CreateOrganizationPayload;
  /** Records a figure as a report states it. */
  createReportedFigure: CreateReportedFigurePayload;
  /** Creates a user account, with roles if given. */
  createUser: CreateUserPayload;
  /** Deletes an activity recorded by mistake (the audit trail keeps it). */
  deleteCampaignActivity: DeleteCampaignActivityPayload;
  /** Deletes a plan recorded by mistake (the audit trail keeps it). */
  deleteCampaignPlan: DeleteCampaignPlanPayload;
  /** Deletes an exemplar recorded by mistake (the audit trail keeps it). */
  deleteExemplar: DeleteExemplarPayload;
  /** Deletes a reported figure and its parts, recorded by mistake (the audit trail keeps them). */
  deleteReportedFigure: DeleteReportedFigurePayload;
  /** Gives support out of a fund to a household or a commune project (idempotent). */
  disburseSupport: DisburseSupportPayload;
  /** Ends an eligibility rule on a day; nominations dated later are not judged by it. */
  endCommendationRule: EndCommendationRulePayload;
  /** REVIEWED → FORWARDED to the conferring authority, by the proposing unit’s board (not the submitter). */
  forwardNomination: ForwardNominationPayload;
  /** A pledge paid: records the donation and closes the pledge. */
  fulfillPledge: FulfillPledgePayload;
  /** Grants a role on a unit. */
  grantRole: GrantRolePayload;
  /** Logs in with email and password. Repeated failures make the next attempt wait. */
  login: LoginPayload;
  /** Ends the current session. */
  logout: LogoutPayload;
  /** CONFERRED → PUBLISHED, by the board of the conferring level: from then on the public registry shows it (names, never addresses). */
  publishCommendation: PublishCommendationPayload;
  /** Records a decision of the conferring level (its emulation board) and moves every nomination it covers from FORWARDED to DECIDED, all or none; each problem names its nomination (nominationIds.<index>). */
  recordCommendationDecision: RecordCommendationDecisionPayload;
  /** Records a donation into a fund and issues its receipt number. Idempotent: the same key and payload return the same donation; the same key with another payload is a CONFLICT. */
  recordDonation: RecordDonationPayload;
  /** Records a household’s standing in a year’s poverty review. */
  recordHouseholdStatus: RecordHouseholdStatusPayload;
  /** Records a promise to give (kept apart from money received). */
  recordPledge: RecordPledgePayload;
  /** Records (or replaces) the result of a year’s poverty review in a unit under a standard. */
  recordPovertyStatistic: RecordPovertyStatisticPayload;
  /** Records a merger, split or rename: the predecessor is carried on by the successor from a date. */
  recordUnitSuccession: RecordUnitSuccessionPayload;
  /** Registers a donor, with contact details if given. */
  registerDonor: RegisterDonorPayload;
  /** Registers a beneficiary household. */
  registerHousehold: RegisterHouseholdPayload;
  /** SUBMITTED / REVIEWED / FORWARDED → REJECTED with a reason: by the council before forwarding, by the conferring level after; never by the submitter. */
  rejectNomination: RejectNominationPayload;
  /** SUBMITTED / REVIEWED / FORWARDED → RETURNED with a reason, for correction and resubmission; same permissions as rejecting. */
  returnNomination: ReturnNominationPayload;
  /** Corrects an entry by posting its opposite, linked to it; nothing is edited. */
  reverseLedgerEntry: ReverseLedgerEntryPayload;
  /** SUBMITTED → REVIEWED: the council’s meeting and vote, recorded by the proposing unit’s board, never by the submitter. Without a majority of the members present it becomes REJECTED. */
  reviewNomination: ReviewNominationPayload;
  /** Revokes an API token at once. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Revokes a role on a unit. */
  revokeRole: RevokeRolePayload;
  /** Sets (or changes) which column of a bank’s statement holds what. */
  saveBankStatementFormat: SaveBankStatementFormatPayload;
  /** Saves the free-text sections (situation note, difficulties, lessons, proposals) of a campaign report for a unit and period: the unit’s Front staff. Send the version you edited; a stale one is refused with CONFLICT. */
  saveCampaignReportNarrative: SaveCampaignReportNarrativePayload;
  /** Starts an import of poverty statistics. Then POST the file’s bytes (CSV or XLSX) to its uploadPath, read the preview (lines), and commit. */
  startPovertyImport: StartPovertyImportPayload;
  /** Starts a bank-statement import into a fund. Then POST the file’s bytes to its uploadPath (resend the whole file to resume an interrupted upload), read the preview, and commit. */
  startStatementImport: StartStatementImportPayload;
  /** DRAFT or RETURNED → SUBMITTED, by the proposing unit’s board; refused with every failing rule’s reason unless all eligibility rules in force pass. */
  submitNomination: SubmitNominationPayload;
  /** Changes a unit's name, parent or validity. */
  updateAdministrativeUnit: UpdateAdministrativeUnitPayload;
  /** Changes a campaign: dates, document, targets, status, parent. */
  updateCampaign: UpdateCampaignPayload;
  /** Changes an activity. */
  updateCampaignActivity: UpdateCampaignActivityPayload;
  /** Changes a plan. */
  updateCampaignPlan: UpdateCampaignPlanPayload;
  /** Edits a catalogue form (system administrators). */
  updateCommendationForm: UpdateCommendationFormPayload;
  /** Corrects a recipient or records a discipline period (the emulation board of its unit). */
  updateCommendationRecipient: UpdateCommendationRecipientPayload;
  /** Changes a donor's name, flags, unit or contact details. */
  updateDonor: UpdateDonorPayload;
  /** Changes an exemplar. */
  updateExemplar: UpdateExemplarPayload;
  /** Changes a household; a stale version is refused with CONFLICT. */
  updateHousehold: UpdateHouseholdPayload;
  /** Edits a draft or returned nomination (the proposing unit’s board). */
  updateNomination: UpdateNominationPayload;
  /** Changes an organization's name, kind, unit or parent. */
  updateOrganization: UpdateOrganizationPayload;
  /** Changes the counts of a recorded statistic (its unit’s Front staff). */
  updatePovertyStatistic: UpdatePovertyStatisticPayload;
  /** Changes a reported figure. */
  updateReportedFigure: UpdateReportedFigurePayload;
  /** Renames, locks or unlocks a user, or sets a new password. */
  updateUser: UpdateUserPayload;
};


export type MutationAllocateFundsArgs = {
  input: AllocateFundsInput;
};


export type MutationCancelPledgeArgs = {
  input: CancelPledgeInput;
};


export type MutationCancelPovertyImportArgs = {
  input: PovertyImportRef;
};


export type MutationCancelStatementImportArgs = {
  input: StatementImportRef;
};


export type MutationCommitPovertyImportArgs = {
  input: PovertyImportRef;
};


export type MutationCommitStatementImportArgs = {
  input: StatementImportRef;
};


export type MutationConferCommendationArgs = {
  input: ConferCommendationInput;
};


export type MutationCreateAdministrativeUnitArgs = {
  input: CreateAdministrativeUnitInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateCampaignActivityArgs = {
  input: CreateCampaignActivityInput;
};


export type MutationCreateCampaignPlanArgs = {
  input: CreateCampaignPlanInput;
};


export type MutationCreateCommendationFormArgs = {
  input: CreateCommendationFormInput;
};


export type MutationCreateCommendationRuleArgs = {
  input: CreateCommendationRuleInput;
};


export type MutationCreateExemplarArgs = {
  input: CreateExemplarInput;
};


export type MutationCreateFundArgs = {
  input: CreateFundInput;
};


export type MutationCreateNominationArgs = {
  input: CreateNominationInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateReportedFigureArgs = {
  input: CreateReportedFigureInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteCampaignActivityArgs = {
  input: DeleteCampaignActivityInput;
};


export type MutationDeleteCampaignPlanArgs = {
  input: DeleteCampaignPlanInput;
};


export type MutationDeleteExemplarArgs = {
  input: DeleteExemplarInput;
};


export type MutationDeleteReportedFigureArgs = {
  input: DeleteReportedFigureInput;
};


export type MutationDisburseSupportArgs = {
  input: DisburseSupportInput;
};


export type MutationEndCommendationRuleArgs = {
  input: EndCommendationRuleInput;
};


export type MutationForwardNominationArgs = {
  input: NominationStepInput;
};


export type MutationFulfillPledgeArgs = {
  input: FulfillPledgeInput;
};


export type MutationGrantRoleArgs = {
  input: RoleGrantInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationPublishCommendationArgs = {
  input: NominationStepInput;
};


export type MutationRecordCommendationDecisionArgs = {
  input: RecordCommendationDecisionInput;
};


export type MutationRecordDonationArgs = {
  input: RecordDonationInput;
};


export type MutationRecordHouseholdStatusArgs = {
  input: RecordHouseholdStatusInput;
};


export type MutationRecordPledgeArgs = {
  input: RecordPledgeInput;
};


export type MutationRecordPovertyStatisticArgs = {
  input: RecordPovertyStatisticInput;
};


export type MutationRecordUnitSuccessionArgs = {
  input: RecordUnitSuccessionInput;
};


export type MutationRegisterDonorArgs = {
  input: RegisterDonorInput;
};


export type MutationRegisterHouseholdArgs = {
  input: RegisterHouseholdInput;
};


export type MutationRejectNominationArgs = {
  input: NominationReasonInput;
};


export type MutationReturnNominationArgs = {
  input: NominationReasonInput;
};


export type MutationReverseLedgerEntryArgs = {
  input: ReverseLedgerEntryInput;
};


export type MutationReviewNominationArgs = {
  input: ReviewNominationInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  input: RoleGrantInput;
};


export type MutationSaveBankStatementFormatArgs = {
  input: SaveBankStatementFormatInput;
};


export type MutationSaveCampaignReportNarrativeArgs = {
  input: SaveCampaignReportNarrativeInput;
};


export type MutationStartPovertyImportArgs = {
  input: StartPovertyImportInput;
};


export type MutationStartStatementImportArgs = {
  input: StartStatementImportInput;
};


export type MutationSubmitNominationArgs = {
  input: NominationStepInput;
};


export type MutationUpdateAdministrativeUnitArgs = {
  input: UpdateAdministrativeUnitInput;
};


export type MutationUpdateCampaignArgs = {
  input: UpdateCampaignInput;
};


export type MutationUpdateCampaignActivityArgs = {
  input: UpdateCampaignActivityInput;
};


export type MutationUpdateCampaignPlanArgs = {
  input: UpdateCampaignPlanInput;
};


export type MutationUpdateCommendationFormArgs = {
  input: UpdateCommendationFormInput;
};


export type MutationUpdateCommendationRecipientArgs = {
  input: UpdateCommendationRecipientInput;
};


export type MutationUpdateDonorArgs = {
  input: UpdateDonorInput;
};


export type MutationUpdateExemplarArgs = {
  input: UpdateExemplarInput;
};


export type MutationUpdateHouseholdArgs = {
  input: UpdateHouseholdInput;
};


export type MutationUpdateNominationArgs = {
  input: UpdateNominationInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdatePovertyStatisticArgs = {
  input: UpdatePovertyStatisticInput;
};


export type MutationUpdateReportedFigureArgs = {
  input: UpdateReportedFigureInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

/** A recipient not yet on record. */
export type NewRecipientInput = {
  /** Address (personal data: never public). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Collective, individual, household or business. */
  kind: RecipientKind;
  /** The name as the certificate will print it. */
  name: Scalars['String']['input'];
  /** The organization, for a collective or business. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** An individual’s position and workplace. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The unit (commune, district, province) the recipient belongs to. */
  unitId: Scalars['ID']['input'];
};

/** A nomination (hồ sơ đề nghị khen thưởng) of one recipient for one form, on its way from the proposing unit’s emulation board to the conferring authority. Seen by the emulation boards, auditors and administrators of the proposing unit. */
export type Nomination = {
  __typename?: 'Nomination';
  /** The achievement, as the file states it. */
  achievement: Scalars['String']['output'];
  /** Supporting documents (metadata). */
  attachments: Array<NominationAttachment>;
  /** The campaign the achievement belongs to. */
  campaign?: Maybe<Campaign>;
  /** The day it was handed over. */
  conferredOn?: Maybe<Scalars['Date']['output']>;
  /** The unit of the conferring authority, whose emulation board decides (the form’s level). */
  conferringUnit: AdministrativeUnit;
  /** The council’s review, once recorded. */
  council?: Maybe<CouncilReview>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The decision, once decided. */
  decision?: Maybe<CommendationDecision>;
  /** The eligibility rules in force on its proposal date, judged now, rule by rule. */
  eligibility: EligibilityReport;
  /** Years of excellent results the file declares. */
  excellentYears: Array<Scalars['Int']['output']>;
  /** The form proposed. */
  form: CommendationForm;
  /** When it was forwarded to the conferring authority. */
  forwardedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Funds mobilized that the achievement rests on, VND. */
  fundsMobilized?: Maybe<Scalars['Money']['output']>;
  /** Changes to this record, newest first (auditors and administrators; at most 100). */
  history: Array<AuditEvent>;
  /** Households lifted out of poverty that it rests on. */
  householdsLiftedOut?: Maybe<Scalars['Int']['output']>;
  /** Houses built or repaired that the achievement rests on. */
  housesBuilt?: Maybe<Scalars['Int']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The proposal’s date; it picks the eligibility rules in force. */
  proposedOn: Scalars['Date']['output'];
  /** The proposing organization. */
  proposingOrganization?: Maybe<Organization>;
  /** The proposing unit. */
  proposingUnit: AdministrativeUnit;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was last rejected or returned. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Who is nominated. */
  recipient: CommendationRecipient;
  /** Where it stands. */
  status: NominationStatus;
  /** When it was (last) submitted. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every step so far, oldest first. */
  transitions: Array<NominationTransition>;
  /** Bumped on every change; send it back to refuse stale edits. */
  version: Scalars['Int']['output'];
};

/** Metadata of a supporting document of a nomination. */
export type NominationAttachment = {
  __typename?: 'NominationAttachment';
  /** Its media type, e.g. "application/pdf". */
  mediaType?: Maybe<Scalars['String']['output']>;
  /** Its title, e.g. "Báo cáo thành tích". */
  name: Scalars['String']['output'];
  /** Where the file is kept: a document number, a URL or a file reference. */
  reference: Scalars['String']['output'];
  /** Its size in bytes. */
  sizeBytes?: Maybe<Scalars['Int']['output']>;
};

/** Which nominations to list (within your scope). */
export type NominationFilter = {
  /** Only those waiting for a step you may take now (your board’s work queue): drafts and returned ones to submit, others’ submissions to review or forward, decided ones to confer, forwarded ones your level decides, conferred ones to publish. */
  awaitingMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only for this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only for this form. */
  formId?: InputMaybe<Scalars['ID']['input']>;
  /** Only proposed by this unit or a unit under it (mergers included). */
  proposingUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the recipient’s name, ignoring diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only of this recipient. */
  recipientId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<NominationStatus>>;
};

/** A page of Nomination records with the total count. */
export type NominationPage = {
  __typename?: 'NominationPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Nomination>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A step that needs a reason: rejecting or returning a nomination. */
export type NominationReasonInput = {
  /** The nomination. */
  id: Scalars['ID']['input'];
  /** Why. */
  reason: Scalars['String']['input'];
};

/** Where a nomination stands: DRAFT → SUBMITTED → REVIEWED → FORWARDED → DECIDED → CONFERRED → PUBLISHED, or REJECTED / RETURNED (a returned nomination can be corrected and submitted again). */
export type NominationStatus =
  /** Handed over to the recipient. */
  | 'CONFERRED'
  /** Awarded by a decision (number, date, signer): now in the registry. */
  | 'DECIDED'
  /** Being prepared by the proposing unit. */
  | 'DRAFT'
  /** Sent to the conferring authority. */
  | 'FORWARDED'
  /** Published: visible to the public (names, never household addresses). */
  | 'PUBLISHED'
  /** Refused, with a reason (also when the council’s vote fails). Final. */
  | 'REJECTED'
  /** Sent back with a reason; the proposing unit may correct and resubmit it. */
  | 'RETURNED'
  /** Approved by the council’s vote (meeting, members present, votes recorded). */
  | 'REVIEWED'
  /** Submitted to the emulation council of the proposing unit. */
  | 'SUBMITTED';

/** A step that needs only the nomination. */
export type NominationStepInput = {
  /** The nomination. */
  id: Scalars['ID']['input'];
};

/** One step of a nomination’s way, who took it and why. */
export type NominationTransition = {
  __typename?: 'NominationTransition';
  /** Who took the step (their email at the time). */
  actorLabel: Scalars['String']['output'];
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** The status before; null when it was created. */
  fromStatus?: Maybe<NominationStatus>;
  /** The reason or note given. */
  note?: Maybe<Scalars['String']['output']>;
  /** The status after. */
  toStatus: NominationStatus;
};

/** Sort order. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** A body that takes part in the movement: a Front committee, People's Committee, department, mass organization, the Social Policy Bank, a business, a school. It sits in a unit and may have a parent. */
export type Organization = {
  __typename?: 'Organization';
  /** The organizations directly under it, by name. */
  children: Array<Organization>;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Changes to this record, newest first (auditors and administrators; at most 100). */
  history: Array<AuditEvent>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** Full name, e.g. "Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận". */
  name: Scalars['String']['output'];
  /** The organization above it. */
  parent?: Maybe<Organization>;
  /** The unit it sits in. */
  unit: AdministrativeUnit;
  /** When this record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Which organizations to list. All conditions must hold. */
export type OrganizationFilter = {
  /** Only this kind. */
  kind?: InputMaybe<OrganizationKind>;
  /** Only the direct children of this organization. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the name, ignoring case and diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only organizations in this unit or under it, historical units merged into it included. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of body an organization is. */
export type OrganizationKind =
  /** Another public agency or emulation board. */
  | 'AGENCY'
  /** A business. */
  | 'BUSINESS'
  /** A government department (Sở, Phòng, Bộ). */
  | 'DEPARTMENT'
  /** A Fatherland Front committee (Ủy ban MTTQ) at some level. */
  | 'FRONT_COMMITTEE'
  /** A mass organization: Women's Union, Youth Union, Farmers' Association, Veterans, Trade Union. */
  | 'MASS_ORGANIZATION'
  /** Anything else. */
  | 'OTHER'
  /** A People's Committee (UBND). */
  | 'PEOPLES_COMMITTEE'
  /** A school or university. */
  | 'SCHOOL'
  /** The Vietnam Bank for Social Policies (NHCSXH) or a branch. */
  | 'SOCIAL_POLICY_BANK';

/** How to sort organizations. */
export type OrganizationOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: OrganizationOrderField;
};

/** What organizations can be sorted by. */
export type OrganizationOrderField =
  /** By createdAt. */
  | 'CREATED_AT'
  /** By kind. */
  | 'KIND'
  /** By name. */
  | 'NAME';

/** A page of Organization records with the total count. */
export type OrganizationPage = {
  __typename?: 'OrganizationPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Organization>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What a plan promises. */
export type PlanKind =
  /** Reduce the poor rate among ethnic-minority households by so many points a year. */
  | 'ETHNIC_MINORITY_POOR_RATE_REDUCTION'
  /** Raise so much money (VND) over the plan’s years. */
  | 'MONEY_TO_RAISE'
  /** Reduce the poor-household rate by so many points a year (a figure or a range, e.g. 3–4). */
  | 'POOR_RATE_REDUCTION';

/** Money received against a money plan. */
export type PlanMoney = {
  __typename?: 'PlanMoney';
  /** Cash received, net of reversals. */
  cash: Scalars['Money']['output'];
  /** Goods received, at appraised value. */
  inKindValue: Scalars['Money']['output'];
  /** Cash plus goods: what the plan is measured on. */
  raised: Scalars['Money']['output'];
  /** The plan’s amount. */
  target: Scalars['Money']['output'];
};

/** What came of a plan, computed from the recorded facts. */
export type PlanResult = {
  __typename?: 'PlanResult';
  /** Achievement in percent: a rate plan’s average reduction over its LOWER bound; a money plan’s money raised over its amount. */
  achievementPercent?: Maybe<Scalars['Decimal']['output']>;
  /** The plan was exceeded (vượt kế hoạch): beyond its upper bound, or beyond the single figure. */
  exceeded?: Maybe<Scalars['Boolean']['output']>;
  /** The plan was met (its lower bound reached). */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** Money plans: what was received. */
  money?: Maybe<PlanMoney>;
  /** Rate plans: the reduction over the plan’s years; null while a review is missing. */
  poverty?: Maybe<PovertyReduction>;
  /** The result as a report writes it, in Vietnamese. */
  statement?: Maybe<Scalars['String']['output']>;
  /** The result in English. */
  statementEn?: Maybe<Scalars['String']['output']>;
};

/** Where the poor-household rate would be at the end of a year on plan. */
export type PlannedPovertyRate = {
  __typename?: 'PlannedPovertyRate';
  /** The opening rate less the planned reduction for each year so far, in percent. */
  rate: Scalars['Decimal']['output'];
  /** The review year. */
  year: Scalars['Int']['output'];
};

/** A promise to give, tracked apart from money received until it is paid. */
export type Pledge = {
  __typename?: 'Pledge';
  /** The amount promised, whole VND. */
  amount: Scalars['Money']['output'];
  /** The campaign. */
  campaign?: Maybe<Campaign>;
  /** The donation it became, once paid. */
  donation?: Maybe<Donation>;
  /** Who promised; null when anonymous or outside your scope. */
  donor?: Maybe<Donor>;
  /** When it is due. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The fund it will go to. */
  fund: Fund;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** A note, or why it was cancelled. */
  note?: Maybe<Scalars['String']['output']>;
  /** The day it was promised. */
  pledgedOn: Scalars['Date']['output'];
  /** Open, fulfilled or cancelled. */
  status: PledgeStatus;
};

/** Which pledges to list. */
export type PledgeFilter = {
  /** Only for this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only to this fund. */
  fundId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this status. */
  status?: InputMaybe<PledgeStatus>;
};

/** A page of Pledge records with the total count. */
export type PledgePage = {
  __typename?: 'PledgePage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Pledge>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Where a pledge stands. */
export type PledgeStatus =
  /** Withdrawn; never counted. */
  | 'CANCELLED'
  /** Paid: turned into a donation. */
  | 'FULFILLED'
  /** Promised, not paid yet. */
  | 'OPEN';

/** The area a poverty threshold applies to. */
export type PovertyArea =
  /** Rural areas (khu vực nông thôn). */
  | 'RURAL'
  /** Urban areas (khu vực thành thị). */
  | 'URBAN';

/** A household category defined by a poverty standard. */
export type PovertyCategory =
  /** Near-poor household (hộ cận nghèo). */
  | 'NEAR_POOR'
  /** Poor household (hộ nghèo). */
  | 'POOR';

/** A unit whose recorded statistic a figure includes. */
export type PovertyContribution = {
  __typename?: 'PovertyContribution';
  /** The unit no longer exists (merged away, e.g. in 2025). */
  former: Scalars['Boolean']['output'];
  /** The unit. */
  unit: AdministrativeUnit;
};

/** Poverty figures of a unit for one year’s review under one standard: its own recorded statistic, or the sum of those under it (through the hierarchy and the 2025 mergers). Rates are derived from the counts, in percent with two places. Public: aggregates, no personal data. */
export type PovertyFigure = {
  __typename?: 'PovertyFigure';
  /** The units whose statistics the figure sums. */
  contributions: Array<PovertyContribution>;
  /** Ethnic-minority households; null when any part is unknown. */
  ethnicMinorityHouseholds?: Maybe<Scalars['Int']['output']>;
  /** Poor ethnic-minority households; null when any part is unknown. */
  ethnicMinorityPoorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** Poor ethnic-minority households over ethnic-minority households, percent. */
  ethnicMinorityPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** All households. */
  households: Scalars['Int']['output'];
  /** Includes units that no longer exist (e.g. former Ninh Thuận under Khánh Hòa). */
  includesFormerUnits: Scalars['Boolean']['output'];
  /** Near-poor households; null when any part is unknown. */
  nearPoorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** Near-poor households over all households, percent. */
  nearPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** People; null when any part is unknown. */
  people?: Maybe<Scalars['Int']['output']>;
  /** Poor households. */
  poorHouseholds: Scalars['Int']['output'];
  /** People in poor households; null when any part is unknown. */
  poorPeople?: Maybe<Scalars['Int']['output']>;
  /** Poor households over all households, percent. */
  poorRate?: Maybe<Scalars['Decimal']['output']>;
  /** Derived minus reported poor rate, in points: non-zero when the source’s rate does not match its counts. */
  poorRateDifference?: Maybe<Scalars['Decimal']['output']>;
  /** The ethnic-minority poor rate the source states. */
  reportedEthnicMinorityPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** The near-poor rate the source states. */
  reportedNearPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** The poor rate the source states (one statistic only). */
  reportedPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** Where the figures come from (one statistic only). */
  source?: Maybe<Scalars['String']['output']>;
  /** The standard the households were counted under. */
  standard: PovertyStandard;
  /** In a series: this figure is counted under another standard than the one before it, so its rates are not comparable with the earlier ones (the series breaks here). False for the first figure and outside a series. */
  standardChanged: Scalars['Boolean']['output'];
  /** The recorded statistic, when the figure is exactly one. */
  statisticId?: Maybe<Scalars['ID']['output']>;
  /** The unit the figure is for. */
  unit: AdministrativeUnit;
  /** The year of the review (its figures hold at the end of it). */
  year: Scalars['Int']['output'];
};

/** An import of poverty statistics from a CSV or XLSX file: read and checked (the preview), then committed all at once. Visible to its author. */
export type PovertyImport = {
  __typename?: 'PovertyImport';
  /** Lines that change a recorded statistic. */
  changedCount: Scalars['Int']['output'];
  /** When it was committed. */
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** The file’s name. */
  fileName: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Lines with problems (commit is refused while there are any). */
  invalidCount: Scalars['Int']['output'];
  /** Data lines read. */
  lineCount: Scalars['Int']['output'];
  /** Its lines in file order: the preview. */
  lines: PovertyImportLinePage;
  /** Lines that record a new statistic. */
  newCount: Scalars['Int']['output'];
  /** Where it stands. */
  status: PovertyImportStatus;
  /** Lines the records already match: nothing to write. */
  unchangedCount: Scalars['Int']['output'];
  /** Where to POST the file’s bytes (same login). */
  uploadPath: Scalars['String']['output'];
};


/** An import of poverty statistics from a CSV or XLSX file: read and checked (the preview), then committed all at once. Visible to its author. */
export type PovertyImportLinesArgs = {
  change?: InputMaybe<PovertyImportChange>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  withProblems?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What committing a line would do to the recorded statistics. */
export type PovertyImportChange =
  /** Replaces a recorded statistic whose figures differ. */
  | 'CHANGED'
  /** Records a statistic that does not exist yet. */
  | 'NEW'
  /** The recorded statistic already says the same; nothing is written. */
  | 'UNCHANGED';

/** The figures a recorded statistic had before an import line. */
export type PovertyImportFigures = {
  __typename?: 'PovertyImportFigures';
  /** Ethnic-minority households. */
  ethnicMinorityHouseholds?: Maybe<Scalars['Int']['output']>;
  /** Poor ethnic-minority households. */
  ethnicMinorityPoorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** All households. */
  households?: Maybe<Scalars['Int']['output']>;
  /** Near-poor households. */
  nearPoorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** People. */
  people?: Maybe<Scalars['Int']['output']>;
  /** Poor households. */
  poorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** People in poor households. */
  poorPeople?: Maybe<Scalars['Int']['output']>;
  /** The reported near-poor rate. */
  reportedNearPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** The reported poor rate. */
  reportedPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** The source. */
  source?: Maybe<Scalars['String']['output']>;
};

/** One data line of an import: its unit match, figures, problems and what committing it would change. */
export type PovertyImportLine = {
  __typename?: 'PovertyImportLine';
  /** What committing it would do; null with problems. */
  change?: Maybe<PovertyImportChange>;
  /** Which of its figures differ from the recorded ones. */
  changedFields: Array<Scalars['String']['output']>;
  /** Ethnic-minority households. */
  ethnicMinorityHouseholds?: Maybe<Scalars['Int']['output']>;
  /** Poor ethnic-minority households. */
  ethnicMinorityPoorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** The recorded statistic it would replace. */
  existingId?: Maybe<Scalars['ID']['output']>;
  /** All households. */
  households?: Maybe<Scalars['Int']['output']>;
  /** Its line (CSV) or row (XLSX) number, as the file shows it. */
  lineNumber: Scalars['Int']['output'];
  /** Near-poor households. */
  nearPoorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** Derived: near-poor over all households, percent. */
  nearPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** People. */
  people?: Maybe<Scalars['Int']['output']>;
  /** Poor households. */
  poorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** People in poor households. */
  poorPeople?: Maybe<Scalars['Int']['output']>;
  /** Derived: poor over all households, percent. */
  poorRate?: Maybe<Scalars['Decimal']['output']>;
  /** Derived minus reported poor rate, in points (the file’s rate against its counts). */
  poorRateDifference?: Maybe<Scalars['Decimal']['output']>;
  /** That statistic’s figures now. */
  previous?: Maybe<PovertyImportFigures>;
  /** Why it cannot be written; empty when it can. */
  problems: Array<PovertyImportProblem>;
  /** The row’s cells as written. */
  raw: Scalars['String']['output'];
  /** The reported near-poor rate. */
  reportedNearPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** The reported poor rate. */
  reportedPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** The source. */
  source?: Maybe<Scalars['String']['output']>;
  /** The standard’s code it was matched to (or as written). */
  standardCode?: Maybe<Scalars['String']['output']>;
  /** The unit it was matched to. */
  unit?: Maybe<AdministrativeUnit>;
  /** The unit as the file names it (code or name). */
  unitText?: Maybe<Scalars['String']['output']>;
  /** The review year. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A page of PovertyImportLine records with the total count. */
export type PovertyImportLinePage = {
  __typename?: 'PovertyImportLinePage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<PovertyImportLine>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A page of PovertyImport records with the total count. */
export type PovertyImportPage = {
  __typename?: 'PovertyImportPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<PovertyImport>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Why a line of an import cannot be written. */
export type PovertyImportProblem = {
  __typename?: 'PovertyImportProblem';
  /** Stable code: UNIT_MISSING, UNIT_UNKNOWN, UNIT_AMBIGUOUS, OUT_OF_SCOPE, YEAR_UNREADABLE, STANDARD_MISSING, STANDARD_UNKNOWN, COUNT_MISSING, COUNT_UNREADABLE, RATE_UNREADABLE, IMPLAUSIBLE, REPEATED_IN_FILE. */
  code: Scalars['String']['output'];
  /** The column at fault: unit, year, standard, households, poorHouseholds… */
  field: Scalars['String']['output'];
  /** What is wrong, in your language. */
  message: Scalars['String']['output'];
};

/** An import to act on. */
export type PovertyImportRef = {
  /** The import. */
  id: Scalars['ID']['input'];
};

/** Where a poverty-statistics import stands. */
export type PovertyImportStatus =
  /** Abandoned before writing. */
  | 'CANCELLED'
  /** Written, all lines at once. */
  | 'COMMITTED'
  /** Read and checked: the preview; nothing written yet. */
  | 'READY'
  /** Waiting for its file. */
  | 'UPLOADING';

/** Which poverty rate a reduction or a plan is about. */
export type PovertyMeasure =
  /** Poor ethnic-minority households over ethnic-minority households (tỷ lệ hộ nghèo dân tộc thiểu số trên tổng số hộ dân tộc thiểu số). */
  | 'ETHNIC_MINORITY_POOR_RATE'
  /** Poor households over all households (tỷ lệ hộ nghèo). */
  | 'POOR_RATE';

/** How the poor-household rate of a unit changed over a period, computed from the recorded counts, against a plan. */
export type PovertyReduction = {
  __typename?: 'PovertyReduction';
  /** Average reduction over the plan, in percent, measured against the plan’s LOWER bound (4.52 against 3–4 is 150.67). */
  achievementPercent?: Maybe<Scalars['Decimal']['output']>;
  /** The average as reports write it: "bình quân mỗi năm giảm 1,92%". */
  averagePhrase: Scalars['String']['output'];
  /** Average reduction per year, in points. */
  averageReductionPerYear: Scalars['Decimal']['output'];
  /** Start rate minus end rate, in points (positive: fewer poor). */
  changePoints: Scalars['Decimal']['output'];
  /** At the end: the review of the last year. */
  end: PovertyFigure;
  /** The average beat the plan (vượt kế hoạch): above its upper bound, or above the single figure. */
  exceeded?: Maybe<Scalars['Boolean']['output']>;
  /** First year of the period. */
  fromYear: Scalars['Int']['output'];
  /** Which rate. */
  measure: PovertyMeasure;
  /** First year the results measure: fromYear, or later when the standard changed. */
  measuredFromYear: Scalars['Int']['output'];
  /** The average reached the plan’s lower bound (đạt kế hoạch). */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** The result against the plan as reports write it: "đạt 150,25% kế hoạch, vượt kế hoạch". */
  planPhrase?: Maybe<Scalars['String']['output']>;
  /** The planned reduction per year, in points: the one figure, or the lower bound of a range. */
  plannedReductionPerYear?: Maybe<Scalars['Decimal']['output']>;
  /** The upper bound of a planned range ("3–4" gives 4.00); null for a single figure. */
  plannedReductionPerYearMax?: Maybe<Scalars['Decimal']['output']>;
  /** Poor households at the end minus at the start. */
  poorHouseholdsChange: Scalars['Int']['output'];
  /** The rates are those the source stated (it gave no counts to derive them from); otherwise they are derived from the counts. */
  ratesAsReported: Scalars['Boolean']['output'];
  /** The period’s reviews cut by standard, oldest first (one segment when the standard did not change). */
  segments: Array<PovertyReductionSegment>;
  /** The standard both figures were counted under. */
  standard: PovertyStandard;
  /** The period spans a change of poverty standard (e.g. 2021–2025: Decision 59/2015 then Decree 07/2021). Rates of two standards are never subtracted: start, end and the results then measure measuredFromYear–toYear under the closing standard only, the statement says so first, and segments lists each standard’s part. */
  standardChanged: Scalars['Boolean']['output'];
  /** At the start: the review of the year before the period. */
  start: PovertyFigure;
  /** The result as a report writes it, in Vietnamese. */
  statement: Scalars['String']['output'];
  /** The result in English. */
  statementEn: Scalars['String']['output'];
  /** Last year of the period. */
  toYear: Scalars['Int']['output'];
  /** Years in the period. */
  years: Scalars['Int']['output'];
};

/** The reviews of a period counted under one standard: rates are comparable within a segment only. */
export type PovertyReductionSegment = {
  __typename?: 'PovertyReductionSegment';
  /** Average reduction per year over its reviews, in points; null with a single review. */
  averageReductionPerYear?: Maybe<Scalars['Decimal']['output']>;
  /** Start rate minus end rate, in points; null with a single review. */
  changePoints?: Maybe<Scalars['Decimal']['output']>;
  /** Its last review in the period. */
  end: PovertyFigure;
  /** The standard. */
  standard: PovertyStandard;
  /** Its first review in the period. */
  start: PovertyFigure;
};

/** A national poverty standard (chuẩn nghèo) for a period, with the categories and thresholds it defines. */
export type PovertyStandard = {
  __typename?: 'PovertyStandard';
  /** Stable code, e.g. "QD-59-2015", "ND-07-2021", "CN-2026-2030". */
  code: Scalars['String']['output'];
  /** How many deprivation indicators it measures. */
  deprivationIndicators?: Maybe<Scalars['Int']['output']>;
  /** Summary, in Vietnamese. */
  description?: Maybe<Scalars['String']['output']>;
  /** First year of the period it governs. */
  fromYear: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The legal text that sets it. */
  legalBasis: Scalars['String']['output'];
  /** Measures deprivation of basic social services besides income. */
  multidimensional: Scalars['Boolean']['output'];
  /** Name, in Vietnamese. */
  name: Scalars['String']['output'];
  /** What is and is not verified about a provisional standard. */
  note?: Maybe<Scalars['String']['output']>;
  /** Entered from secondary sources and not yet checked against the official text (see note); its thresholds may change. */
  provisional: Scalars['Boolean']['output'];
  /** Its thresholds, by category and area. */
  thresholds: Array<PovertyThreshold>;
  /** Last year of the period it governs. */
  toYear: Scalars['Int']['output'];
};

/** A recorded year’s poverty review of a unit under a standard, as entered or imported, with rates derived from its counts. Public: aggregates, no personal data. */
export type PovertyStatistic = {
  __typename?: 'PovertyStatistic';
  /** When it was first recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Ethnic-minority households, where known. */
  ethnicMinorityHouseholds?: Maybe<Scalars['Int']['output']>;
  /** Poor ethnic-minority households, where known. */
  ethnicMinorityPoorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** All households. */
  households: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Near-poor households, where known. */
  nearPoorHouseholds?: Maybe<Scalars['Int']['output']>;
  /** Derived: near-poor over all households, percent. */
  nearPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** People, where known. */
  people?: Maybe<Scalars['Int']['output']>;
  /** Poor households. */
  poorHouseholds: Scalars['Int']['output'];
  /** People in poor households, where known. */
  poorPeople?: Maybe<Scalars['Int']['output']>;
  /** Derived: poor over all households, percent. */
  poorRate?: Maybe<Scalars['Decimal']['output']>;
  /** Derived minus reported poor rate, in points: non-zero when the source’s rate does not match its counts. */
  poorRateDifference?: Maybe<Scalars['Decimal']['output']>;
  /** The ethnic-minority poor rate the source states. */
  reportedEthnicMinorityPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** The near-poor rate the source states. */
  reportedNearPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** The poor rate the source states. */
  reportedPoorRate?: Maybe<Scalars['Decimal']['output']>;
  /** Where the figures come from. */
  source?: Maybe<Scalars['String']['output']>;
  /** The standard it was counted under. */
  standard: PovertyStandard;
  /** The unit reviewed. */
  unit: AdministrativeUnit;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped on every change; send it back in updates to refuse stale edits. */
  version: Scalars['Int']['output'];
  /** The year of the review. */
  year: Scalars['Int']['output'];
};

/** Which recorded statistics to list. */
export type PovertyStatisticFilter = {
  /** Only under this standard (its code). */
  standardCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this unit and the units under it (and merged into it). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this review year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of PovertyStatistic records with the total count. */
export type PovertyStatisticPage = {
  __typename?: 'PovertyStatisticPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<PovertyStatistic>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A household’s standing in a year’s poverty review (rà soát hộ nghèo). */
export type PovertyStatus =
  /** Escaped poverty this year (thoát nghèo). */
  | 'ESCAPED'
  /** Fell back into poverty (tái nghèo). */
  | 'FELL_BACK'
  /** Near-poor household (hộ cận nghèo). */
  | 'NEAR_POOR'
  /** Neither poor nor near-poor. */
  | 'NOT_POOR'
  /** Poor household (hộ nghèo). */
  | 'POOR';

/** One line of a standard: households of a category in an area have a monthly income per person in (incomeAbove, incomeAtMost] and lack between minDeprivations and maxDeprivations basic social services. */
export type PovertyThreshold = {
  __typename?: 'PovertyThreshold';
  /** Rural or urban. */
  area: PovertyArea;
  /** The category this line defines. */
  category: PovertyCategory;
  /** Income above this, VND per person per month; none: from zero. */
  incomeAbove?: Maybe<Scalars['Money']['output']>;
  /** Income at most this, VND per person per month. */
  incomeAtMost: Scalars['Money']['output'];
  /** Lacking at most this many indicators; none: any. */
  maxDeprivations?: Maybe<Scalars['Int']['output']>;
  /** Lacking at least this many indicators; none: any. */
  minDeprivations?: Maybe<Scalars['Int']['output']>;
};

/** The result of publishCommendation. */
export type PublishCommendationPayload = {
  __typename?: 'PublishCommendationPayload';
  /** The nomination, now published. */
  nomination: Nomination;
};

export type Query = {
  __typename?: 'Query';
  /** One administrative unit by id or by official code (the latest unit holding that code). */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /** Administrative units, filtered, sorted and paginated. */
  administrativeUnits: AdministrativeUnitPage;
  /** The audit trail, newest first: everything for administrators, their subtree for auditors. */
  auditEvents: AuditEventPage;
  /** The banks’ statement layouts, by code. */
  bankStatementFormats: Array<BankStatementFormat>;
  /** One campaign by id or by code. */
  campaign?: Maybe<Campaign>;
  /** Campaign activities, by year and kind. */
  campaignActivities: CampaignActivityPage;
  /** A campaign’s activities summed per kind, in a unit and under it; with years, only the records whose own years lie within them (a 2016–2020 total is not split). */
  campaignActivityTotals: Array<CampaignActivityTotal>;
  /** A campaign’s plans, for its unit or for a unit and the units under it, with their results. */
  campaignPlans: Array<CampaignPlan>;
  /** The summary report of a campaign for a unit and period; null for an unknown campaign. The unit defaults to the campaign’s own, the period to the campaign’s years. */
  campaignReport?: Maybe<CampaignReport>;
  /** Campaigns, filtered, sorted and paginated; by start date unless told. */
  campaigns: CampaignPage;
  /** Runs the eligibility rules in force on the proposal date, rule by rule: for a nomination (nominationId) or for what a nomination form holds before it is saved (input). */
  checkEligibility: EligibilityReport;
  /** One decision by id, when you may see a commendation it awarded (the public: a published one). */
  commendationDecision?: Maybe<CommendationDecision>;
  /** One catalogue form, by id or code (public). */
  commendationForm?: Maybe<CommendationForm>;
  /** The catalogue of commendation forms and titles, highest distinction first (public). */
  commendationForms: CommendationFormPage;
  /** One recipient of your units. */
  commendationRecipient?: Maybe<CommendationRecipient>;
  /** Recipients of your units, by name: pick one for a new nomination, or open their history. */
  commendationRecipients: CommendationRecipientPage;
  /** The eligibility rules, every version, oldest first (public). */
  commendationRules: CommendationRulePage;
  /** Counts of the registry by form, level and recipient kind, for the commendations you may see. */
  commendationTotals: CommendationTotals;
  /** The registry of commendations, newest decision first. Public: published ones, with names but never addresses; emulation boards, auditors and administrators also see decided and conferred ones of their units. */
  commendations: CommendationPage;
  /** Checks a campaign’s reported figures (about a unit and those under it, when given): every total against the exact sum of its parts, and every figure that claims a fact against the recorded facts. Lists each inconsistency with the stated and computed values and their difference; a total that adds up is never listed. */
  consistencyFindings: Array<ConsistencyFinding>;
  /** One donation within your scope. */
  donation?: Maybe<Donation>;
  /** Donations within your scope, newest first. */
  donations: DonationPage;
  /** One donor by id, if it lies within your scope. */
  donor?: Maybe<Donor>;
  /** Donors within your scope (Front staff, auditors, administrators), filtered, sorted and paginated. */
  donors: DonorPage;
  /** One exemplar. */
  exemplar?: Maybe<Exemplar>;
  /** Exemplary people, collectives, households and livelihood models of campaigns. */
  exemplars: ExemplarPage;
  /** One fund by id. */
  fund?: Maybe<Fund>;
  /** A fund’s period report (public aggregate figures). */
  fundSummary?: Maybe<FundSummary>;
  /** Funds, by code. Public: balances are aggregate figures. */
  funds: FundPage;
  /** One household within your scope. */
  household?: Maybe<Household>;
  /** Beneficiary households within your scope (Front staff, auditors), by name. */
  households: HouseholdPage;
  /** Ledger entries within your scope, newest first. */
  ledgerEntries: LedgerEntryPage;
  /** Checks that every fund’s ledger adds up (auditors, administrators). */
  ledgerIntegrity: LedgerIntegrity;
  /** The logged-in user, or null. */
  me?: Maybe<User>;
  /** The caller's API tokens, newest first (never their secrets). */
  myApiTokens: Array<ApiToken>;
  /** One nomination of your units. */
  nomination?: Maybe<Nomination>;
  /** Nominations proposed within your scope, newest first. */
  nominations: NominationPage;
  /** One organization by id. */
  organization?: Maybe<Organization>;
  /** Organizations, filtered, sorted and paginated. */
  organizations: OrganizationPage;
  /** Pledges within your scope, newest first. */
  pledges: PledgePage;
  /** One of your poverty-statistics imports. */
  povertyImport?: Maybe<PovertyImport>;
  /** Your poverty-statistics imports, newest first. */
  povertyImports: PovertyImportPage;
  /** How a unit’s poor-household rate changed over a period, against a plan; null when the opening or closing review is missing. */
  povertyReduction?: Maybe<PovertyReduction>;
  /** A unit’s poverty figures year by year, rolled up through the units under it and those merged into it. */
  povertySeries: Array<PovertyFigure>;
  /** The national poverty standards, oldest first. */
  povertyStandards: Array<PovertyStandard>;
  /** One recorded statistic. */
  povertyStatistic?: Maybe<PovertyStatistic>;
  /** Recorded poverty statistics (as entered, not rolled up), newest review first. */
  povertyStatistics: PovertyStatisticPage;
  /** The public statement (sao kê) of a fund or a campaign: posted receipts, newest first, searchable, by keyset cursor. No login needed; donors are named only with their consent. */
  publicStatement: StatementPage;
  /** One reported figure. */
  reportedFigure?: Maybe<ReportedFigure>;
  /** Figures as campaigns’ reports state them, in report order. */
  reportedFigures: ReportedFigurePage;
  /** One statement import (null outside your scope). */
  statementImport?: Maybe<StatementImport>;
  /** Statement imports of funds in your scope, newest first. */
  statementImports: StatementImportPage;
  /** One grant of support out of a fund within your scope. */
  support?: Maybe<Support>;
  /** Support given out of funds within your scope, newest first. */
  supports: SupportPage;
  /** One user account (administrators only). */
  user?: Maybe<User>;
  /** User accounts (administrators only), filtered, sorted and paginated. */
  users: UserPage;
  /** Where a fund’s or a campaign’s money went: support by unit and purpose, allocations down. Public; no personal data. */
  whereMoneyWent: MoneyWent;
};


export type QueryAdministrativeUnitArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAdministrativeUnitsArgs = {
  filter?: InputMaybe<AdministrativeUnitFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: InputMaybe<AdministrativeUnitOrder>;
};


export type QueryAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryCampaignArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCampaignActivitiesArgs = {
  filter?: InputMaybe<CampaignActivityFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryCampaignActivityTotalsArgs = {
  campaignId: Scalars['ID']['input'];
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCampaignPlansArgs = {
  campaignId: Scalars['ID']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCampaignReportArgs = {
  campaignId: Scalars['ID']['input'];
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCampaignsArgs = {
  filter?: InputMaybe<CampaignFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: InputMaybe<CampaignOrder>;
};


export type QueryCheckEligibilityArgs = {
  input?: InputMaybe<EligibilityCheckInput>;
  nominationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCommendationDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommendationFormArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCommendationFormsArgs = {
  filter?: InputMaybe<CommendationFormFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryCommendationRecipientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommendationRecipientsArgs = {
  filter?: InputMaybe<CommendationRecipientFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryCommendationRulesArgs = {
  filter?: InputMaybe<CommendationRuleFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryCommendationTotalsArgs = {
  filter?: InputMaybe<CommendationFilter>;
};


export type QueryCommendationsArgs = {
  filter?: InputMaybe<CommendationFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: InputMaybe<CommendationOrder>;
};


export type QueryConsistencyFindingsArgs = {
  campaignId: Scalars['ID']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDonationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDonationsArgs = {
  filter?: InputMaybe<DonationFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryDonorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDonorsArgs = {
  filter?: InputMaybe<DonorFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: InputMaybe<DonorOrder>;
};


export type QueryExemplarArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExemplarsArgs = {
  filter?: InputMaybe<ExemplarFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryFundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundSummaryArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  fundId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryFundsArgs = {
  filter?: InputMaybe<FundFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdsArgs = {
  filter?: InputMaybe<HouseholdFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryLedgerEntriesArgs = {
  filter?: InputMaybe<LedgerEntryFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryNominationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNominationsArgs = {
  filter?: InputMaybe<NominationFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  filter?: InputMaybe<OrganizationFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: InputMaybe<OrganizationOrder>;
};


export type QueryPledgesArgs = {
  filter?: InputMaybe<PledgeFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryPovertyImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPovertyImportsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryPovertyReductionArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  fromYear: Scalars['Int']['input'];
  measure?: PovertyMeasure;
  plannedReductionPerYear?: InputMaybe<Scalars['Decimal']['input']>;
  plannedReductionPerYearMax?: InputMaybe<Scalars['Decimal']['input']>;
  standardCode?: InputMaybe<Scalars['String']['input']>;
  toYear: Scalars['Int']['input'];
  unitId: Scalars['ID']['input'];
};


export type QueryPovertySeriesArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  standardCode?: InputMaybe<Scalars['String']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
  unitId: Scalars['ID']['input'];
};


export type QueryPovertyStatisticArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPovertyStatisticsArgs = {
  filter?: InputMaybe<PovertyStatisticFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryPublicStatementArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: StatementFilter;
  first?: Scalars['Int']['input'];
};


export type QueryReportedFigureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportedFiguresArgs = {
  filter?: InputMaybe<ReportedFigureFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryStatementImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementImportsArgs = {
  filter?: InputMaybe<StatementImportFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QuerySupportArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupportsArgs = {
  filter?: InputMaybe<SupportFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: InputMaybe<UserOrder>;
};


export type QueryWhereMoneyWentArgs = {
  filter: MoneyWentFilter;
};

/** Who a commendation goes to. */
export type RecipientKind =
  /** A business (doanh nghiệp). */
  | 'BUSINESS'
  /** A collective (tập thể): an agency, organization, unit or village. */
  | 'COLLECTIVE'
  /** A household (hộ gia đình). Its address is personal data and never public. */
  | 'HOUSEHOLD'
  /** An individual (cá nhân). */
  | 'INDIVIDUAL';

/** A decision covering one or more forwarded nominations. */
export type RecordCommendationDecisionInput = {
  /** The day it was signed. */
  decidedOn: Scalars['Date']['input'];
  /** The forwarded nominations it awards (1–500). */
  nominationIds: Array<Scalars['ID']['input']>;
  /** Its number as written, e.g. "1234/QĐ-UBND". */
  number: Scalars['String']['input'];
  /** Who signed it. */
  signerName: Scalars['String']['input'];
  /** The signer’s title, e.g. "Chủ tịch UBND tỉnh". */
  signerTitle?: InputMaybe<Scalars['String']['input']>;
};

/** The result of recordCommendationDecision. */
export type RecordCommendationDecisionPayload = {
  __typename?: 'RecordCommendationDecisionPayload';
  /** The decision, with the commendations it awarded. */
  decision: CommendationDecision;
};

/** A donation to record. */
export type RecordDonationInput = {
  /** Whole VND, more than zero; for goods, their appraised value (zero allowed). */
  amount: Scalars['Money']['input'];
  /** The bank’s reference; required for BANK_TRANSFER. */
  bankReference?: InputMaybe<Scalars['String']['input']>;
  /** The campaign it is given to. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** How it arrived. */
  channel: DonationChannel;
  /** The day it was received; not in the future. */
  donatedOn: Scalars['Date']['input'];
  /** The donor; leave out for an anonymous gift. */
  donorId?: InputMaybe<Scalars['ID']['input']>;
  /** The receiving fund. */
  fundId: Scalars['ID']['input'];
  /** A key you choose per donation (e.g. a UUID); retries with it never record twice. */
  idempotencyKey: Scalars['String']['input'];
  /** Required for IN_KIND, refused otherwise. */
  inKind?: InputMaybe<InKindInput>;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The result of recordDonation. */
export type RecordDonationPayload = {
  __typename?: 'RecordDonationPayload';
  /** The donation, with its receipt number. */
  donation: Donation;
};

/** A household’s standing in a year’s review; replaces that year’s if recorded. */
export type RecordHouseholdStatusInput = {
  /** The household. */
  householdId: Scalars['ID']['input'];
  /** The standing. */
  status: PovertyStatus;
  /** The year, 2000–2100. */
  year: Scalars['Int']['input'];
};

/** The result of recordHouseholdStatus. */
export type RecordHouseholdStatusPayload = {
  __typename?: 'RecordHouseholdStatusPayload';
  /** The household with its statuses. */
  household: Household;
};

/** A promise to give. */
export type RecordPledgeInput = {
  /** Whole VND promised, more than zero. */
  amount: Scalars['Money']['input'];
  /** The campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The donor; leave out when anonymous. */
  donorId?: InputMaybe<Scalars['ID']['input']>;
  /** When it is due; not before pledgedOn. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** The fund it will go to. */
  fundId: Scalars['ID']['input'];
  /** A key you choose; a retry never records twice. */
  idempotencyKey: Scalars['String']['input'];
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day it was promised. */
  pledgedOn: Scalars['Date']['input'];
};

/** The result of recordPledge. */
export type RecordPledgePayload = {
  __typename?: 'RecordPledgePayload';
  /** The pledge. */
  pledge: Pledge;
};

/** The result of one year’s poverty review in a unit under a standard; replaces what was recorded for that unit, standard and year. */
export type RecordPovertyStatisticInput = {
  /** Ethnic-minority households, where known. */
  ethnicMinorityHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** Poor ethnic-minority households, where known. */
  ethnicMinorityPoorHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** All households of the unit. */
  households: Scalars['Int']['input'];
  /** Near-poor households, where known. */
  nearPoorHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** People living in the unit, where known. */
  people?: InputMaybe<Scalars['Int']['input']>;
  /** Poor households. */
  poorHouseholds: Scalars['Int']['input'];
  /** People in poor households, where known. */
  poorPeople?: InputMaybe<Scalars['Int']['input']>;
  /** The poor rate among ethnic-minority households the source states, in percent. */
  reportedEthnicMinorityPoorRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** The near-poor rate the source states, in percent. */
  reportedNearPoorRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** The poor-household rate the source states, in percent. */
  reportedPoorRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** Where the figures come from (report number and date). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The poverty standard’s code, e.g. "QD-59-2015" or "ND-07-2021". */
  standardCode: Scalars['String']['input'];
  /** The administrative unit (a former one too, for its history). */
  unitId: Scalars['ID']['input'];
  /** The year of the review; its counts hold at the end of that year and at the start of the next ("đầu năm 2016" is the review of 2015). */
  year: Scalars['Int']['input'];
};

/** The result of recordPovertyStatistic. */
export type RecordPovertyStatisticPayload = {
  __typename?: 'RecordPovertyStatisticPayload';
  /** The recorded statistic as a figure, with its derived rates. */
  figure: PovertyFigure;
  /** The recorded statistic as stored. */
  statistic: PovertyStatistic;
};

/** Records that a unit was merged into, split into or renamed as another. */
export type RecordUnitSuccessionInput = {
  /** First day of the successor's charge; the predecessor ends the day before if it had no end yet. */
  effectiveOn: Scalars['Date']['input'];
  /** Legal basis or remark. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The unit that ends. */
  predecessorId: Scalars['ID']['input'];
  /** The unit that carries it on. */
  successorId: Scalars['ID']['input'];
};

/** The result of recordUnitSuccession. */
export type RecordUnitSuccessionPayload = {
  __typename?: 'RecordUnitSuccessionPayload';
  /** The recorded link. */
  succession: UnitSuccession;
};

/** A new donor. */
export type RegisterDonorInput = {
  /** Gives anonymously. */
  anonymous?: Scalars['Boolean']['input'];
  /** Contact details. */
  contact?: InputMaybe<DonorContactInput>;
  /** The name staff know the donor by. */
  displayName: Scalars['String']['input'];
  /** Who the donor is. */
  kind: DonorKind;
  /** Agrees to be named publicly; not with anonymous. */
  publicConsent?: Scalars['Boolean']['input'];
  /** The unit whose Front committee keeps this record. */
  unitId: Scalars['ID']['input'];
};

/** The result of registerDonor. */
export type RegisterDonorPayload = {
  __typename?: 'RegisterDonorPayload';
  /** The new donor. */
  donor: Donor;
};

/** A new beneficiary household. */
export type RegisterHouseholdInput = {
  /** Address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** An ethnic-minority household. */
  ethnicMinority?: Scalars['Boolean']['input'];
  /** Head of household. */
  headName: Scalars['String']['input'];
  /** Number of members, 1–50. */
  members?: InputMaybe<Scalars['Int']['input']>;
  /** Its commune or village. */
  unitId: Scalars['ID']['input'];
};

/** The result of registerHousehold. */
export type RegisterHouseholdPayload = {
  __typename?: 'RegisterHouseholdPayload';
  /** The new household. */
  household: Household;
};

/** The result of rejectNomination. */
export type RejectNominationPayload = {
  __typename?: 'RejectNominationPayload';
  /** The nomination, now rejected. */
  nomination: Nomination;
};

/** Money mobilized for the campaign (and the campaigns under it) into the funds of the unit and those under it, in the period: donations net of reversals, goods apart from cash. */
export type ReportFunds = {
  __typename?: 'ReportFunds';
  /** Cash received, whole VND. */
  cash: Scalars['Money']['output'];
  /** Cash by channel (CASH, BANK_TRANSFER). */
  cashByChannel: Array<MoneyByKey>;
  /** Cash by source: the donor kind ("ANONYMOUS" for gifts with no donor). */
  cashBySource: Array<MoneyByKey>;
  /** Goods received, by unit of measure. */
  goods: Array<GoodsTotal>;
  /** Goods received, at appraised value (never counted as cash). */
  inKindValue: Scalars['Money']['output'];
};

/** The poverty series of the unit over the period, with its reduction against the campaign’s plan. */
export type ReportPoverty = {
  __typename?: 'ReportPoverty';
  /** The plan line: the opening rate less the campaign’s planned reduction a year; empty without a plan or opening review. */
  planLine: Array<PlannedPovertyRate>;
  /** From start to end, on average a year, against the plan (povertyReduction); null when a review is missing. */
  reduction?: Maybe<PovertyReduction>;
  /** The yearly reviews from the one opening the period to its last year. */
  series: Array<PovertyFigure>;
  /** The standard whose period holds the whole report period; null when none does (then every standard’s figures are listed). */
  standard?: Maybe<PovertyStandard>;
};

/** Where the period started: the campaign, its parts, the poverty at the start. */
export type ReportSituation = {
  __typename?: 'ReportSituation';
  /** The poverty review that opens the period (end of the year before: "đầu năm"); null when none. */
  povertyAtStart?: Maybe<PovertyFigure>;
  /** The campaigns directly under this one; their facts, and those of the campaigns under them, are included. */
  subCampaigns: Array<Campaign>;
};

/** Support given for the campaign out of the funds of the unit and those under it, in the period. */
export type ReportSupport = {
  __typename?: 'ReportSupport';
  /** By purpose. */
  byPurpose: Array<ReportSupportByPurpose>;
  /** Cash given, whole VND. */
  cash: Scalars['Money']['output'];
  /** Grants standing. */
  grants: Scalars['Int']['output'];
  /** Households reached over all purposes (one helped for two purposes counts once). */
  households: Scalars['Int']['output'];
  /** Goods given, at appraised value. */
  inKindValue: Scalars['Money']['output'];
};

/** Support given for one purpose, net of reversals. */
export type ReportSupportByPurpose = {
  __typename?: 'ReportSupportByPurpose';
  /** Cash given, whole VND. */
  cash: Scalars['Money']['output'];
  /** Goods given, by unit of measure. */
  goods: Array<GoodsTotal>;
  /** Grants standing (a grant reversed in full is not counted). */
  grants: Scalars['Int']['output'];
  /** Households reached: distinct households helped, plus the households the commune projects state. */
  households: Scalars['Int']['output'];
  /** Goods given, at appraised value. */
  inKindValue: Scalars['Money']['output'];
  /** Grants to commune projects. */
  projects: Scalars['Int']['output'];
  /** What for. */
  purpose: SupportPurpose;
};

/** A figure as a campaign’s report states it (a total with its parts, or one figure), kept as stated; consistencyFindings checks it. */
export type ReportedFigure = {
  __typename?: 'ReportedFigure';
  /** The campaign whose report states it. */
  campaign: Campaign;
  /** The fact it claims, if any. */
  claims?: Maybe<FigureClaim>;
  /** COUNT: the number, as stated. */
  count?: Maybe<Scalars['Quantity']['output']>;
  /** COUNT: what is counted. */
  countUnit?: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The claimed fact as the product holds it; null without a claim or without such facts. */
  factValue?: Maybe<FigureValue>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What it is, as the report words it. */
  label: Scalars['String']['output'];
  /** Money or a count. */
  measure: FigureMeasure;
  /** MONEY: whole VND, as stated. */
  money?: Maybe<Scalars['Money']['output']>;
  /** A note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The total it is a part of. */
  parent?: Maybe<ReportedFigure>;
  /** Its parts, in order (empty for a single figure). */
  parts: Array<ReportedFigure>;
  /** Order among the parts of its total (or among the totals). */
  position: Scalars['Int']['output'];
  /** Where it is stated. */
  source?: Maybe<Scalars['String']['output']>;
  /** The unit it is about. */
  unit: AdministrativeUnit;
  /** The stated value, with its Vietnamese text. */
  value: FigureValue;
};

/** Which reported figures to list. */
export type ReportedFigureFilter = {
  /** Only of this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the parts of this total. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only figures that are not a part of another. */
  topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only in this unit or under it (mergers included). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of ReportedFigure records with the total count. */
export type ReportedFigurePage = {
  __typename?: 'ReportedFigurePage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<ReportedFigure>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The result of returnNomination. */
export type ReturnNominationPayload = {
  __typename?: 'ReturnNominationPayload';
  /** The nomination, now returned. */
  nomination: Nomination;
};

/** Corrects a posted entry by posting its opposite. */
export type ReverseLedgerEntryInput = {
  /** The reversal’s date; today by default. */
  entryDate?: InputMaybe<Scalars['Date']['input']>;
  /** The entry to reverse (either side of an allocation reverses both). */
  entryId: Scalars['ID']['input'];
  /** A key you choose per reversal; a retry does nothing twice. */
  idempotencyKey: Scalars['String']['input'];
  /** Why: kept on the reversing entry. */
  reason: Scalars['String']['input'];
};

/** The result of reverseLedgerEntry. */
export type ReverseLedgerEntryPayload = {
  __typename?: 'ReverseLedgerEntryPayload';
  /** The reversing entry. */
  reversal: LedgerEntry;
};

/** The emulation council’s review of a submitted nomination. */
export type ReviewNominationInput = {
  /** The nomination. */
  id: Scalars['ID']['input'];
  /** The day the council met. */
  meetingOn: Scalars['Date']['input'];
  /** Members present, 1–200. */
  membersPresent: Scalars['Int']['input'];
  /** The minutes’ reference. */
  minutesRef?: InputMaybe<Scalars['String']['input']>;
  /** Votes against. */
  votesAgainst: Scalars['Int']['input'];
  /** Votes for. */
  votesFor: Scalars['Int']['input'];
};

/** The result of reviewNomination. */
export type ReviewNominationPayload = {
  __typename?: 'ReviewNominationPayload';
  /** The nomination, reviewed (or rejected by the vote). */
  nomination: Nomination;
};

/** The result of revokeApiToken. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The token, now revoked. */
  apiToken: ApiToken;
};

/** The result of revokeRole. */
export type RevokeRolePayload = {
  __typename?: 'RevokeRolePayload';
  /** The user without the grant. */
  user: User;
};

/** A role, granted on an administrative unit and everything under it (mergers included). */
export type Role =
  /** Reads everything in the subtree, the audit trail included; changes nothing. */
  | 'AUDITOR'
  /** API token holder: read-only, public and aggregate data only. */
  | 'DEVELOPER'
  /** Emulation board (Ban Thi đua – Khen thưởng): prepares, submits, reviews and forwards nominations of the unit’s subtree, and decides those whose conferring authority sits at exactly the unit’s level. */
  | 'EMULATION_OFFICER'
  /** Fatherland Front staff: campaigns, donors, funds and donations of the unit's subtree. */
  | 'FRONT_STAFF'
  /** Manages users and reference data everywhere. */
  | 'SYSTEM_ADMIN';

/** A role a user holds on an administrative unit and everything under it. */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The role. */
  role: Role;
  /** The unit; the grant covers everything under it. */
  unit: AdministrativeUnit;
};

/** A role to grant or revoke. */
export type RoleGrantInput = {
  /** The role. */
  role: Role;
  /** The unit. */
  unitId: Scalars['ID']['input'];
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** The verdict of one eligibility rule, with its reason. */
export type RuleCheck = {
  __typename?: 'RuleCheck';
  /** The rule is met. */
  passed: Scalars['Boolean']['output'];
  /** Why, in Vietnamese (English when the request asks for it). */
  reason: Scalars['String']['output'];
  /** The rule, in the version in force on the proposal date. */
  rule: CommendationRule;
};

/** A condition over the recipient’s history that an eligibility rule checks. */
export type RuleCondition =
  /** The nomination declares at least `years` consecutive years of excellent results, ending in the nomination’s year or the year before. */
  | 'CONSECUTIVE_GOOD_YEARS'
  /** The recipient is not under discipline on the nomination date. */
  | 'NOT_UNDER_DISCIPLINE'
  /** One achievement, one form: no other live or awarded nomination of the recipient for the same campaign. */
  | 'NO_DUPLICATE_ACHIEVEMENT'
  /** The recipient already holds one of `priorFormCodes` (decided before the nomination date), within `withinYears` years when set. */
  | 'PRIOR_COMMENDATION';

/** A bank’s statement layout: the header of each column the import reads. */
export type SaveBankStatementFormatInput = {
  /** The bank’s short code, e.g. "VCB"; an existing code is updated. */
  code: Scalars['String']['input'];
  /** Header of the money-in column, e.g. "Số tiền ghi có". */
  creditColumn: Scalars['String']['input'];
  /** Header of the transaction date column, e.g. "Ngày giao dịch". */
  dateColumn: Scalars['String']['input'];
  /** How the bank writes dates. */
  dateFormat: StatementDateFormat;
  /** Header of the money-out column, when separate; debit lines are skipped. */
  debitColumn?: InputMaybe<Scalars['String']['input']>;
  /** Header of the transfer description column, e.g. "Nội dung". */
  descriptionColumn: Scalars['String']['input'];
  /** The bank’s name, e.g. "Vietcombank". */
  name: Scalars['String']['input'];
  /** Header of the payer’s name column, when the bank gives it. */
  payerColumn?: InputMaybe<Scalars['String']['input']>;
  /** Header of the bank reference column, e.g. "Số tham chiếu". */
  referenceColumn: Scalars['String']['input'];
  /** When updating: the version you edited; a stale one is refused with CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of saveBankStatementFormat. */
export type SaveBankStatementFormatPayload = {
  __typename?: 'SaveBankStatementFormatPayload';
  /** The format. */
  format: BankStatementFormat;
};

/** The free-text sections of a campaign report for a unit and period. Every section is replaced by what is sent; null or blank clears it. */
export type SaveCampaignReportNarrativeInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** Difficulties and shortcomings (khó khăn, hạn chế). */
  difficulties?: InputMaybe<Scalars['String']['input']>;
  /** First year of the period, 2000–2100. */
  fromYear: Scalars['Int']['input'];
  /** Lessons learned (bài học kinh nghiệm). */
  lessons?: InputMaybe<Scalars['String']['input']>;
  /** Proposals (kiến nghị, đề xuất). */
  proposals?: InputMaybe<Scalars['String']['input']>;
  /** A note on the situation (đặc điểm tình hình). */
  situationNote?: InputMaybe<Scalars['String']['input']>;
  /** Last year of the period, 2000–2100, not before fromYear. */
  toYear: Scalars['Int']['input'];
  /** The unit the report is for. */
  unitId: Scalars['ID']['input'];
  /** The version you edited; null when you started from none. A save from a stale copy (or from none when someone has saved since) is refused with CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of saveCampaignReportNarrative. */
export type SaveCampaignReportNarrativePayload = {
  __typename?: 'SaveCampaignReportNarrativePayload';
  /** The report with the saved sections. */
  report: CampaignReport;
};

/** A new poverty-statistics import. */
export type StartPovertyImportInput = {
  /** The file’s name; .csv or .xlsx. */
  fileName: Scalars['String']['input'];
};

/** The result of startPovertyImport. */
export type StartPovertyImportPayload = {
  __typename?: 'StartPovertyImportPayload';
  /** The import. */
  povertyImport: PovertyImport;
};

/** A new bank-statement import into a fund; its file is sent next (see uploadPath). */
export type StartStatementImportInput = {
  /** The campaign for lines whose description names no campaign code. */
  defaultCampaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The file’s name; .csv or .xlsx decides how it is read. */
  fileName: Scalars['String']['input'];
  /** The bank’s statement format code, e.g. "VCB". */
  formatCode: Scalars['String']['input'];
  /** The fund whose bank account the statement is of. */
  fundId: Scalars['ID']['input'];
};

/** The result of startStatementImport. */
export type StartStatementImportPayload = {
  __typename?: 'StartStatementImportPayload';
  /** The import. */
  statementImport: StatementImport;
};

/** How a bank writes dates (a time after the date is ignored). */
export type StatementDateFormat =
  /** Day first: 31/12/2025, 31-12-2025, 31.12.2025. */
  | 'DMY'
  /** Year first: 2025-12-31. */
  | 'YMD';

/** Which receipts: a fund or a campaign, then any of the other conditions. */
export type StatementFilter = {
  /** Exactly this amount. */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** At most this amount. */
  amountMax?: InputMaybe<Scalars['Money']['input']>;
  /** At least this amount. */
  amountMin?: InputMaybe<Scalars['Money']['input']>;
  /** Receipts for this campaign, whatever fund received them. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** From this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Receipts of this fund. */
  fundId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the donor’s public name or the description, ignoring case and diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** This bank reference or receipt number, exactly. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Until this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A bank statement brought into a fund: its file is read and every line checked (the preview), then all valid lines are posted at once as bank-transfer donations. */
export type StatementImport = {
  __typename?: 'StatementImport';
  /** When it was posted. */
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the import was started. */
  createdAt: Scalars['DateTime']['output'];
  /** The campaign for lines naming none. */
  defaultCampaign?: Maybe<Campaign>;
  /** Lines whose bank reference is already posted or repeated in the file. */
  duplicateCount: Scalars['Int']['output'];
  /** The uploaded file’s name. */
  fileName: Scalars['String']['output'];
  /** SHA-256 of the file, once read to the end: the same file imported twice has the same one. */
  fileSha256?: Maybe<Scalars['String']['output']>;
  /** The bank’s layout used to read it. */
  format: BankStatementFormat;
  /** The fund. */
  fund: Fund;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Lines that cannot be read; each says why. */
  invalidCount: Scalars['Int']['output'];
  /** Its lines in file order: the preview. */
  lines: ImportedStatementLinePage;
  /** Lines read so far (not counting the header): poll it for progress. */
  linesRead: Scalars['Int']['output'];
  /** Lines posted as donations (after commit). */
  postedCount: Scalars['Int']['output'];
  /** Money going out or zero lines, left alone. */
  skippedCount: Scalars['Int']['output'];
  /** Where the import stands. */
  status: StatementImportStatus;
  /** Where to POST the statement file’s bytes (same login). */
  uploadPath: Scalars['String']['output'];
  /** Σ of the valid lines (after commit: of the posted ones), whole VND. */
  validAmount: Scalars['Money']['output'];
  /** Lines that will be posted (before commit). */
  validCount: Scalars['Int']['output'];
};


/** A bank statement brought into a fund: its file is read and every line checked (the preview), then all valid lines are posted at once as bank-transfer donations. */
export type StatementImportLinesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  status?: InputMaybe<StatementLineStatus>;
};

/** Which statement imports to list. */
export type StatementImportFilter = {
  /** Only this fund’s imports. */
  fundId?: InputMaybe<Scalars['ID']['input']>;
  /** Only imports in this state. */
  status?: InputMaybe<StatementImportStatus>;
};

/** A page of StatementImport records with the total count. */
export type StatementImportPage = {
  __typename?: 'StatementImportPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<StatementImport>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An import to post or abandon. */
export type StatementImportRef = {
  /** The import. */
  id: Scalars['ID']['input'];
};

/** Where a bank-statement import stands. */
export type StatementImportStatus =
  /** Abandoned before posting. */
  | 'CANCELLED'
  /** Posted, every valid line at once. */
  | 'COMMITTED'
  /** Read and checked: the preview. Nothing posted yet. */
  | 'READY'
  /** Waiting for (the rest of) its file; an interrupted upload resumes. */
  | 'UPLOADING';

/** One posted receipt as the public may see it (sao kê): no personal data. */
export type StatementLine = {
  __typename?: 'StatementLine';
  /** Whole VND (goods: appraised value). */
  amount: Scalars['Money']['output'];
  /** The bank’s reference of a transfer. */
  bankReference?: Maybe<Scalars['String']['output']>;
  /** Cash, bank transfer or goods. */
  channel: DonationChannel;
  /** The day it was received. */
  date: Scalars['Date']['output'];
  /** The description recorded with it. */
  description?: Maybe<Scalars['String']['output']>;
  /** The donor’s name with their consent, otherwise "Nhà hảo tâm ẩn danh". */
  donorName: Scalars['String']['output'];
  /** The donation’s id. */
  id: Scalars['ID']['output'];
  /** Goods: how many. */
  quantity?: Maybe<Scalars['Quantity']['output']>;
  /** Goods: the unit. */
  quantityUnit?: Maybe<Scalars['String']['output']>;
  /** The receipt number. */
  receiptNumber: Scalars['String']['output'];
};

/** What the import makes of one statement line. */
export type StatementLineStatus =
  /** Its bank reference is already posted to the fund, or appears earlier in the file. */
  | 'DUPLICATE'
  /** Unreadable; `problem` says why. */
  | 'INVALID'
  /** Posted as a donation. */
  | 'POSTED'
  /** Money going out, or zero: not a receipt. */
  | 'SKIPPED'
  /** A receipt to be posted as a bank-transfer donation. */
  | 'VALID';

/** A page of the public statement, newest first, by keyset cursor. */
export type StatementPage = {
  __typename?: 'StatementPage';
  /** The lines. */
  nodes: Array<StatementLine>;
  /** Where the next page starts. */
  pageInfo: StatementPageInfo;
  /** How many lines match in all; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** Where the next page starts. */
export type StatementPageInfo = {
  __typename?: 'StatementPageInfo';
  /** Pass as `after` for the next page; null on the last. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** true when there are more lines. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The result of submitNomination. */
export type SubmitNominationPayload = {
  __typename?: 'SubmitNominationPayload';
  /** The nomination, now submitted. */
  nomination: Nomination;
};

/** Support (hỗ trợ) given out of a fund to a household or a commune project. */
export type Support = {
  __typename?: 'Support';
  /** Whole VND given (goods: appraised value). */
  amount: Scalars['Money']['output'];
  /** The campaign it served. */
  campaign?: Maybe<Campaign>;
  /** The decision behind it. */
  decisionRef: Scalars['String']['output'];
  /** Its DISBURSEMENT entry. */
  entry: LedgerEntry;
  /** The fund it came out of. */
  fund: Fund;
  /** The household (personal data: null outside your scope). */
  household?: Maybe<Household>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Cash or goods. */
  medium: Medium;
  /** How many households the project reaches, as its decision states. */
  projectHouseholds?: Maybe<Scalars['Int']['output']>;
  /** A commune project’s name (when not for one household). */
  projectName?: Maybe<Scalars['String']['output']>;
  /** What for. */
  purpose: SupportPurpose;
  /** Goods: how many. */
  quantity?: Maybe<Scalars['Quantity']['output']>;
  /** Goods: the unit. */
  quantityUnit?: Maybe<Scalars['String']['output']>;
  /** The day it was given. */
  supportedOn: Scalars['Date']['output'];
  /** Where the support went. */
  unit: AdministrativeUnit;
};

/** Support given in one unit for one purpose, net of reversals. No personal data. */
export type SupportByUnitAndPurpose = {
  __typename?: 'SupportByUnitAndPurpose';
  /** Cash given, whole VND. */
  cash: Scalars['Money']['output'];
  /** How many grants of support. */
  grants: Scalars['Int']['output'];
  /** Households reached: distinct households helped, plus those the commune projects reach. */
  households: Scalars['Int']['output'];
  /** Goods given, at appraised value. */
  inKindValue: Scalars['Money']['output'];
  /** What for. */
  purpose: SupportPurpose;
  /** The unit (commune or district) the support went to. */
  unitId: Scalars['ID']['output'];
  /** Its name. */
  unitName: Scalars['String']['output'];
};

/** Which support to list (from funds within your scope). */
export type SupportFilter = {
  /** Only out of this fund. */
  fundId?: InputMaybe<Scalars['ID']['input']>;
  /** Only to this household. */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** Only for this purpose. */
  purpose?: InputMaybe<SupportPurpose>;
  /** Only support that went to this unit or under it. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of Support records with the total count. */
export type SupportPage = {
  __typename?: 'SupportPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<Support>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A commune project that receives support. */
export type SupportProjectInput = {
  /** How many households the project reaches, as its decision states (e.g. 750 for 1.000 cows); counted in the households reached by support. Unknown when not given. */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** The project, e.g. "Đề án 406/ĐA nuôi bò sinh sản". */
  name: Scalars['String']['input'];
  /** The commune it runs in. */
  unitId: Scalars['ID']['input'];
};

/** What support was given for. */
export type SupportPurpose =
  /** Disaster relief. */
  | 'DISASTER_RELIEF'
  /** Food relief. */
  | 'FOOD_RELIEF'
  /** Health-insurance cards (thẻ BHYT). */
  | 'HEALTH_INSURANCE'
  /** House repair. */
  | 'HOUSE_REPAIR'
  /** A livelihood model (mô hình sinh kế). */
  | 'LIVELIHOOD_MODEL'
  /** A new house ("nhà Đại đoàn kết"). */
  | 'NEW_HOUSE'
  /** Production: seed, livestock. */
  | 'PRODUCTION'
  /** Schooling and scholarships. */
  | 'SCHOOLING'
  /** Tết gifts. */
  | 'TET_GIFTS';

/** Tier of an administrative unit. Districts were abolished on 2025-07-01. */
export type UnitLevel =
  /** Commune, ward or township (xã / phường / thị trấn). */
  | 'COMMUNE'
  /** District, town or urban district (huyện / thị xã / quận); ended 2025-06-30. */
  | 'DISTRICT'
  /** The country (Việt Nam). */
  | 'NATION'
  /** Province or centrally-run city (tỉnh / thành phố). */
  | 'PROVINCE'
  /** Village or residential group (thôn / xóm / tổ dân phố). */
  | 'VILLAGE';

/** A unit was merged into, split into or renamed as another unit on a date. */
export type UnitSuccession = {
  __typename?: 'UnitSuccession';
  /** The first day the successor carries the predecessor. */
  effectiveOn: Scalars['Date']['output'];
  /** Stable id of this link. */
  id: Scalars['ID']['output'];
  /** The legal basis or a remark, e.g. the resolution number. */
  note?: Maybe<Scalars['String']['output']>;
  /** The unit that ended. */
  predecessor: AdministrativeUnit;
  /** The unit that carries it on. */
  successor: AdministrativeUnit;
};

/** Changes to an administrative unit; omitted fields stay as they are. */
export type UpdateAdministrativeUnitInput = {
  /** The unit to change. */
  id: Scalars['ID']['input'];
  /** New official name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New parent unit. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** First day in force. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day in force. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** The result of updateAdministrativeUnit. */
export type UpdateAdministrativeUnitPayload = {
  __typename?: 'UpdateAdministrativeUnitPayload';
  /** The unit as it is now. */
  administrativeUnit: AdministrativeUnit;
};

/** Changes to an activity; omitted fields stay, null clears an optional one. */
export type UpdateCampaignActivityInput = {
  /** How many. */
  count?: InputMaybe<Scalars['Int']['input']>;
  /** First year. */
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  /** The day; null clears it. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** The activity. */
  id: Scalars['ID']['input'];
  /** What kind. */
  kind?: InputMaybe<ActivityKind>;
  /** Note; null clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** People reached; null clears it. */
  participants?: InputMaybe<Scalars['Int']['input']>;
  /** Last year. */
  toYear?: InputMaybe<Scalars['Int']['input']>;
  /** The unit, within the campaign’s scope. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of updateCampaignActivity. */
export type UpdateCampaignActivityPayload = {
  __typename?: 'UpdateCampaignActivityPayload';
  /** The changed one. */
  activity: CampaignActivity;
};

/** Changes to a campaign; omitted fields stay as they are, null clears an optional one. */
export type UpdateCampaignInput = {
  /** What it is about. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The launching document. */
  document?: InputMaybe<LaunchingDocumentInput>;
  /** Last day. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The campaign to change. */
  id: Scalars['ID']['input'];
  /** What kind of drive it is. */
  kind?: InputMaybe<CampaignKind>;
  /** Money to raise, whole VND. */
  moneyTarget?: InputMaybe<Scalars['Money']['input']>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization that runs it. */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** The campaign it is part of. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Planned poverty-rate reduction, points per year. */
  povertyReductionTarget?: InputMaybe<Scalars['Decimal']['input']>;
  /** The unit it covers. */
  scopeUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** First day. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** New status. */
  status?: InputMaybe<CampaignStatus>;
  /** The version you edited; when it is no longer current the update is refused with CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of updateCampaign. */
export type UpdateCampaignPayload = {
  __typename?: 'UpdateCampaignPayload';
  /** The campaign as it is now. */
  campaign: Campaign;
};

/** Changes to a plan; omitted fields stay, null clears an optional one. */
export type UpdateCampaignPlanInput = {
  /** First year. */
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  /** The plan. */
  id: Scalars['ID']['input'];
  /** Points a year (upper bound); null: a single figure. */
  maxPointsPerYear?: InputMaybe<Scalars['Decimal']['input']>;
  /** Points a year (lower bound). */
  minPointsPerYear?: InputMaybe<Scalars['Decimal']['input']>;
  /** Whole VND to raise. */
  moneyAmount?: InputMaybe<Scalars['Money']['input']>;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where the plan is written. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Last year. */
  toYear?: InputMaybe<Scalars['Int']['input']>;
  /** The unit, within the campaign’s scope. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of updateCampaignPlan. */
export type UpdateCampaignPlanPayload = {
  __typename?: 'UpdateCampaignPlanPayload';
  /** The changed plan. */
  plan: CampaignPlan;
};

/** Changes to a catalogue form; omitted fields stay, null clears an optional one. */
export type UpdateCommendationFormInput = {
  /** false: takes no new nominations. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cash reward (individual). */
  cashRewardMultiple?: InputMaybe<Scalars['Decimal']['input']>;
  /** Cash reward (collective). */
  collectiveCashRewardMultiple?: InputMaybe<Scalars['Decimal']['input']>;
  /** The class. */
  grade?: InputMaybe<Scalars['String']['input']>;
  /** The form. */
  id: Scalars['ID']['input'];
  /** The legal basis. */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** Vietnamese name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Position in the catalogue. */
  rank?: InputMaybe<Scalars['Int']['input']>;
  /** Who it may go to (at least one). */
  recipientKinds?: InputMaybe<Array<RecipientKind>>;
};

/** The result of updateCommendationForm. */
export type UpdateCommendationFormPayload = {
  __typename?: 'UpdateCommendationFormPayload';
  /** The form as it is now. */
  form: CommendationForm;
};

/** Changes to a recipient; omitted fields stay, null clears an optional one. */
export type UpdateCommendationRecipientInput = {
  /** Address (personal data). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Under discipline up to this day, included: no nomination dated before it passes. */
  disciplineUntil?: InputMaybe<Scalars['Date']['input']>;
  /** The recipient. */
  id: Scalars['ID']['input'];
  /** The name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Position and workplace. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited; a stale one is refused. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of updateCommendationRecipient. */
export type UpdateCommendationRecipientPayload = {
  __typename?: 'UpdateCommendationRecipientPayload';
  /** The recipient as it is now. */
  recipient: CommendationRecipient;
};

/** Changes to a donor; omitted fields stay as they are. */
export type UpdateDonorInput = {
  /** Gives anonymously. */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** Contact details: replaces all of them (null fields are cleared). */
  contact?: InputMaybe<DonorContactInput>;
  /** The name staff know the donor by. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The donor to change. */
  id: Scalars['ID']['input'];
  /** Who the donor is. */
  kind?: InputMaybe<DonorKind>;
  /** Agrees to be named publicly. */
  publicConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** The unit whose Front committee keeps this record. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you edited; when it is no longer current the update is refused with CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of updateDonor. */
export type UpdateDonorPayload = {
  __typename?: 'UpdateDonorPayload';
  /** The donor as it is now. */
  donor: Donor;
};

/** Changes to an exemplar; omitted fields stay, null clears an optional one. */
export type UpdateExemplarInput = {
  /** Description; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The exemplar. */
  id: Scalars['ID']['input'];
  /** What it is. */
  kind?: InputMaybe<ExemplarKind>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Where in the unit; null clears it. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** It was replicated; false clears count and places. */
  replicated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where; null clears it. */
  replicatedWhere?: InputMaybe<Scalars['String']['input']>;
  /** How many times; null clears it. */
  replicationCount?: InputMaybe<Scalars['Int']['input']>;
  /** Its unit, within the campaign’s scope. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The year; null clears it. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of updateExemplar. */
export type UpdateExemplarPayload = {
  __typename?: 'UpdateExemplarPayload';
  /** The changed exemplar. */
  exemplar: Exemplar;
};

/** Changes to a household; omitted fields stay as they are. */
export type UpdateHouseholdInput = {
  /** Address; null clears it. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** An ethnic-minority household. */
  ethnicMinority?: InputMaybe<Scalars['Boolean']['input']>;
  /** Head of household. */
  headName?: InputMaybe<Scalars['String']['input']>;
  /** The household to change. */
  id: Scalars['ID']['input'];
  /** Number of members, 1–50; null clears it. */
  members?: InputMaybe<Scalars['Int']['input']>;
  /** Its commune or village. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you edited; when it is no longer current the update is refused with CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of updateHousehold. */
export type UpdateHouseholdPayload = {
  __typename?: 'UpdateHouseholdPayload';
  /** The changed household. */
  household: Household;
};

/** Changes to a draft or returned nomination; omitted fields stay, null clears an optional one. */
export type UpdateNominationInput = {
  /** The achievement. */
  achievement?: InputMaybe<Scalars['String']['input']>;
  /** Supporting documents (replaces the list). */
  attachments?: InputMaybe<Array<AttachmentInput>>;
  /** The campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Years of excellent results declared. */
  excellentYears?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Another form. */
  formId?: InputMaybe<Scalars['ID']['input']>;
  /** Funds mobilized, VND. */
  fundsMobilized?: InputMaybe<Scalars['Money']['input']>;
  /** Households lifted out of poverty. */
  householdsLiftedOut?: InputMaybe<Scalars['Int']['input']>;
  /** Houses built or repaired. */
  housesBuilt?: InputMaybe<Scalars['Int']['input']>;
  /** The nomination. */
  id: Scalars['ID']['input'];
  /** The proposal’s date. */
  proposedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The version you edited; a stale one is refused. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of updateNomination. */
export type UpdateNominationPayload = {
  __typename?: 'UpdateNominationPayload';
  /** The nomination as it is now. */
  nomination: Nomination;
};

/** Changes to an organization; omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** true: detach it from its parent. */
  clearParent?: InputMaybe<Scalars['Boolean']['input']>;
  /** The organization to change. */
  id: Scalars['ID']['input'];
  /** What kind of body it is. */
  kind?: InputMaybe<OrganizationKind>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization above it. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit it sits in. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of updateOrganization. */
export type UpdateOrganizationPayload = {
  __typename?: 'UpdateOrganizationPayload';
  /** The organization as it is now. */
  organization: Organization;
};

/** Changes the counts of a recorded statistic (its unit, standard and year stay). An omitted field is left as it is; null clears an optional one. */
export type UpdatePovertyStatisticInput = {
  /** Ethnic-minority households; null clears. */
  ethnicMinorityHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** Poor ethnic-minority households; null clears. */
  ethnicMinorityPoorHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** All households. */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** The statistic to change. */
  id: Scalars['ID']['input'];
  /** Near-poor households; null clears. */
  nearPoorHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** People; null clears. */
  people?: InputMaybe<Scalars['Int']['input']>;
  /** Poor households. */
  poorHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** People in poor households; null clears. */
  poorPeople?: InputMaybe<Scalars['Int']['input']>;
  /** The ethnic-minority poor rate the source states; null clears. */
  reportedEthnicMinorityPoorRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** The near-poor rate the source states; null clears. */
  reportedNearPoorRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** The poor rate the source states; null clears. */
  reportedPoorRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** Where the figures come from; null clears. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited; when it is no longer current the update is refused with CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of updatePovertyStatistic. */
export type UpdatePovertyStatisticPayload = {
  __typename?: 'UpdatePovertyStatisticPayload';
  /** The changed statistic. */
  statistic: PovertyStatistic;
};

/** Changes to a reported figure; omitted fields stay, null clears an optional one. */
export type UpdateReportedFigureInput = {
  /** The fact it claims; null: none. */
  claims?: InputMaybe<FigureFactInput>;
  /** COUNT: the number. */
  count?: InputMaybe<Scalars['Quantity']['input']>;
  /** COUNT: what is counted; null clears it. */
  countUnit?: InputMaybe<Scalars['String']['input']>;
  /** The figure. */
  id: Scalars['ID']['input'];
  /** What it is. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** MONEY: whole VND. */
  money?: InputMaybe<Scalars['Money']['input']>;
  /** A note; null clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The total it is a part of; null: none. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Order among the parts. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Where it is stated; null clears it. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The unit, within the campaign’s scope. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of updateReportedFigure. */
export type UpdateReportedFigurePayload = {
  __typename?: 'UpdateReportedFigurePayload';
  /** The changed figure. */
  figure: ReportedFigure;
};

/** Changes to a user; omitted fields stay as they are. */
export type UpdateUserInput = {
  /** false locks the account and ends its sessions. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name shown in the panel. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The user. */
  id: Scalars['ID']['input'];
  /** A new password, at least 12 characters. */
  password?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateUser. */
export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  /** The user as it is now. */
  user: User;
};

/** A person who logs in to Chung Tay: Front staff, emulation officers, auditors, administrators. */
export type User = {
  __typename?: 'User';
  /** false: the user cannot log in; their sessions and tokens stop working. */
  active: Scalars['Boolean']['output'];
  /** When this account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Name shown in the panel and the audit trail. */
  displayName: Scalars['String']['output'];
  /** Login email, lower case. */
  email: Scalars['String']['output'];
  /** The roles this user holds, each on a unit. */
  grants: Array<RoleGrant>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Last successful login. */
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Which user accounts to list. All conditions must hold. */
export type UserFilter = {
  /** Only active (true) or locked (false) accounts. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words in the name or email, ignoring case and diacritics. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only users holding this role somewhere. */
  role?: InputMaybe<Role>;
  /** Only users with a grant on this unit or a unit under it. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** How to sort users. */
export type UserOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: UserOrderField;
};

/** What users can be sorted by. */
export type UserOrderField =
  /** By createdAt. */
  | 'CREATED_AT'
  /** By displayName. */
  | 'DISPLAY_NAME'
  /** By email. */
  | 'EMAIL'
  /** By lastLoginAt. */
  | 'LAST_LOGIN_AT';

/** A page of User records with the total count. */
export type UserPage = {
  __typename?: 'UserPage';
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** The records on this page. */
  nodes: Array<User>;
  /** The offset this page starts at. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};
