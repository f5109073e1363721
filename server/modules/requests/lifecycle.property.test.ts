import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  allowedActions,
  clockRunning,
  everyRequestAction,
  isTerminal,
  requestStates,
  transition,
  type RequestState,
} from './lifecycle.ts';

/**
 * Random walks from 'draft' through the lifecycle. The model below is the graph of DESIGN.md §4 reduced to
 * which states may follow which, kept apart from lifecycle.ts so that a slip in either shows up here.
 */
const successors: Record<RequestState, readonly RequestState[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['awaiting_images', 'ready_for_review', 'redirected', 'not_accepted', 'withdrawn'],
  awaiting_images: ['ready_for_review', 'withdrawn', 'returned'],
  ready_for_review: ['in_review', 'withdrawn'],
  in_review: ['ready_for_review', 'information_requested', 'outcome_recorded', 'withdrawn'],
  information_requested: ['ready_for_review', 'withdrawn'],
  outcome_recorded: ['closed'],
  redirected: [],
  not_accepted: [],
  withdrawn: [],
  closed: [],
  returned: [],
};
const absorbing: readonly RequestState[] = ['withdrawn', 'redirected', 'not_accepted', 'closed', 'returned'];

const anyAction = fc.constantFrom(...everyRequestAction);

describe('lifecycle under random sequences of actions', () => {
  test('never reaches a state or takes a step outside the graph', () => {
    fc.assert(
      fc.property(fc.array(anyAction, { maxLength: 60 }), (actions) => {
        let state: RequestState = 'draft';
        for (const action of actions) {
          const result = transition(state, action);
          if (result.ok) {
            expect(result.from).toBe(state);
            expect(requestStates).toContain(result.to);
            expect(successors[state]).toContain(result.to);
            expect(allowedActions(state)).toContain(action.type);
            state = result.to;
          } else {
            // A refusal explains itself and leaves the request where it was.
            expect(result.message).toMatch(/^A request that .+ cannot be .+$/);
            expect(allowedActions(state)).not.toContain(action.type);
          }
          if (isTerminal(state)) expect(clockRunning(state)).toBe(false);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  test('terminal states are absorbing: once there, every action is refused', () => {
    fc.assert(
      fc.property(fc.array(anyAction, { maxLength: 40 }), fc.array(anyAction, { maxLength: 20 }), (path, after) => {
        let state: RequestState = 'draft';
        for (const action of path) {
          const result = transition(state, action);
          if (result.ok) state = result.to;
        }
        fc.pre(isTerminal(state));
        expect(absorbing).toContain(state);
        for (const action of after) {
          expect(transition(state, action).ok).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('the terminal states are exactly the absorbing ones and have no outgoing transitions', () => {
    for (const state of requestStates) {
      expect(isTerminal(state)).toBe(absorbing.includes(state));
      if (isTerminal(state)) {
        expect(allowedActions(state)).toEqual([]);
        expect(everyRequestAction.filter((action) => transition(state, action).ok)).toEqual([]);
      }
    }
  });

  test('a walk that only takes allowed steps can reach every state', () => {
    const reached = new Set<RequestState>();
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (choices) => {
        let state: RequestState = 'draft';
        reached.add(state);
        for (const choice of choices) {
          const moves = everyRequestAction.filter((action) => transition(state, action).ok);
          const action = moves[choice % Math.max(moves.length, 1)];
          if (!action) break;
          const result = transition(state, action);
          if (result.ok) state = result.to;
          reached.add(state);
        }
      }),
      { numRuns: 2_000, seed: 42 },
    );
    expect([...reached].sort()).toEqual([...requestStates].sort());
  });

  test('the clock runs only while the case is with the service, and never once a request is finished', () => {
    fc.assert(
      fc.property(fc.constantFrom(...requestStates), (state) => {
        if (clockRunning(state)) expect(['ready_for_review', 'in_review']).toContain(state);
        if (isTerminal(state) || state === 'information_requested') expect(clockRunning(state)).toBe(false);
      }),
    );
  });
});
