import { voucherContractStatusValues, type VoucherContractStatus } from '../../db/schema/vouchers';
import { defineMachine, nextState } from '../../shared/state-machine';

/**
 * A voucher contract's life (issue #13 item 3): two parties, two phases.
 *
 *   awaiting_company ─confirm (company)→ confirmed ─hold (provider)→ held ─capture→ captured
 *                    └decline (company)→ declined                     └void→ voided
 *   captured ─refund (partly or fully, before settlement)→ captured
 *
 * Nothing is held until the company agrees; a hold is captured or voided exactly once.
 */
export const voucherContractMachine = defineMachine({
  name: 'voucher_contract',
  subject: { 'zh-Hans': '券合同', 'zh-Hant': '券合同', en: 'voucher contract' },
  errorCode: 'voucher.invalid_transition',
  states: voucherContractStatusValues,
  transitions: {
    confirm: { awaiting_company: 'confirmed' },
    decline: { awaiting_company: 'declined' },
    hold: { confirmed: 'held' },
    capture: { held: 'captured' },
    void: { held: 'voided' },
    refund: { captured: 'captured' },
  },
});

export type VoucherContractAction = keyof typeof voucherContractMachine.transitions;

export function nextContractStatus(
  from: VoucherContractStatus,
  action: VoucherContractAction,
): VoucherContractStatus {
  return nextState(voucherContractMachine, from, action);
}
