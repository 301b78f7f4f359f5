import type { NominationStatus } from '@chung-tay/schema';
import type { Grantee } from './access';

/**
 * The steps of a nomination, as server/src/modules/commendations/nomination-workflow.service.ts
 * allows them: from which statuses, whether the submitter is barred, whether only the conferring
 * level (its board, at exactly the form's deciding level) may take it. The panel offers a step
 * only when all of it holds; the server still decides.
 */
export const STEPS = ['submit', 'review', 'forward', 'decide', 'return', 'reject', 'confer', 'publish'] as const;
export type Step = (typeof STEPS)[number];

const UNDER_REVIEW: NominationStatus[] = ['SUBMITTED', 'REVIEWED', 'FORWARDED'];

export const stepFrom: Record<Step, NominationStatus[]> = {
  submit: ['DRAFT', 'RETURNED'],
  review: ['SUBMITTED'],
  forward: ['REVIEWED'],
  decide: ['FORWARDED'],
  return: UNDER_REVIEW,
  reject: UNDER_REVIEW,
  confer: ['DECIDED'],
  publish: ['CONFERRED'],
};

/** A nomination is edited where it is (re)submitted from: a draft, or one returned for changes. */
export const editableStatuses: NominationStatus[] = stepFrom.submit;

/** The one who submitted may not review, forward, decide, return or reject it. */
const SUBMITTER_BARRED: Step[] = ['review', 'forward', 'decide', 'return', 'reject'];

/** What the panel needs of a nomination to tell who may move it. */
export interface NominationLike {
  status: NominationStatus;
  proposingUnit?: { id: string } | null;
  conferringUnit?: { id: string } | null;
  form?: { decidingLevel?: string } | null;
  transitions?: readonly { toStatus: NominationStatus; actorLabel: string }[] | null;
}

export const isStep = (action: string): action is Step => (STEPS as readonly string[]).includes(action);

/** The conferring level acts on forwarded nominations (deciding, turning down) and publishes. */
function byConferringLevel(step: Step, record: NominationLike): boolean {
  return step === 'decide' || (step !== 'publish' && record.status === 'FORWARDED' && step !== 'forward');
}

/** The unit whose board takes the step: the conferring unit for decide/publish, else the proposing one. */
export function stepUnitId(step: Step, record: NominationLike): string | undefined {
  const unit = byConferringLevel(step, record) || step === 'publish' ? record.conferringUnit : record.proposingUnit;
  return unit?.id == null ? undefined : String(unit.id);
}

/** The email of who last submitted it (transitions name the actor by email). */
export function submitterOf(record: NominationLike): string | undefined {
  return [...(record.transitions ?? [])].reverse().find((t) => t.toStatus === 'SUBMITTED')?.actorLabel;
}

/**
 * The grants that may count for the step, or null when the record's state rules it out for `me`
 * (wrong status, own submission). At the conferring level only grants at the form's level count.
 */
export function grantsForStep<G extends Grantee['grants'][number]>(
  me: { email?: string; grants: readonly G[] },
  step: Step,
  record: NominationLike,
): readonly G[] | null {
  if (!stepFrom[step].includes(record.status)) return null;
  if (SUBMITTER_BARRED.includes(step) && me.email && submitterOf(record) === me.email) return null;
  if (!byConferringLevel(step, record)) return me.grants;
  const level = record.form?.decidingLevel;
  return me.grants.filter((g) => !level || g.unit.level === level);
}
