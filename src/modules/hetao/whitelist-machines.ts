import type {
  HetaoWhiteListApplicationStatus,
  HetaoWhiteListEntryStatus,
} from '../../db/schema/hetao-whitelist';
import type { HetaoTariffVersionStatus } from '../../db/schema/hetao-tariff';
import { defineMachine } from '../../shared/state-machine';

export { allowedActions, nextState } from '../../shared/state-machine';

/**
 * The white list's and the tariff table's state machines (issue #16 items 1 and 3), declared
 * with the platform's one helper (src/shared/state-machine.ts); anything not in a table is
 * refused with 409 `hetao.illegal_transition`, like the desk's other machines.
 */

/** An application to the white list (B.N3): decided by the white-list officer. */
export const whiteListApplicationMachine = defineMachine<
  HetaoWhiteListApplicationStatus,
  'attach' | 'request_information' | 'provide_information' | 'list' | 'refuse' | 'withdraw'
>({
  name: 'white-list-application',
  subject: { 'zh-Hans': '白名单申请', 'zh-Hant': '白名單申請', en: 'white-list application' },
  errorCode: 'hetao.illegal_transition',
  states: ['submitted', 'more_information_requested', 'listed', 'refused', 'withdrawn'],
  transitions: {
    /** Documents may be added while the application is live. */
    attach: { submitted: 'submitted', more_information_requested: 'more_information_requested' },
    request_information: { submitted: 'more_information_requested' },
    /** The applicant answers; the application is back in the officer's queue. */
    provide_information: { more_information_requested: 'submitted' },
    list: { submitted: 'listed' },
    refuse: { submitted: 'refused', more_information_requested: 'refused' },
    withdraw: { submitted: 'withdrawn', more_information_requested: 'withdrawn' },
  },
});

/** An entry of the white list. Expiry is not a state: a listed entry past its end date is expired. */
export const whiteListEntryMachine = defineMachine<
  HetaoWhiteListEntryStatus,
  'edit' | 'suspend' | 'reinstate' | 'remove' | 'supersede'
>({
  name: 'white-list-entry',
  subject: { 'zh-Hans': '白名单条目', 'zh-Hant': '白名單條目', en: 'white-list entry' },
  errorCode: 'hetao.illegal_transition',
  states: ['listed', 'suspended', 'removed', 'superseded'],
  transitions: {
    /** The filing reference or the end date, while the entry is in force. */
    edit: { listed: 'listed', suspended: 'suspended' },
    suspend: { listed: 'suspended' },
    reinstate: { suspended: 'listed' },
    remove: { listed: 'removed', suspended: 'removed' },
    /** Done by the system when an expired entry's organisation is listed again. */
    supersede: { listed: 'superseded' },
  },
});

/** A tariff version: imported as a draft, then published or discarded. */
export const tariffVersionMachine = defineMachine<HetaoTariffVersionStatus, 'publish' | 'discard'>({
  name: 'tariff-version',
  subject: { 'zh-Hans': '税率表版本', 'zh-Hant': '稅率表版本', en: 'tariff version' },
  errorCode: 'hetao.illegal_transition',
  states: ['draft', 'published', 'discarded'],
  transitions: {
    publish: { draft: 'published' },
    discard: { draft: 'discarded' },
  },
});
