import { requestStates, type RequestState } from '../../../shared/request-content.ts';
import type { Role } from '../../../shared/roles.ts';
import type { EligibilityDecision } from '../eligibility/index.ts';

/**
 * The one place that knows the states of a request and how it moves between them (DESIGN.md §4). Use cases
 * ask `transition` before they write; a refusal becomes a 409 with the message as it stands. Recording who,
 * when and why is the caller's job, in the same transaction as the state change.
 */

// The states are declared in shared/ so the web app can label them; this module owns how they change.
export { requestStates, type RequestState };

export const requestActionTypes = [
  'submit',
  'decide_eligibility',
  'images_complete',
  'start_review',
  'release_review',
  'request_information',
  'answer_information',
  'record_outcome',
  'close',
  'withdraw',
  'withdraw_consent',
  'return_to_referrer',
] as const;
export type RequestActionType = (typeof requestActionTypes)[number];

export type RequestAction =
  | { type: 'submit' }
  | { type: 'decide_eligibility'; decision: 'accepted'; hasAllImages: boolean }
  | { type: 'decide_eligibility'; decision: Exclude<EligibilityDecision, 'accepted'> }
  | { type: 'images_complete' }
  | { type: 'start_review' }
  | { type: 'release_review' }
  | { type: 'request_information' }
  | { type: 'answer_information' }
  | { type: 'record_outcome' }
  | { type: 'close' }
  | { type: 'withdraw' }
  | { type: 'withdraw_consent' }
  | { type: 'return_to_referrer' };

/** Who may take an action: a role, the patient through their link, or the service itself. */
export type Performer = Role | 'patient' | 'system';

type ActionDefinition = {
  /** The states the action may be taken from. */
  from: readonly RequestState[];
  performedBy: readonly Performer[];
  /** Whether the caller must store a reason with the transition (shown in the timeline). */
  reasonRequired: boolean;
  /** Completes "A request that is in review cannot be …". */
  refusedAs: string;
};

// Withdrawal is open until a consultant has the case: once a review is under way or an outcome is signed,
// the referrer must talk to the service rather than pull the request from under the consultant.
const withdrawable = [
  'draft',
  'submitted',
  'awaiting_images',
  'ready_for_review',
  'information_requested',
] as const satisfies readonly RequestState[];

export const requestActions: Record<RequestActionType, ActionDefinition> = {
  submit: { from: ['draft'], performedBy: ['referrer'], reasonRequired: false, refusedAs: 'submitted' },
  decide_eligibility: {
    from: ['submitted'],
    performedBy: ['system'],
    reasonRequired: false,
    refusedAs: 'assessed for eligibility',
  },
  // The photographer marks a clinic's images complete; the service does it when a patient's upload is whole.
  images_complete: {
    from: ['awaiting_images'],
    performedBy: ['referrer', 'photographer', 'system'],
    reasonRequired: false,
    refusedAs: 'marked as having all its images',
  },
  start_review: {
    from: ['ready_for_review'],
    performedBy: ['consultant'],
    reasonRequired: false,
    refusedAs: 'taken for review',
  },
  // A consultant hands a case back, or the service takes it back when a claim expires.
  release_review: {
    from: ['in_review'],
    performedBy: ['consultant', 'system'],
    reasonRequired: false,
    refusedAs: 'released from review',
  },
  request_information: {
    from: ['in_review'],
    performedBy: ['consultant'],
    reasonRequired: true,
    refusedAs: 'asked for more information',
  },
  answer_information: {
    from: ['information_requested'],
    performedBy: ['referrer'],
    reasonRequired: false,
    refusedAs: 'answered',
  },
  record_outcome: {
    from: ['in_review'],
    performedBy: ['consultant'],
    reasonRequired: false,
    refusedAs: 'given an outcome',
  },
  close: {
    from: ['outcome_recorded'],
    performedBy: ['referrer', 'booking_clerk', 'system'],
    reasonRequired: false,
    refusedAs: 'closed',
  },
  withdraw: { from: withdrawable, performedBy: ['referrer'], reasonRequired: true, refusedAs: 'withdrawn' },
  // A patient who withdraws consent must be able to stop a review already under way: unlike a referrer's
  // withdrawal, it cannot wait for the consultant to finish. After an outcome is signed, the consent
  // withdrawal is still recorded by the caller but there is no processing left to stop.
  withdraw_consent: {
    from: [...withdrawable, 'in_review'],
    performedBy: ['referrer', 'patient'],
    reasonRequired: true,
    refusedAs: 'withdrawn',
  },
  // A clinic patient who did not attend, under the service's rule, goes back to the referrer with a letter.
  return_to_referrer: {
    from: ['awaiting_images'],
    performedBy: ['booking_clerk', 'photographer', 'system'],
    reasonRequired: true,
    refusedAs: 'returned to the referrer',
  },
};

/** How each state reads in a refusal: "A request that {is in review} cannot be withdrawn". */
const stateWords: Record<RequestState, string> = {
  draft: 'is a draft',
  submitted: 'has been submitted',
  redirected: 'has been redirected to the urgent suspected cancer pathway',
  not_accepted: 'was not accepted',
  withdrawn: 'has been withdrawn',
  awaiting_images: 'is waiting for images',
  ready_for_review: 'is ready for review',
  in_review: 'is in review',
  information_requested: 'is waiting for more information',
  outcome_recorded: 'has an outcome recorded',
  closed: 'is closed',
  returned: 'was returned to the referrer',
};

function destination(action: RequestAction): RequestState {
  switch (action.type) {
    case 'submit':
      return 'submitted';
    case 'decide_eligibility':
      if (action.decision === 'accepted') return action.hasAllImages ? 'ready_for_review' : 'awaiting_images';
      return action.decision === 'redirect_urgent_cancer' ? 'redirected' : 'not_accepted';
    case 'images_complete':
    case 'release_review':
    case 'answer_information':
      return 'ready_for_review';
    case 'start_review':
      return 'in_review';
    case 'request_information':
      return 'information_requested';
    case 'record_outcome':
      return 'outcome_recorded';
    case 'close':
      return 'closed';
    case 'withdraw':
    case 'withdraw_consent':
      return 'withdrawn';
    case 'return_to_referrer':
      return 'returned';
  }
}

export type TransitionResult = { ok: true; from: RequestState; to: RequestState } | { ok: false; message: string };

/** Where an action takes a request in a given state, or why it cannot be taken. */
export function transition(state: RequestState, action: RequestAction): TransitionResult {
  const definition = requestActions[action.type];
  if (!definition.from.includes(state))
    return { ok: false, message: `A request that ${stateWords[state]} cannot be ${definition.refusedAs}` };
  return { ok: true, from: state, to: destination(action) };
}

/** The actions that may be taken from a state, in the order they are declared. */
export function allowedActions(state: RequestState): RequestActionType[] {
  return requestActionTypes.filter((type) => requestActions[type].from.includes(state));
}

/** Whether the performer may take the action at all (whether the state allows it is `transition`'s job). */
export function mayPerform(performer: Performer, actionType: RequestActionType): boolean {
  return requestActions[actionType].performedBy.includes(performer);
}

/** A terminal request never moves again: redirected, not accepted, withdrawn, closed or returned. */
export function isTerminal(state: RequestState): boolean {
  return allowedActions(state).length === 0;
}

/**
 * Whether the response-target clock runs. It runs only while the case is with the dermatology service
 * (ready for review or in review); it is paused while information is requested from the referrer or the
 * patient, and has not started while images are awaited.
 */
export function clockRunning(state: RequestState): boolean {
  return state === 'ready_for_review' || state === 'in_review';
}

/** Every concrete action, once per distinct outcome, for tests and for documentation of the graph. */
export const everyRequestAction: readonly RequestAction[] = [
  { type: 'submit' },
  { type: 'decide_eligibility', decision: 'accepted', hasAllImages: true },
  { type: 'decide_eligibility', decision: 'accepted', hasAllImages: false },
  { type: 'decide_eligibility', decision: 'redirect_urgent_cancer' },
  { type: 'decide_eligibility', decision: 'not_accepted' },
  { type: 'images_complete' },
  { type: 'start_review' },
  { type: 'release_review' },
  { type: 'request_information' },
  { type: 'answer_information' },
  { type: 'record_outcome' },
  { type: 'close' },
  { type: 'withdraw' },
  { type: 'withdraw_consent' },
  { type: 'return_to_referrer' },
];
