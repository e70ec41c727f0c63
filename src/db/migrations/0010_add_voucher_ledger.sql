CREATE TYPE "public"."voucher_kind" AS ENUM('compute', 'model', 'corpus');--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "voucher_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"kind" "voucher_kind" NOT NULL,
	"balance_fen" bigint DEFAULT 0 NOT NULL,
	"allow_negative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "voucher_accounts_not_negative" CHECK ("voucher_accounts"."allow_negative" or "voucher_accounts"."balance_fen" >= 0),
	CONSTRAINT "voucher_accounts_only_funding_negative" CHECK (not "voucher_accounts"."allow_negative" or "voucher_accounts"."type" = 'funding')
);
--> statement-breakpoint
CREATE TABLE "voucher_command_log" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "voucher_command_log_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_account_id" uuid,
	"actor_label" text NOT NULL,
	"request_id" text,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "voucher_command_seals" (
	"to_seq" bigint PRIMARY KEY NOT NULL,
	"from_seq" bigint NOT NULL,
	"rows" integer NOT NULL,
	"hash" text NOT NULL,
	"sealed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"contract_number" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "voucher_kind" NOT NULL,
	"contract_amount_fen" bigint NOT NULL,
	"contract_date" date NOT NULL,
	"description" text,
	"status" text NOT NULL,
	"provider_declares_related" boolean NOT NULL,
	"company_declares_related" boolean,
	"decline_reason" text,
	"rate_bp" integer,
	"held_fen" bigint DEFAULT 0 NOT NULL,
	"captured_fen" bigint DEFAULT 0 NOT NULL,
	"refunded_fen" bigint DEFAULT 0 NOT NULL,
	"invoice_number" text,
	"delivery_proof" text,
	"registered_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"held_at" timestamp with time zone,
	"captured_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "voucher_contracts_amount_positive" CHECK ("voucher_contracts"."contract_amount_fen" > 0),
	CONSTRAINT "voucher_contracts_two_phase" CHECK ("voucher_contracts"."held_fen" >= 0 and "voucher_contracts"."captured_fen" <= "voucher_contracts"."held_fen" and "voucher_contracts"."refunded_fen" >= 0 and "voucher_contracts"."refunded_fen" <= "voucher_contracts"."captured_fen")
);
--> statement-breakpoint
CREATE TABLE "voucher_entitlements" (
	"organisation_id" uuid NOT NULL,
	"kind" "voucher_kind" NOT NULL,
	"cap_fen" bigint NOT NULL,
	"granted_fen" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "voucher_entitlements_organisation_id_kind_pk" PRIMARY KEY("organisation_id","kind"),
	CONSTRAINT "voucher_entitlements_within_cap" CHECK ("voucher_entitlements"."granted_fen" <= "voucher_entitlements"."cap_fen")
);
--> statement-breakpoint
CREATE TABLE "voucher_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "voucher_kind" NOT NULL,
	"application_id" uuid,
	"amount_fen" bigint NOT NULL,
	"startup" boolean NOT NULL,
	"clauses" jsonb NOT NULL,
	"valid_until" date,
	"account_id" uuid NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expired_at" timestamp with time zone,
	CONSTRAINT "voucher_grants_amount_positive" CHECK ("voucher_grants"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "voucher_hold_legs" (
	"contract_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"held_fen" bigint NOT NULL,
	"captured_fen" bigint DEFAULT 0 NOT NULL,
	"refunded_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "voucher_hold_legs_contract_id_grant_id_pk" PRIMARY KEY("contract_id","grant_id"),
	CONSTRAINT "voucher_hold_legs_two_phase" CHECK ("voucher_hold_legs"."held_fen" > 0 and "voucher_hold_legs"."captured_fen" >= 0 and "voucher_hold_legs"."captured_fen" <= "voucher_hold_legs"."held_fen" and "voucher_hold_legs"."refunded_fen" >= 0 and "voucher_hold_legs"."refunded_fen" <= "voucher_hold_legs"."captured_fen")
);
--> statement-breakpoint
CREATE TABLE "voucher_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kinds" jsonb NOT NULL,
	"status" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text,
	"contact_email" text,
	"payee_name" text NOT NULL,
	"bank_name" text NOT NULL,
	"account_number" text NOT NULL,
	"status_reason" text,
	"registered_by" uuid,
	"registered_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_statement_entries" (
	"transfer_id" uuid PRIMARY KEY NOT NULL,
	"statement_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"provider_id" uuid NOT NULL,
	"period" text NOT NULL,
	"captured_fen" bigint NOT NULL,
	"refunded_fen" bigint NOT NULL,
	"net_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone,
	CONSTRAINT "voucher_statements_net" CHECK ("voucher_statements"."net_fen" = "voucher_statements"."captured_fen" - "voucher_statements"."refunded_fen" and "voucher_statements"."net_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "voucher_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"kind" "voucher_kind" NOT NULL,
	"debit_account_id" uuid NOT NULL,
	"credit_account_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"grant_id" uuid,
	"contract_id" uuid,
	"statement_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "voucher_transfers_amount_positive" CHECK ("voucher_transfers"."amount_fen" > 0),
	CONSTRAINT "voucher_transfers_two_accounts" CHECK ("voucher_transfers"."debit_account_id" <> "voucher_transfers"."credit_account_id")
);
--> statement-breakpoint
ALTER TABLE "payment_lines" ALTER COLUMN "application_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD COLUMN "statement_id" uuid;--> statement-breakpoint
ALTER TABLE "voucher_contracts" ADD CONSTRAINT "voucher_contracts_provider_id_voucher_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."voucher_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_contracts" ADD CONSTRAINT "voucher_contracts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_contracts" ADD CONSTRAINT "voucher_contracts_confirmed_by_accounts_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_entitlements" ADD CONSTRAINT "voucher_entitlements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_grants" ADD CONSTRAINT "voucher_grants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_grants" ADD CONSTRAINT "voucher_grants_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_grants" ADD CONSTRAINT "voucher_grants_account_id_voucher_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."voucher_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_hold_legs" ADD CONSTRAINT "voucher_hold_legs_contract_id_voucher_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."voucher_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_hold_legs" ADD CONSTRAINT "voucher_hold_legs_grant_id_voucher_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."voucher_grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_providers" ADD CONSTRAINT "voucher_providers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_providers" ADD CONSTRAINT "voucher_providers_registered_by_accounts_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_statement_entries" ADD CONSTRAINT "voucher_statement_entries_transfer_id_voucher_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."voucher_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_statement_entries" ADD CONSTRAINT "voucher_statement_entries_statement_id_voucher_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."voucher_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_statements" ADD CONSTRAINT "voucher_statements_provider_id_voucher_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."voucher_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_statements" ADD CONSTRAINT "voucher_statements_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_transfers" ADD CONSTRAINT "voucher_transfers_debit_account_id_voucher_accounts_id_fk" FOREIGN KEY ("debit_account_id") REFERENCES "public"."voucher_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_transfers" ADD CONSTRAINT "voucher_transfers_credit_account_id_voucher_accounts_id_fk" FOREIGN KEY ("credit_account_id") REFERENCES "public"."voucher_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_accounts_code_unique" ON "voucher_accounts" USING btree ("code");--> statement-breakpoint
CREATE INDEX "voucher_command_log_subject_idx" ON "voucher_command_log" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_contracts_number_unique" ON "voucher_contracts" USING btree ("provider_id","contract_number");--> statement-breakpoint
CREATE INDEX "voucher_contracts_organisation_idx" ON "voucher_contracts" USING btree ("organisation_id","registered_at");--> statement-breakpoint
CREATE INDEX "voucher_contracts_provider_idx" ON "voucher_contracts" USING btree ("provider_id","registered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_grants_application_unique" ON "voucher_grants" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "voucher_grants_organisation_idx" ON "voucher_grants" USING btree ("organisation_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_providers_organisation_unique" ON "voucher_providers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "voucher_statement_entries_statement_idx" ON "voucher_statement_entries" USING btree ("statement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_statements_reference_unique" ON "voucher_statements" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_statements_provider_period_unique" ON "voucher_statements" USING btree ("provider_id","period");--> statement-breakpoint
CREATE INDEX "voucher_transfers_contract_idx" ON "voucher_transfers" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "voucher_transfers_grant_idx" ON "voucher_transfers" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "voucher_transfers_statement_idx" ON "voucher_transfers" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "voucher_transfers_type_created_idx" ON "voucher_transfers" USING btree ("type","created_at");--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_statement_id_voucher_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."voucher_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_one_live_per_statement" ON "payment_lines" USING btree ("statement_id") WHERE "payment_lines"."status" in ('scheduled', 'paid') and "payment_lines"."statement_id" is not null;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_pays_one_thing" CHECK (("payment_lines"."application_id" is null) <> ("payment_lines"."statement_id" is null));--> statement-breakpoint
-- The voucher ledger and its command log are append-only (issue #13 item 4): a transfer or a
-- command row is never updated or deleted; a mistake is corrected by another transfer.
CREATE OR REPLACE FUNCTION voucher_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER voucher_transfers_append_only BEFORE UPDATE OR DELETE ON voucher_transfers
  FOR EACH ROW EXECUTE FUNCTION voucher_refuse_change();
--> statement-breakpoint
CREATE TRIGGER voucher_transfers_no_truncate BEFORE TRUNCATE ON voucher_transfers
  FOR EACH STATEMENT EXECUTE FUNCTION voucher_refuse_change();
--> statement-breakpoint
CREATE TRIGGER voucher_command_log_append_only BEFORE UPDATE OR DELETE ON voucher_command_log
  FOR EACH ROW EXECUTE FUNCTION voucher_refuse_change();
--> statement-breakpoint
CREATE TRIGGER voucher_command_log_no_truncate BEFORE TRUNCATE ON voucher_command_log
  FOR EACH STATEMENT EXECUTE FUNCTION voucher_refuse_change();
