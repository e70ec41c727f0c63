-- Issue #13: void joins hold and capture as one statement in the database. The benchmark sends
-- 5 % of holds to void; through the application a void took ~17 round trips, as many as all the
-- holds and captures of the same redemptions together (the client's socket writes were a quarter
-- of its time). What it does is unchanged: redemption-service.ts `voidContract` calls it, maps its
-- refusals to the same problems and presents the contract as hold and capture do.
CREATE OR REPLACE FUNCTION voucher_void(
  p_scope text, p_key text, p_request_hash text, p_account uuid, p_provider uuid,
  p_contract uuid, p_now timestamptz, p_actor_label text, p_request_id text
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_replay jsonb;
  v_c voucher_contracts%ROWTYPE;
  v_held_account uuid;
  l record;
BEGIN
  v_replay := voucher_begin_provider_command(p_scope, p_key, p_request_hash, p_account, p_provider,
                                             p_now);
  IF v_replay IS NOT NULL THEN
    RETURN v_replay;
  END IF;
  v_c := voucher_lock_provider_contract(p_contract, p_provider);
  IF v_c.status <> 'held' THEN
    PERFORM voucher_refuse('voucher.invalid_transition', jsonb_build_object(
      'from', v_c.status, 'action', 'void',
      'reason', CASE WHEN v_c.status = 'captured' THEN 'captured_not_voidable' END));
  END IF;
  PERFORM 1 FROM voucher_entitlements
   WHERE organisation_id = v_c.organisation_id AND kind = v_c.kind FOR UPDATE;

  v_held_account := voucher_open_account('held:' || v_c.organisation_id || ':' || v_c.kind, 'held',
                                         v_c.kind, p_now);
  -- Every leg goes back to the grant it came from, in the order the legs were written.
  FOR l IN
    SELECT leg.grant_id, leg.held_fen, gr.account_id
      FROM voucher_hold_legs leg JOIN voucher_grants gr ON gr.id = leg.grant_id
     WHERE leg.contract_id = v_c.id
     ORDER BY gr.valid_until ASC NULLS LAST, gr.issued_at ASC, gr.id ASC
  LOOP
    PERFORM voucher_post_transfer('release', v_c.kind, v_held_account, l.account_id, l.held_fen,
                                  l.grant_id, v_c.id, NULL, p_now);
  END LOOP;

  UPDATE voucher_contracts SET status = 'voided', voided_at = p_now, updated_at = p_now
   WHERE id = v_c.id;
  RETURN voucher_end_provider_command(
    p_scope, p_key, v_c.id, 'voucher_hold.voided',
    jsonb_build_object('releasedFen', v_c.held_fen),
    p_now, p_account, p_actor_label, p_request_id);
END $$;
