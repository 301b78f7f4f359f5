import { campaignId, unitId } from './fixtures.js';
import { users, type TestServer } from './server.js';

export const NOMINATION_FIELDS = `id status reason version form { code } recipient { id name }
  transitions { fromStatus toStatus actorLabel note }`;

export const CREATE_NOMINATION = `mutation($input: CreateNominationInput!) {
  createNomination(input: $input) { nomination { ${NOMINATION_FIELDS} } }
}`;

let seq = 0;
/** A name no other test uses, so that no two nominations share a recipient by accident. */
export const uniqueName = (prefix: string) => `${prefix} ${Date.now() % 100000}-${seq++}`;

export async function formId(server: TestServer, code: string): Promise<string> {
  const data = await server.ok(`query($c: String!) { commendationForm(code: $c) { id } }`, { c: code });
  return data.commendationForm.id;
}

export interface NominationOptions {
  form?: string;
  kind?: 'COLLECTIVE' | 'INDIVIDUAL' | 'HOUSEHOLD' | 'BUSINESS';
  name?: string;
  recipientId?: string;
  campaign?: string;
  proposingUnit?: string;
  recipientUnit?: string;
  proposedOn?: string;
  excellentYears?: number[];
  as?: string;
}

/** A draft nomination of the Cao Bằng board (by default a collective for the provincial Bằng khen). */
export async function createNomination(server: TestServer, o: NominationOptions = {}) {
  const input: Record<string, unknown> = {
    formId: await formId(server, o.form ?? 'BK-TINH'),
    campaignId: await campaignId(server, o.campaign ?? 'CB-2016-2020'),
    proposingUnitId: await unitId(server, o.proposingUnit ?? '04'),
    proposedOn: o.proposedOn ?? '2026-03-02',
    achievement: 'Có thành tích xuất sắc trong công tác giảm nghèo',
    excellentYears: o.excellentYears ?? [],
    attachments: [{ name: 'Báo cáo thành tích', reference: 'BC-01/2026', mediaType: 'application/pdf' }],
  };
  if (o.recipientId) input.recipientId = o.recipientId;
  else
    input.recipient = {
      kind: o.kind ?? 'COLLECTIVE',
      name: o.name ?? uniqueName('Ủy ban MTTQ xã'),
      unitId: await unitId(server, o.recipientUnit ?? '04'),
      address: 'Tổ 1, phường Hợp Giang',
    };
  const data = await server.ok(CREATE_NOMINATION, { input }, { as: o.as ?? users.emulationCaoBang });
  return data.createNomination.nomination as { id: string; recipient: { id: string; name: string }; status: string };
}

export const STEP = {
  submit: `mutation($id: ID!) { submitNomination(input: { id: $id }) { nomination { ${NOMINATION_FIELDS} } } }`,
  review: `mutation($id: ID!, $for: Int = 6, $against: Int = 1, $on: Date = "2026-03-10") { reviewNomination(input: { id: $id, meetingOn: $on, membersPresent: 7, votesFor: $for, votesAgainst: $against, minutesRef: "BB-05/HĐTĐKT" }) { nomination { ${NOMINATION_FIELDS} council { approved votesFor } } } }`,
  forward: `mutation($id: ID!) { forwardNomination(input: { id: $id }) { nomination { ${NOMINATION_FIELDS} } } }`,
  reject: `mutation($id: ID!) { rejectNomination(input: { id: $id, reason: "Thành tích chưa tiêu biểu" }) { nomination { ${NOMINATION_FIELDS} } } }`,
  return: `mutation($id: ID!) { returnNomination(input: { id: $id, reason: "Bổ sung báo cáo thành tích" }) { nomination { ${NOMINATION_FIELDS} } } }`,
  decide: `mutation($ids: [ID!]!, $n: String!, $on: Date = "2026-04-01") { recordCommendationDecision(input: { number: $n, decidedOn: $on, signerName: "Chủ tịch UBND tỉnh", nominationIds: $ids }) { decision { id number commendations { id status } } } }`,
  confer: `mutation($id: ID!) { conferCommendation(input: { id: $id, conferredOn: "2026-04-10" }) { nomination { ${NOMINATION_FIELDS} } } }`,
  publish: `mutation($id: ID!) { publishCommendation(input: { id: $id }) { nomination { ${NOMINATION_FIELDS} } } }`,
  update: `mutation($id: ID!) { updateNomination(input: { id: $id, achievement: "Thành tích đã bổ sung" }) { nomination { ${NOMINATION_FIELDS} } } }`,
} as const;

export type Step = keyof typeof STEP;

let decisions = 0;
export const decisionNumber = () => `${Date.now() % 100000}-${decisions++}/QĐ-UBND`;

/** Variables of a step for one nomination. */
export const stepVariables = (step: Step, id: string) =>
  step === 'decide' ? { ids: [id], n: decisionNumber() } : { id };

/**
 * Who takes each step of a Cao Bằng nomination: the board member who submits, the council member
 * who reviews and forwards, and the deciding level (the province, or the centre for national forms).
 */
export function actorFor(step: Step, national = false): string {
  switch (step) {
    case 'submit':
    case 'update':
    case 'confer':
      return users.emulationCaoBang;
    case 'decide':
    case 'publish':
      return national ? users.emulationCentral : users.councilCaoBang;
    default:
      return users.councilCaoBang;
  }
}

const PATH: Record<string, Step[]> = {
  DRAFT: [],
  SUBMITTED: ['submit'],
  REVIEWED: ['submit', 'review'],
  FORWARDED: ['submit', 'review', 'forward'],
  DECIDED: ['submit', 'review', 'forward', 'decide'],
  CONFERRED: ['submit', 'review', 'forward', 'decide', 'confer'],
  PUBLISHED: ['submit', 'review', 'forward', 'decide', 'confer', 'publish'],
  REJECTED: ['submit', 'reject'],
  RETURNED: ['submit', 'return'],
};

/** Takes a nomination to `status` along the ordinary path, each step by its proper actor. */
export async function advance(server: TestServer, id: string, status: string, national = false): Promise<void> {
  for (const step of PATH[status]!) {
    await server.ok(STEP[step], stepVariables(step, id), { as: actorFor(step, national) });
  }
}
