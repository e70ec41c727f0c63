import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import {
  allowedActions,
  defineMachine,
  illegalTransition,
  nextState,
  planTransition,
} from './state-machine';

/** A door, with who may do what as the actions' data. */
const door = defineMachine<
  'open' | 'closed' | 'locked',
  'open' | 'close' | 'lock' | 'unlock',
  {
    by: 'anyone' | 'keyholder';
  }
>({
  name: 'door',
  subject: { 'zh-Hans': '门', 'zh-Hant': '門', en: 'door' },
  errorCode: 'hetao.illegal_transition',
  states: ['open', 'closed', 'locked'],
  transitions: {
    open: { closed: 'open' },
    close: { open: 'closed' },
    lock: { closed: 'locked', open: 'locked' },
    unlock: { locked: 'closed' },
  },
  actionData: {
    open: { by: 'anyone' },
    close: { by: 'anyone' },
    lock: { by: 'keyholder' },
    unlock: { by: 'keyholder' },
  },
});

/** The same without action data, refusing with the other code. */
const light = defineMachine<'on' | 'off', 'switch_on' | 'switch_off'>({
  name: 'light',
  subject: { 'zh-Hans': '灯', 'zh-Hant': '燈', en: 'light' },
  errorCode: 'application.invalid_transition',
  states: ['on', 'off'],
  transitions: { switch_on: { off: 'on' }, switch_off: { on: 'off' } },
});

describe('a state machine declared as data', () => {
  it('moves along the table', () => {
    expect(nextState(door, 'closed', 'open')).toBe('open');
    expect(nextState(door, 'open', 'lock')).toBe('locked');
    expect(nextState(light, 'off', 'switch_on')).toBe('on');
  });

  it('plans without throwing, with the action’s data', () => {
    expect(planTransition(door, 'locked', 'unlock')).toEqual({
      ok: true,
      transition: { from: 'locked', action: 'unlock', to: 'closed', by: 'keyholder' },
    });
    expect(planTransition(light, 'on', 'switch_off')).toEqual({
      ok: true,
      transition: { from: 'on', action: 'switch_off', to: 'off' },
    });
    expect(planTransition(door, 'locked', 'open')).toEqual({
      ok: false,
      from: 'locked',
      action: 'open',
      allowed: ['unlock'],
    });
  });

  it('lists the allowed actions in declaration order', () => {
    expect(allowedActions(door, 'open')).toEqual(['close', 'lock']);
    expect(allowedActions(door, 'closed')).toEqual(['open', 'lock']);
    expect(allowedActions(light, 'on')).toEqual(['switch_off']);
  });

  it('refuses anything else with the machine’s own 409 code and a localised detail', () => {
    let caught: unknown;
    try {
      nextState(door, 'locked', 'open');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe('hetao.illegal_transition');
    expect(error.status).toBe(409);
    expect(error.extensions).toEqual({
      machine: 'door',
      from: 'locked',
      action: 'open',
      allowed: ['unlock'],
    });
    expect(error.detail).toEqual({
      'zh-Hans': '门当前状态为「locked」，不能执行「open」。',
      'zh-Hant': '門目前狀態為「locked」，不能執行「open」。',
      en: 'The door is "locked"; "open" is not possible from there.',
    });

    const other = illegalTransition(light, 'on', 'switch_on');
    expect(other.code).toBe('application.invalid_transition');
    expect(other.status).toBe(409);
    expect(other.extensions).toMatchObject({ machine: 'light', allowed: ['switch_off'] });
  });

  it('refuses an action it does not know at all', () => {
    expect(() => nextState(light, 'on', 'dim' as 'switch_on')).toThrow(AppError);
  });
});
