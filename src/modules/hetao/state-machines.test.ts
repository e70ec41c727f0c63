import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import {
  allowedActions,
  listVersionMachine,
  nextState,
  questionMachine,
  rulingMachine,
  suggestionGroupMachine,
  type StateMachine,
} from './state-machines';

/**
 * Every machine, every state × every action: the legal transitions are exactly the ones
 * written here (the expected table is spelled out again, not derived from the code), and every
 * other combination is refused with hetao.illegal_transition (409).
 */
const expected: Record<string, Record<string, Record<string, string>>> = {
  'list-version': {
    edit: { draft: 'draft' },
    publish: { draft: 'published' },
    discard: { draft: 'discarded' },
    supersede: { published: 'superseded' },
  },
  question: {
    attach: { open: 'open' },
    answer: { open: 'answered' },
    withdraw: { open: 'withdrawn' },
    publish: { answered: 'published' },
    retract: { published: 'answered' },
  },
  'suggestion-group': {
    suggest: { open: 'open', pulled: 'pulled' },
    support: { open: 'open', pulled: 'pulled' },
    pull: { open: 'pulled' },
    decline: { open: 'declined' },
    release: { pulled: 'open' },
    include: { pulled: 'included' },
  },
  'advance-ruling': {
    edit: { draft: 'draft' },
    file: { draft: 'filed' },
    accept: { filed: 'accepted' },
    refuse: { filed: 'not_accepted' },
    rule: { accepted: 'ruled' },
    publish: { ruled: 'published' },
    withdraw: { draft: 'withdrawn', filed: 'withdrawn', accepted: 'withdrawn' },
  },
};

const machines: StateMachine<string, string>[] = [
  listVersionMachine,
  questionMachine,
  suggestionGroupMachine,
  rulingMachine,
];

describe.each(machines.map((machine) => [machine.name, machine] as const))(
  'state machine %s',
  (name, machine) => {
    const table = expected[name]!;

    it('has exactly the expected actions', () => {
      expect(Object.keys(machine.transitions).sort()).toEqual(Object.keys(table).sort());
    });

    for (const state of machine.states) {
      for (const action of Object.keys(table)) {
        const to = table[action]![state];
        if (to) {
          it(`${state} --${action}--> ${to}`, () => {
            expect(nextState(machine, state, action)).toBe(to);
          });
        } else {
          it(`${state} --${action}--> refused (409)`, () => {
            let caught: unknown;
            try {
              nextState(machine, state, action);
            } catch (error) {
              caught = error;
            }
            expect(caught).toBeInstanceOf(AppError);
            expect((caught as AppError).code).toBe('hetao.illegal_transition');
            expect((caught as AppError).status).toBe(409);
            expect((caught as AppError).extensions).toMatchObject({ from: state, action });
          });
        }
      }
      it(`${state}: allowedActions lists exactly the legal ones`, () => {
        const legal = Object.keys(table).filter((action) => table[action]![state]);
        expect(allowedActions(machine, state).sort()).toEqual(legal.sort());
      });
    }
  },
);
