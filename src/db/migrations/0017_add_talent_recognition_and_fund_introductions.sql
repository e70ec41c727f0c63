CREATE TABLE "talent_achievements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"details" jsonb NOT NULL,
	"evidence_links" jsonb NOT NULL,
	CONSTRAINT "talent_achievements_has_evidence" CHECK (jsonb_array_length("talent_achievements"."evidence_links") > 0)
);
--> statement-breakpoint
CREATE TABLE "talent_recognitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"kinds" jsonb NOT NULL,
	"ground_achievement_ids" jsonb NOT NULL,
	"grounds" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"validity_id" uuid,
	"certificate_code" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"reviewer_account_id" uuid NOT NULL,
	"judgements" jsonb NOT NULL,
	"recommendation" text NOT NULL,
	"reason" text NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"statement" text,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "talent_validity_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" date NOT NULL,
	"months" integer NOT NULL,
	"source_text" text NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "talent_validity_periods_months_positive" CHECK ("talent_validity_periods"."months" > 0)
);
--> statement-breakpoint
CREATE TABLE "fund_introduction_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"introduction_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"reason" text,
	"by" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"note" text,
	"profile" jsonb NOT NULL,
	"stage" text NOT NULL,
	"invested_amount_fen" bigint,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fund_introductions_amount_when_invested" CHECK (("fund_introductions"."stage" = 'invested') = ("fund_introductions"."invested_amount_fen" is not null) and coalesce("fund_introductions"."invested_amount_fen", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "fund_staff" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"fund" text NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talent_achievements" ADD CONSTRAINT "talent_achievements_submission_id_talent_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."talent_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_recognitions" ADD CONSTRAINT "talent_recognitions_submission_id_talent_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."talent_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_recognitions" ADD CONSTRAINT "talent_recognitions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_recognitions" ADD CONSTRAINT "talent_recognitions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_recognitions" ADD CONSTRAINT "talent_recognitions_validity_id_talent_validity_periods_id_fk" FOREIGN KEY ("validity_id") REFERENCES "public"."talent_validity_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_recognitions" ADD CONSTRAINT "talent_recognitions_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_reviews" ADD CONSTRAINT "talent_reviews_submission_id_talent_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."talent_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_reviews" ADD CONSTRAINT "talent_reviews_reviewer_account_id_accounts_id_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_submissions" ADD CONSTRAINT "talent_submissions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_submissions" ADD CONSTRAINT "talent_submissions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_submissions" ADD CONSTRAINT "talent_submissions_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_validity_periods" ADD CONSTRAINT "talent_validity_periods_set_by_accounts_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_introduction_events" ADD CONSTRAINT "fund_introduction_events_introduction_id_fund_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."fund_introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_introduction_events" ADD CONSTRAINT "fund_introduction_events_by_accounts_id_fk" FOREIGN KEY ("by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_introductions" ADD CONSTRAINT "fund_introductions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_introductions" ADD CONSTRAINT "fund_introductions_requested_by_accounts_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_staff" ADD CONSTRAINT "fund_staff_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_staff" ADD CONSTRAINT "fund_staff_assigned_by_accounts_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "talent_achievements_position_unique" ON "talent_achievements" USING btree ("submission_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_recognitions_submission_unique" ON "talent_recognitions" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_recognitions_code_unique" ON "talent_recognitions" USING btree ("certificate_code");--> statement-breakpoint
CREATE INDEX "talent_recognitions_person_idx" ON "talent_recognitions" USING btree ("person_id","valid_from");--> statement-breakpoint
CREATE INDEX "talent_recognitions_account_idx" ON "talent_recognitions" USING btree ("account_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_reviews_one_per_reviewer" ON "talent_reviews" USING btree ("submission_id","reviewer_account_id");--> statement-breakpoint
CREATE INDEX "talent_submissions_account_idx" ON "talent_submissions" USING btree ("account_id","submitted_at");--> statement-breakpoint
CREATE INDEX "talent_submissions_status_idx" ON "talent_submissions" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_submissions_one_open" ON "talent_submissions" USING btree ("person_id") WHERE "talent_submissions"."status" = 'submitted';--> statement-breakpoint
CREATE UNIQUE INDEX "talent_validity_periods_from_unique" ON "talent_validity_periods" USING btree ("effective_from");--> statement-breakpoint
CREATE INDEX "fund_introduction_events_introduction_idx" ON "fund_introduction_events" USING btree ("introduction_id","at");--> statement-breakpoint
CREATE INDEX "fund_introductions_fund_idx" ON "fund_introductions" USING btree ("fund","updated_at");--> statement-breakpoint
CREATE INDEX "fund_introductions_organisation_idx" ON "fund_introductions" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_introductions_one_open" ON "fund_introductions" USING btree ("fund","organisation_id") WHERE "fund_introductions"."stage" not in ('invested', 'declined');