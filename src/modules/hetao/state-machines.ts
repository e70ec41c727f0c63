import type {
  HetaoListVersionStatus,
  HetaoQuestionStatus,
  HetaoRulingStatus,
  HetaoSuggestionGroupStatus,
} from '../../db/schema/hetao';
import { defineMachine } from '../../shared/state-machine';

/**
 * The explicit state machines of the Hetao desk, declared with the platform's one state-machine
 * helper (src/shared/state-machine.ts). Each is a table `action → (from → to)`; a service asks
 * {@link nextState} before it changes anything, and every action not in the table for the
 * current state is refused with `hetao.illegal_transition` (409), the code this desk's clients
 * have always received.
 */
export { allowedActions, nextState, type StateMachine } from '../../shared/state-machine';

/** A list version: drafted, then published once (superseding the previous one) or discarded. */
export const listVersionMachine = defineMachine<
  HetaoListVersionStatus,
  'edit' | 'publish' | 'discard' | 'supersede'
>({
  name: 'list-version',
  subject: { 'zh-Hans': '清单版本', 'zh-Hant': '清單版本', en: 'list version' },
  errorCode: 'hetao.illegal_transition',
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
  subject: { 'zh-Hans': '咨询', 'zh-Hant': '諮詢', en: 'question' },
  errorCode: 'hetao.illegal_transition',
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
  subject: { 'zh-Hans': '建议组', 'zh-Hant': '建議組', en: 'suggestion group' },
  errorCode: 'hetao.illegal_transition',
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
  subject: { 'zh-Hans': '预裁定申请', 'zh-Hant': '預裁定申請', en: 'advance ruling' },
  errorCode: 'hetao.illegal_transition',
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
