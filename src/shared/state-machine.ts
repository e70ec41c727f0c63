import { AppError, type ErrorCode, type LocalisedText } from '../errors/app-error';

/**
 * The one way the platform declares a workflow: a state machine as data. Each action maps the
 * states it may be taken from to the state it leads to (`action → from → to`); anything not in
 * the table is refused with a 409 problem naming the machine, the state, the action and what is
 * allowed instead. A service asks {@link nextState} (or {@link planTransition}, to decide what
 * to do with a refusal itself) before it changes anything.
 *
 * NOTE: the refusal's error code is part of each machine's declaration because codes are public
 * API (src/errors/app-error.ts): the Hetao desk's machines refuse with `hetao.illegal_transition`,
 * the application workflow with `application.invalid_transition`, as they did before there was
 * one helper. Both codes must map to 409.
 */
export interface StateMachine<
  State extends string,
  Action extends string,
  Extra extends object = Record<never, never>,
> {
  /** Named in the problem's `machine` extension (e.g. `question`, `application`). */
  name: string;
  /** What the machine moves, for the localised refusal: 申请 / 申請 / application. */
  subject: LocalisedText;
  /** The 409 code a refusal carries. */
  errorCode: ErrorCode;
  states: readonly State[];
  transitions: { readonly [A in Action]: Partial<Record<State, State>> };
  /**
   * Optional data about each action, the same whichever state it is taken from (the
   * application workflow's `actor`: who may take it).
   */
  actionData?: { readonly [A in Action]: Extra };
}

/**
 * Declares a machine (an identity function that checks its types): a machine whose actions carry
 * data must give `actionData` for every action.
 */
export function defineMachine<
  State extends string,
  Action extends string,
  Extra extends object = Record<never, never>,
>(
  machine: StateMachine<State, Action, Extra> &
    (keyof Extra extends never ? unknown : { actionData: { readonly [A in Action]: Extra } }),
): StateMachine<State, Action, Extra> {
  return machine;
}

/** One allowed move: from a state, by an action, to a state, with the action's data. */
export type Transition<State extends string, Action extends string, Extra extends object> = {
  from: State;
  action: Action;
  to: State;
} & Extra;

export type TransitionPlan<State extends string, Action extends string, Extra extends object> =
  | { ok: true; transition: Transition<State, Action, Extra> }
  | { ok: false; from: State; action: Action; allowed: Action[] };

/** The actions possible from a state, in declaration order (for buttons and error messages). */
export function allowedActions<State extends string, Action extends string>(
  machine: StateMachine<State, Action, object>,
  from: State,
): Action[] {
  return (Object.keys(machine.transitions) as Action[]).filter(
    (action) => machine.transitions[action][from] !== undefined,
  );
}

/** Checks an action against the table without throwing. */
export function planTransition<State extends string, Action extends string, Extra extends object>(
  machine: StateMachine<State, Action, Extra>,
  from: State,
  action: Action,
): TransitionPlan<State, Action, Extra> {
  const to = machine.transitions[action]?.[from];
  if (to === undefined) return { ok: false, from, action, allowed: allowedActions(machine, from) };
  const extra = machine.actionData?.[action];
  return {
    ok: true,
    transition: { ...extra, from, action, to } as Transition<State, Action, Extra>,
  };
}

/** The state `action` leads to from `from`; throws {@link illegalTransition} when none. */
export function nextState<State extends string, Action extends string>(
  machine: StateMachine<State, Action, object>,
  from: State,
  action: Action,
): State {
  const plan = planTransition(machine, from, action);
  if (!plan.ok) throw illegalTransition(machine, from, action);
  return plan.transition.to;
}

/**
 * The 409 problem for an action a machine does not allow from a state, with the extensions
 * `{ machine, from, action, allowed }` and a detail in each language.
 */
export function illegalTransition<State extends string, Action extends string>(
  machine: StateMachine<State, Action, object>,
  from: State,
  action: Action,
): AppError {
  const { subject } = machine;
  return new AppError(machine.errorCode, {
    detail: {
      'zh-Hans': `${subject['zh-Hans']}当前状态为「${from}」，不能执行「${action}」。`,
      'zh-Hant': `${subject['zh-Hant']}目前狀態為「${from}」，不能執行「${action}」。`,
      en: `The ${subject.en} is "${from}"; "${action}" is not possible from there.`,
    },
    extensions: { machine: machine.name, from, action, allowed: allowedActions(machine, from) },
  });
}
