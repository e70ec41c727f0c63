CREATE TYPE "public"."application_status" AS ENUM('draft', 'submitted', 'screening', 'in_review', 'returned', 'approved', 'rejected', 'appealed', 'payment_scheduled', 'payment_failed', 'paid', 'withdrawn', 'closed');--> statement-breakpoint
CREATE SEQUENCE "public"."application_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "application_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"document_id" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"from_status" "application_status",
	"to_status" "application_status" NOT NULL,
	"actor_account_id" uuid,
	"actor_kind" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"visible_to_applicant" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text DEFAULT 'OPC-' || lpad(nextval('application_reference_seq')::text, 6, '0') NOT NULL,
	"policy_id" text NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"applicant_person_id" uuid NOT NULL,
	"organisation_id" uuid,
	"claim_subject" text NOT NULL,
	"status" "application_status" DEFAULT 'draft' NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"requested_amount_fen" bigint,
	"payee" jsonb,
	"evaluation" jsonb,
	"snapshot" jsonb,
	"cap_fen" bigint,
	"paid_by_platform" boolean DEFAULT false NOT NULL,
	"pending_request" jsonb,
	"assigned_reviewer_id" uuid,
	"assigned_at" timestamp with time zone,
	"recommendation" jsonb,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reasons" text,
	"approved_amount_fen" bigint,
	"budget_line_id" uuid,
	"excluded_officer_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"appeal_deadline" timestamp with time zone,
	"appeal_count" integer DEFAULT 0 NOT NULL,
	"appeal_reasons" text,
	"submitted_at" timestamp with time zone,
	"due_on" date,
	"paid_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_approved_amount_within_cap" CHECK ("applications"."approved_amount_fen" is null or "applications"."cap_fen" is null or "applications"."approved_amount_fen" <= "applications"."cap_fen"),
	CONSTRAINT "applications_amounts_not_negative" CHECK (coalesce("applications"."approved_amount_fen", 0) >= 0 and coalesce("applications"."requested_amount_fen", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "benefit_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"claim_key" text NOT NULL,
	"application_id" uuid NOT NULL,
	"policy_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"reviewer_account_id" uuid NOT NULL,
	"rubric_id" text NOT NULL,
	"scores" jsonb NOT NULL,
	"weighted_total" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"policy_id" text NOT NULL,
	"year" integer NOT NULL,
	"total_fen" bigint NOT NULL,
	"reserved_fen" bigint DEFAULT 0 NOT NULL,
	"consumed_fen" bigint DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_lines_amounts_valid" CHECK ("budget_lines"."total_fen" >= 0 and "budget_lines"."reserved_fen" >= 0 and "budget_lines"."consumed_fen" >= 0 and "budget_lines"."reserved_fen" + "budget_lines"."consumed_fen" <= "budget_lines"."total_fen")
);
--> statement-breakpoint
CREATE TABLE "budget_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_line_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"actor_account_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_movements_amount_positive" CHECK ("budget_movements"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "payment_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"total_fen" bigint NOT NULL,
	"line_count" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"exported_at" timestamp with time zone,
	"last_import_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payment_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"line_number" integer NOT NULL,
	"application_id" uuid NOT NULL,
	"application_reference" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"payee_name" text NOT NULL,
	"bank_name" text NOT NULL,
	"account_number" text NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"bank_reference" text,
	"failure_reason" text,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "payment_lines_amount_positive" CHECK ("payment_lines"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "notification_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"link" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "application_documents" ADD CONSTRAINT "application_documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_documents" ADD CONSTRAINT "application_documents_uploaded_by_accounts_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_person_id_people_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_assigned_reviewer_id_accounts_id_fk" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_claims" ADD CONSTRAINT "benefit_claims_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_reviewer_account_id_accounts_id_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_settings" ADD CONSTRAINT "workflow_settings_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_movements" ADD CONSTRAINT "budget_movements_budget_line_id_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."budget_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_movements" ADD CONSTRAINT "budget_movements_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batches" ADD CONSTRAINT "payment_batches_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_batch_id_payment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_account_id_accounts_id_fk" FOREIGN KEY ("recipient_account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_documents_application_idx" ON "application_documents" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_reference_unique" ON "applications" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "applications_applicant_idx" ON "applications" USING btree ("applicant_account_id");--> statement-breakpoint
CREATE INDEX "applications_person_idx" ON "applications" USING btree ("applicant_person_id");--> statement-breakpoint
CREATE INDEX "applications_policy_status_idx" ON "applications" USING btree ("policy_id","status");--> statement-breakpoint
CREATE INDEX "applications_reviewer_idx" ON "applications" USING btree ("assigned_reviewer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "benefit_claims_subject_key_unique" ON "benefit_claims" USING btree ("subject_type","subject_id","claim_key");--> statement-breakpoint
CREATE INDEX "benefit_claims_application_idx" ON "benefit_claims" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_scores_application_reviewer_unique" ON "review_scores" USING btree ("application_id","reviewer_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_lines_policy_year_unique" ON "budget_lines" USING btree ("policy_id","year");--> statement-breakpoint
CREATE INDEX "budget_movements_line_idx" ON "budget_movements" USING btree ("budget_line_id");--> statement-breakpoint
CREATE INDEX "budget_movements_application_idx" ON "budget_movements" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_movements_consume_once" ON "budget_movements" USING btree ("application_id") WHERE "budget_movements"."kind" = 'consume';--> statement-breakpoint
CREATE UNIQUE INDEX "payment_batches_reference_unique" ON "payment_batches" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "payment_lines_batch_idx" ON "payment_lines" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_batch_line_unique" ON "payment_lines" USING btree ("batch_id","line_number");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_one_live_per_application" ON "payment_lines" USING btree ("application_id") WHERE "payment_lines"."status" in ('scheduled', 'paid');--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_paid_once" ON "payment_lines" USING btree ("application_id") WHERE "payment_lines"."status" = 'paid';--> statement-breakpoint
CREATE INDEX "notification_outbox_pending_idx" ON "notification_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_account_id","created_at");