import { describe, expect, test } from 'vitest';
import {
  allowedActions,
  clockRunning,
  everyRequestAction,
  isTerminal,
  mayPerform,
  requestActionTypes,
  requestActions,
  requestStates,
  transition,
  type RequestAction,
  type RequestState,
} from './lifecycle.ts';

const accepted = (hasAllImages: boolean): RequestAction => ({
  type: 'decide_eligibility',
  decision: 'accepted',
  hasAllImages,
});

/** The graph of DESIGN.md §4, written out independently of lifecycle.ts so each checks the other. */
const allowed: [from: RequestState, action: RequestAction, to: RequestState][] = [
  ['draft', { type: 'submit' }, 'submitted'],
  ['draft', { type: 'withdraw' }, 'withdrawn'],
  ['draft', { type: 'withdraw_consent' }, 'withdrawn'],
  ['submitted', accepted(false), 'awaiting_images'],
  ['submitted', accepted(true), 'ready_for_review'],
  ['submitted', { type: 'decide_eligibility', decision: 'redirect_urgent_cancer' }, 'redirected'],
  ['submitted', { type: 'decide_eligibility', decision: 'not_accepted' }, 'not_accepted'],
  ['submitted', { type: 'withdraw' }, 'withdrawn'],
  ['submitted', { type: 'withdraw_consent' }, 'withdrawn'],
  ['awaiting_images', { type: 'images_complete' }, 'ready_for_review'],
  ['awaiting_images', { type: 'withdraw' }, 'withdrawn'],
  ['awaiting_images', { type: 'withdraw_consent' }, 'withdrawn'],
  ['awaiting_images', { type: 'return_to_referrer' }, 'returned'],
  ['ready_for_review', { type: 'start_review' }, 'in_review'],
  ['ready_for_review', { type: 'withdraw' }, 'withdrawn'],
  ['ready_for_review', { type: 'withdraw_consent' }, 'withdrawn'],
  ['in_review', { type: 'release_review' }, 'ready_for_review'],
  ['in_review', { type: 'request_information' }, 'information_requested'],
  ['in_review', { type: 'record_outcome' }, 'outcome_recorded'],
  ['in_review', { type: 'withdraw_consent' }, 'withdrawn'],
  ['information_requested', { type: 'answer_information' }, 'ready_for_review'],
  ['information_requested', { type: 'withdraw' }, 'withdrawn'],
  ['information_requested', { type: 'withdraw_consent' }, 'withdrawn'],
  ['outcome_recorded', { type: 'close' }, 'closed'],
];

const key = (state: RequestState, action: RequestAction) => `${state} ${JSON.stringify(action)}`;
const allowedKeys = new Set(allowed.map(([from, action]) => key(from, action)));
const refused = requestStates.flatMap((state) =>
  everyRequestAction
    .filter((action) => !allowedKeys.has(key(state, action)))
    .map((action) => [state, action] as [RequestState, RequestAction]),
);

describe('transition', () => {
  test.each(allowed)('%s --%j--> %s', (from, action, to) => {
    expect(transition(from, action)).toEqual({ ok: true, from, to });
  });

  test('every action moves some state, and only terminal states have no way on', () => {
    for (const action of everyRequestAction) {
      expect(
        allowed.some(([, a]) => key('draft', a) === key('draft', action)),
        JSON.stringify(action),
      ).toBe(true);
    }
    for (const state of requestStates) {
      expect(
        allowed.some(([from]) => from === state),
        state,
      ).toBe(!isTerminal(state));
    }
  });

  test.each(refused)('%s --%j--> refused', (from, action) => {
    const result = transition(from, action);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^A request that .+ cannot be .+$/);
  });

  test.each([
    ['in_review', { type: 'withdraw' }, 'A request that is in review cannot be withdrawn'],
    ['outcome_recorded', { type: 'withdraw' }, 'A request that has an outcome recorded cannot be withdrawn'],
    ['outcome_recorded', { type: 'withdraw_consent' }, 'A request that has an outcome recorded cannot be withdrawn'],
    ['closed', { type: 'withdraw' }, 'A request that is closed cannot be withdrawn'],
    ['draft', { type: 'start_review' }, 'A request that is a draft cannot be taken for review'],
    ['submitted', { type: 'submit' }, 'A request that has been submitted cannot be submitted'],
    [
      'redirected',
      { type: 'submit' },
      'A request that has been redirected to the urgent suspected cancer pathway cannot be submitted',
    ],
    ['not_accepted', { type: 'start_review' }, 'A request that was not accepted cannot be taken for review'],
    ['awaiting_images', { type: 'start_review' }, 'A request that is waiting for images cannot be taken for review'],
    [
      'information_requested',
      { type: 'record_outcome' },
      'A request that is waiting for more information cannot be given an outcome',
    ],
    ['ready_for_review', { type: 'answer_information' }, 'A request that is ready for review cannot be answered'],
    ['in_review', accepted(true), 'A request that is in review cannot be assessed for eligibility'],
    ['withdrawn', { type: 'withdraw' }, 'A request that has been withdrawn cannot be withdrawn'],
  ] as [RequestState, RequestAction, string][])('%s --%j--> "%s"', (from, action, message) => {
    expect(transition(from, action)).toEqual({ ok: false, message });
  });
});

describe('allowedActions and isTerminal', () => {
  test.each([
    ['draft', ['submit', 'withdraw', 'withdraw_consent']],
    ['submitted', ['decide_eligibility', 'withdraw', 'withdraw_consent']],
    ['awaiting_images', ['images_complete', 'withdraw', 'withdraw_consent', 'return_to_referrer']],
    ['ready_for_review', ['start_review', 'withdraw', 'withdraw_consent']],
    ['in_review', ['release_review', 'request_information', 'record_outcome', 'withdraw_consent']],
    ['information_requested', ['answer_information', 'withdraw', 'withdraw_consent']],
    ['outcome_recorded', ['close']],
    ['redirected', []],
    ['not_accepted', []],
    ['withdrawn', []],
    ['closed', []],
    ['returned', []],
  ] as [RequestState, string[]][])('%s allows %j', (state, actions) => {
    expect(allowedActions(state)).toEqual(actions);
    expect(isTerminal(state)).toBe(actions.length === 0);
  });

  test('allowedActions agrees with transition for every concrete action', () => {
    for (const state of requestStates) {
      for (const action of everyRequestAction) {
        expect(transition(state, action).ok).toBe(allowedActions(state).includes(action.type));
      }
    }
  });

  test('every action type has a concrete example', () => {
    expect(new Set(everyRequestAction.map((action) => action.type))).toEqual(new Set(requestActionTypes));
  });
});

describe('clockRunning', () => {
  test.each([
    ['draft', false],
    ['submitted', false],
    ['awaiting_images', false],
    ['ready_for_review', true],
    ['in_review', true],
    ['information_requested', false],
    ['outcome_recorded', false],
    ['closed', false],
    ['redirected', false],
    ['not_accepted', false],
    ['withdrawn', false],
    ['returned', false],
  ] as [RequestState, boolean][])('%s → %s', (state, running) => {
    expect(clockRunning(state)).toBe(running);
  });

  test('asking for information pauses the clock and the answer restarts it', () => {
    const asked = transition('in_review', { type: 'request_information' });
    if (!asked.ok) throw new Error(asked.message);
    expect(clockRunning(asked.to)).toBe(false);
    const answered = transition(asked.to, { type: 'answer_information' });
    if (!answered.ok) throw new Error(answered.message);
    expect(clockRunning(answered.to)).toBe(true);
  });
});

describe('who may act', () => {
  test.each([
    ['referrer', 'submit', true],
    ['referrer', 'withdraw', true],
    ['referrer', 'answer_information', true],
    ['referrer', 'start_review', false],
    ['referrer', 'record_outcome', false],
    ['referrer', 'decide_eligibility', false],
    ['consultant', 'start_review', true],
    ['consultant', 'request_information', true],
    ['consultant', 'record_outcome', true],
    ['consultant', 'release_review', true],
    ['consultant', 'submit', false],
    ['consultant', 'withdraw', false],
    ['photographer', 'images_complete', true],
    ['photographer', 'record_outcome', false],
    ['system', 'decide_eligibility', true],
    ['system', 'images_complete', true],
    ['system', 'release_review', true],
    ['system', 'submit', false],
    ['patient', 'withdraw_consent', true],
    ['patient', 'withdraw', false],
    ['patient', 'answer_information', false],
    ['booking_clerk', 'record_outcome', false],
    ['service_admin', 'start_review', false],
    ['photographer', 'return_to_referrer', true],
    ['booking_clerk', 'return_to_referrer', true],
    ['referrer', 'return_to_referrer', false],
  ] as const)('%s %s → %s', (performer, action, expected) => {
    expect(mayPerform(performer, action)).toBe(expected);
  });

  test('withdrawals, requests for information and returns to the referrer need a reason; nothing else does', () => {
    const needReason = requestActionTypes.filter((type) => requestActions[type].reasonRequired);
    expect(needReason).toEqual(['request_information', 'withdraw', 'withdraw_consent', 'return_to_referrer']);
  });
});
