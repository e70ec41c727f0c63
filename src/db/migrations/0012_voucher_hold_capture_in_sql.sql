-- Issue #13: the two commands on a redemption's hot path — hold and capture — run as one
-- statement each, in the database, instead of ~17 round trips from the application (the
-- benchmark's bottleneck was the application process, with connections idle in transaction
-- waiting for it). What they do is unchanged: src/modules/vouchers/redemption-service.ts calls
-- them, maps their refusals to the same problems, and presents the contract; the model-based
-- property tests, the race and crash tests run through them.
--
-- A refusal is raised with SQLSTATE 'VCH01', the problem's code as the message and its
-- extensions as JSON in the detail: the whole statement — key claim included — rolls back, as a
-- refused call stores nothing.

CREATE OR REPLACE FUNCTION voucher_refuse(p_code text, p_extensions jsonb DEFAULT '{}'::jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'VCH01', MESSAGE = p_code, DETAIL = p_extensions::text;
END $$;
--> statement-breakpoint

-- One balanced transfer (the one way every command posts one): the debit account goes down and
-- the credit account up by the same amount, and the entry is appended. The table's checks refuse
-- a balance below zero, whatever the caller checked.
CREATE OR REPLACE FUNCTION voucher_post_transfer(
  p_type text, p_kind voucher_kind, p_debit uuid, p_credit uuid, p_amount bigint,
  p_grant uuid, p_contract uuid, p_statement uuid, p_at timestamptz
) RETURNS uuid LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
BEGIN
  UPDATE voucher_accounts SET balance_fen = balance_fen - p_amount WHERE id = p_debit;
  UPDATE voucher_accounts SET balance_fen = balance_fen + p_amount WHERE id = p_credit;
  INSERT INTO voucher_transfers (type, kind, debit_account_id, credit_account_id, amount_fen,
                                 grant_id, contract_id, statement_id, created_at)
  VALUES (p_type, p_kind, p_debit, p_credit, p_amount, p_grant, p_contract, p_statement, p_at)
  RETURNING id INTO v_id;
  RETURN v_id;
END $$;
--> statement-breakpoint

-- The id of the account with this code, opened (balance 0) on first use. The codes are those of
-- src/modules/vouchers/accounts.ts (a test holds and captures and finds the accounts by them).
CREATE OR REPLACE FUNCTION voucher_open_account(
  p_code text, p_type text, p_kind voucher_kind, p_at timestamptz
) RETURNS uuid LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
BEGIN
  SELECT id INTO v_id FROM voucher_accounts WHERE code = p_code;
  IF v_id IS NOT NULL THEN
    RETURN v_id;
  END IF;
  INSERT INTO voucher_accounts (code, type, kind, allow_negative, created_at)
  VALUES (p_code, p_type, p_kind, p_type = 'funding', p_at)
  ON CONFLICT (code) DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    SELECT id INTO v_id FROM voucher_accounts WHERE code = p_code;
  END IF;
  RETURN v_id;
END $$;
--> statement-breakpoint

-- The start of every provider command run here: claims the idempotency key (a second claim of the
-- same key waits for the first transaction: committed → its stored answer is returned; rolled
-- back → this claim wins), then checks the caller works for the provider. Returns the stored
-- answer of a replay, or null to go on.
CREATE OR REPLACE FUNCTION voucher_begin_provider_command(
  p_scope text, p_key text, p_request_hash text, p_account uuid, p_provider uuid,
  p_now timestamptz
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_claimed text;
  v_stored idempotency_keys%ROWTYPE;
  v_provider_org uuid;
BEGIN
  INSERT INTO idempotency_keys (scope, key, request_hash, response_status, response_body, created_at)
  VALUES (p_scope, p_key, p_request_hash, 0, '{}'::jsonb, p_now)
  ON CONFLICT DO NOTHING
  RETURNING key INTO v_claimed;
  IF v_claimed IS NULL THEN
    SELECT * INTO v_stored FROM idempotency_keys WHERE scope = p_scope AND key = p_key;
    IF NOT FOUND OR v_stored.response_status = 0 THEN
      PERFORM voucher_refuse('idempotency.in_progress');
    END IF;
    IF v_stored.request_hash <> p_request_hash THEN
      PERFORM voucher_refuse('idempotency.key_reused');
    END IF;
    RETURN jsonb_build_object('replayed', true, 'status', v_stored.response_status,
                              'body', v_stored.response_body);
  END IF;

  SELECT organisation_id INTO v_provider_org FROM voucher_providers WHERE id = p_provider;
  IF NOT FOUND THEN
    PERFORM voucher_refuse('voucher.provider_not_found');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM memberships m JOIN people pe ON pe.id = m.person_id
                 WHERE m.organisation_id = v_provider_org AND pe.account_id = p_account) THEN
    PERFORM voucher_refuse('voucher.not_provider_staff');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint

-- The contract, locked, if it is this provider's (another provider's is "not found").
CREATE OR REPLACE FUNCTION voucher_lock_provider_contract(p_contract uuid, p_provider uuid)
RETURNS voucher_contracts LANGUAGE plpgsql AS $$
DECLARE
  v_c voucher_contracts%ROWTYPE;
BEGIN
  SELECT * INTO v_c FROM voucher_contracts WHERE id = p_contract FOR UPDATE;
  IF NOT FOUND OR v_c.provider_id <> p_provider THEN
    PERFORM voucher_refuse('voucher.contract_not_found');
  END IF;
  RETURN v_c;
END $$;
--> statement-breakpoint

-- The end of every provider command run here: writes its command-log row, stores its answer under
-- the key (the contract as it now is, with the names the answer shows) and returns it.
CREATE OR REPLACE FUNCTION voucher_end_provider_command(
  p_scope text, p_key text, p_contract uuid, p_action text, p_after jsonb,
  p_now timestamptz, p_actor uuid, p_actor_label text, p_request_id text
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_body jsonb;
BEGIN
  INSERT INTO voucher_command_log (occurred_at, actor_account_id, actor_label, request_id, action,
                                   subject_type, subject_id, after)
  VALUES (p_now, p_actor, p_actor_label, p_request_id, p_action, 'voucher_contract',
          p_contract::text, p_after);
  SELECT jsonb_build_object('contractRow', to_jsonb(c), 'providerName', po.name,
                            'companyName', co.name, 'companyCreditCode', co.credit_code)
    INTO v_body
    FROM voucher_contracts c
    JOIN voucher_providers p ON p.id = c.provider_id
    JOIN organisations po ON po.id = p.organisation_id
    JOIN organisations co ON co.id = c.organisation_id
   WHERE c.id = p_contract;
  UPDATE idempotency_keys SET response_status = 200, response_body = v_body
   WHERE scope = p_scope AND key = p_key;
  RETURN jsonb_build_object('replayed', false, 'status', 200, 'body', v_body);
END $$;
--> statement-breakpoint

-- Hold (A.V1): the kind's share of a confirmed contract — p_rates gives, per kind, `rateBp` and
-- `startupRateBp` (null while unpublished) — capped by what remains of the company's unexpired
-- grants, drawn earliest expiry first. The latest grant says whether the company is a start-up.
CREATE OR REPLACE FUNCTION voucher_hold(
  p_scope text, p_key text, p_request_hash text, p_account uuid, p_provider uuid,
  p_contract uuid, p_rates jsonb, p_now timestamptz, p_today date,
  p_actor_label text, p_request_id text
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_replay jsonb;
  v_c voucher_contracts%ROWTYPE;
  v_provider_status text;
  v_any_balance boolean := false;
  v_usable_count int := 0;
  v_available bigint := 0;
  v_startup boolean;
  v_latest_issued timestamptz;
  v_rate int;
  v_subsidy bigint;
  v_amount bigint;
  v_remaining bigint;
  v_take bigint;
  v_held_account uuid;
  v_legs jsonb := '[]'::jsonb;
  g record;
BEGIN
  v_replay := voucher_begin_provider_command(p_scope, p_key, p_request_hash, p_account, p_provider,
                                             p_now);
  IF v_replay IS NOT NULL THEN
    RETURN v_replay;
  END IF;
  v_c := voucher_lock_provider_contract(p_contract, p_provider);
  IF v_c.status IN ('awaiting_company', 'declined') THEN
    PERFORM voucher_refuse('voucher.not_confirmed', jsonb_build_object('contractStatus', v_c.status));
  END IF;
  IF v_c.status <> 'confirmed' THEN
    PERFORM voucher_refuse('voucher.invalid_transition',
                           jsonb_build_object('from', v_c.status, 'action', 'hold'));
  END IF;
  SELECT status INTO v_provider_status FROM voucher_providers WHERE id = p_provider;
  IF v_provider_status <> 'active' THEN
    PERFORM voucher_refuse('voucher.provider_inactive', '{"clause":"A.V1"}'::jsonb);
  END IF;
  PERFORM 1 FROM voucher_entitlements
   WHERE organisation_id = v_c.organisation_id AND kind = v_c.kind FOR UPDATE;

  -- The latest grant says whether the company is a start-up (the first issued at that time, in
  -- drawing order, as the application code did).
  FOR g IN
    SELECT gr.startup, a.balance_fen, gr.valid_until, gr.issued_at
      FROM voucher_grants gr JOIN voucher_accounts a ON a.id = gr.account_id
     WHERE gr.organisation_id = v_c.organisation_id AND gr.kind = v_c.kind
     ORDER BY gr.valid_until ASC NULLS LAST, gr.issued_at ASC, gr.id ASC
  LOOP
    IF v_latest_issued IS NULL OR g.issued_at > v_latest_issued THEN
      v_latest_issued := g.issued_at;
      v_startup := g.startup;
    END IF;
    IF g.balance_fen > 0 THEN
      v_any_balance := true;
      IF g.valid_until IS NULL OR g.valid_until >= p_today THEN
        v_usable_count := v_usable_count + 1;
        v_available := v_available + g.balance_fen;
      END IF;
    END IF;
  END LOOP;
  IF v_usable_count = 0 THEN
    PERFORM voucher_refuse(CASE WHEN v_any_balance THEN 'voucher.grant_expired' ELSE 'voucher.no_balance' END,
                           jsonb_build_object('clause', 'A.P9', 'kind', v_c.kind));
  END IF;
  v_rate := (p_rates -> v_c.kind::text ->> CASE WHEN v_startup THEN 'startupRateBp' ELSE 'rateBp' END)::int;
  IF v_rate IS NULL THEN
    PERFORM voucher_refuse('voucher.cap_unpublished');
  END IF;
  v_subsidy := (v_c.contract_amount_fen * v_rate) / 10000;
  v_amount := least(v_subsidy, v_available);
  IF v_amount <= 0 THEN
    PERFORM voucher_refuse('voucher.no_balance', jsonb_build_object('kind', v_c.kind));
  END IF;

  v_held_account := voucher_open_account('held:' || v_c.organisation_id || ':' || v_c.kind, 'held',
                                         v_c.kind, p_now);
  v_remaining := v_amount;
  FOR g IN
    SELECT gr.id, gr.account_id, a.balance_fen
      FROM voucher_grants gr JOIN voucher_accounts a ON a.id = gr.account_id
     WHERE gr.organisation_id = v_c.organisation_id AND gr.kind = v_c.kind
       AND a.balance_fen > 0 AND (gr.valid_until IS NULL OR gr.valid_until >= p_today)
     ORDER BY gr.valid_until ASC NULLS LAST, gr.issued_at ASC, gr.id ASC
  LOOP
    EXIT WHEN v_remaining = 0;
    v_take := least(v_remaining, g.balance_fen);
    PERFORM voucher_post_transfer('hold', v_c.kind, g.account_id, v_held_account, v_take, g.id,
                                  v_c.id, NULL, p_now);
    INSERT INTO voucher_hold_legs (contract_id, grant_id, held_fen) VALUES (v_c.id, g.id, v_take);
    v_legs := v_legs || jsonb_build_object('contractId', v_c.id, 'grantId', g.id, 'heldFen', v_take);
    v_remaining := v_remaining - v_take;
  END LOOP;

  UPDATE voucher_contracts
     SET status = 'held', rate_bp = v_rate, held_fen = v_amount, held_at = p_now, updated_at = p_now
   WHERE id = v_c.id;
  RETURN voucher_end_provider_command(
    p_scope, p_key, v_c.id, 'voucher_hold.placed',
    jsonb_build_object('heldFen', v_amount, 'rateBp', v_rate, 'subsidyFen', v_subsidy, 'legs', v_legs),
    p_now, p_account, p_actor_label, p_request_id);
END $$;
--> statement-breakpoint

-- Capture (A.V1): on delivery, up to the hold (all of it when p_amount is null), against an
-- invoice and proof of delivery; what is not captured goes back to the grants it came from.
CREATE OR REPLACE FUNCTION voucher_capture(
  p_scope text, p_key text, p_request_hash text, p_account uuid, p_provider uuid,
  p_contract uuid, p_amount bigint, p_invoice text, p_proof text, p_now timestamptz,
  p_actor_label text, p_request_id text
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_replay jsonb;
  v_c voucher_contracts%ROWTYPE;
  v_amount bigint;
  v_remaining bigint;
  v_captured bigint;
  v_released bigint;
  v_held_account uuid;
  v_receivable uuid;
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
      'from', v_c.status, 'action', 'capture',
      'reason', CASE WHEN v_c.status = 'captured' THEN 'already_captured'
                     WHEN v_c.status IN ('confirmed', 'awaiting_company') THEN 'not_held' END));
  END IF;
  v_amount := coalesce(p_amount, v_c.held_fen);
  IF v_amount > v_c.held_fen THEN
    PERFORM voucher_refuse('voucher.capture_exceeds_hold',
                           jsonb_build_object('heldFen', v_c.held_fen, 'amountFen', v_amount));
  END IF;
  PERFORM 1 FROM voucher_entitlements
   WHERE organisation_id = v_c.organisation_id AND kind = v_c.kind FOR UPDATE;

  v_held_account := voucher_open_account('held:' || v_c.organisation_id || ':' || v_c.kind, 'held',
                                         v_c.kind, p_now);
  v_receivable := voucher_open_account('receivable:' || v_c.provider_id || ':' || v_c.kind,
                                       'receivable', v_c.kind, p_now);
  v_remaining := v_amount;
  FOR l IN
    SELECT leg.grant_id, leg.held_fen, gr.account_id
      FROM voucher_hold_legs leg JOIN voucher_grants gr ON gr.id = leg.grant_id
     WHERE leg.contract_id = v_c.id
     ORDER BY gr.valid_until ASC NULLS LAST, gr.issued_at ASC, gr.id ASC
  LOOP
    v_captured := least(v_remaining, l.held_fen);
    v_remaining := v_remaining - v_captured;
    IF v_captured > 0 THEN
      PERFORM voucher_post_transfer('capture', v_c.kind, v_held_account, v_receivable, v_captured,
                                    l.grant_id, v_c.id, NULL, p_now);
      UPDATE voucher_hold_legs SET captured_fen = v_captured
       WHERE contract_id = v_c.id AND grant_id = l.grant_id;
    END IF;
    v_released := l.held_fen - v_captured;
    IF v_released > 0 THEN
      PERFORM voucher_post_transfer('release', v_c.kind, v_held_account, l.account_id, v_released,
                                    l.grant_id, v_c.id, NULL, p_now);
    END IF;
  END LOOP;

  UPDATE voucher_contracts
     SET status = 'captured', captured_fen = v_amount, invoice_number = p_invoice,
         delivery_proof = p_proof, captured_at = p_now, updated_at = p_now
   WHERE id = v_c.id;
  RETURN voucher_end_provider_command(
    p_scope, p_key, v_c.id, 'voucher_hold.captured',
    jsonb_build_object('capturedFen', v_amount, 'releasedFen', v_c.held_fen - v_amount,
                       'invoiceNumber', p_invoice),
    p_now, p_account, p_actor_label, p_request_id);
END $$;
