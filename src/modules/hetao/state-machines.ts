import type {
  HetaoListVersionStatus,
  HetaoQuestionStatus,
  HetaoRulingStatus,
  HetaoSuggestionGroupStatus,
} from '../../db/schema/hetao';
import { AppError } from '../../errors/app-error';

/**
 * The explicit state machines of the Hetao desk. Each is a table `action → (from → to)`; a
 * service asks {@link nextState} before it changes anything, and every action not in the table
 * for the current state is refused with `hetao.illegal_transition` (409).
 */
export interface StateMachine<State extends string, Action extends string> {
  name: string;
  states: readonly State[];
  transitions: Record<Action, Partial<Record<State, State>>>;
}

function defineMachine<State extends string, Action extends string>(
  machine: StateMachine<State, Action>,
) {
  return machine;
}

/** A list version: drafted, then published once (superseding the previous one) or discarded. */
export const listVersionMachine = defineMachine<
  HetaoListVersionStatus,
  'edit' | 'publish' | 'discard' | 'supersede'
>({
  name: 'list-version',
  states: ['draft', 'published', 'superseded', 'discarded'],
  transitions: {
    /** Changing items or metadata keeps a draft a draft; nothing else may be edited. */
    edit: { draft: 'draft' },
    publish: { draft: 'published' },
    discard: { draft: 'discarded' },
    /** Done by the system when another version is published. */
    supersede: { published: 'superseded' },
  },
});

/** A consultation question (B.C1). */
export const questionMachine = defineMachine<
  HetaoQuestionStatus,
  'attach' | 'answer' | 'withdraw' | 'publish' | 'retract'
>({
  name: 'question',
  states: ['open', 'answered', 'published', 'withdrawn'],
  transitions: {
    /** Datasheets may be added while the question waits for its answer. */
    attach: { open: 'open' },
    answer: { open: 'answered' },
    withdraw: { open: 'withdrawn' },
    /** The answer becomes an anonymised precedent. */
    publish: { answered: 'published' },
    /** The precedent is taken down; the answer stays with the asker. */
    retract: { published: 'answered' },
  },
});

/** A group of suggestions for one heading (B.L3). */
export const suggestionGroupMachine = defineMachine<
  HetaoSuggestionGroupStatus,
  'suggest' | 'support' | 'pull' | 'decline' | 'release' | 'include'
>({
  name: 'suggestion-group',
  states: ['open', 'pulled', 'included', 'declined'],
  transitions: {
    /** A group pulled into the draft still gathers suggestions and support until published. */
    suggest: { open: 'open', pulled: 'pulled' },
    support: { open: 'open', pulled: 'pulled' },
    /** Customs puts it into the next draft list version. */
    pull: { open: 'pulled' },
    decline: { open: 'declined' },
    /** The draft it was pulled into was discarded, or its item removed from the draft. */
    release: { pulled: 'open' },
    /** The draft it was pulled into was published. */
    include: { pulled: 'included' },
  },
});

/** An advance-ruling (預裁定) request (B.N8). */
export const rulingMachine = defineMachine<
  HetaoRulingStatus,
  'edit' | 'file' | 'accept' | 'refuse' | 'rule' | 'publish' | 'withdraw'
>({
  name: 'advance-ruling',
  states: ['draft', 'filed', 'accepted', 'not_accepted', 'ruled', 'published', 'withdrawn'],
  transitions: {
    edit: { draft: 'draft' },
    /** Refused unless the planned import is at least 3 months away (B.N8). */
    file: { draft: 'filed' },
    /** Customs decides within 10 days whether to accept (B.N8). */
    accept: { filed: 'accepted' },
    refuse: { filed: 'not_accepted' },
    rule: { accepted: 'ruled' },
    /** Published unless it holds trade secrets (B.N8). */
    publish: { ruled: 'published' },
    withdraw: { draft: 'withdrawn', filed: 'withdrawn', accepted: 'withdrawn' },
  },
});

/**
 * The state `action` leads to from `from`, or a 409 `hetao.illegal_transition` naming the
 * machine, the state and the action.
 */
export function nextState<State extends string, Action extends string>(
  machine: StateMachine<State, Action>,
  from: State,
  action: Action,
): State {
  const to = machine.transitions[action][from];
  if (to === undefined) {
    throw new AppError('hetao.illegal_transition', {
      detail: {
        'zh-Hans': `“${from}”状态下不能执行“${action}”`,
        'zh-Hant': `「${from}」狀態下不能執行「${action}」`,
        en: `Cannot ${action} a ${machine.name} that is ${from}`,
      },
      extensions: {
        machine: machine.name,
        from,
        action,
        allowed: allowedActions(machine, from),
      },
    });
  }
  return to;
}

/** The actions possible from a state (for the UI's buttons and for error messages). */
export function allowedActions<State extends string, Action extends string>(
  machine: StateMachine<State, Action>,
  from: State,
): Action[] {
  return (Object.keys(machine.transitions) as Action[]).filter(
    (action) => machine.transitions[action][from] !== undefined,
  );
}
