CREATE TABLE "challenge_conflicts" (
	"consortium_id" uuid NOT NULL,
	"reviewer_account_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "challenge_conflicts_consortium_id_reviewer_account_id_pk" PRIMARY KEY("consortium_id","reviewer_account_id")
);
--> statement-breakpoint
CREATE TABLE "challenge_consortia" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"proposal" text NOT NULL,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"funding_application_id" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenge_consortium_members" (
	"consortium_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"roles" jsonb NOT NULL,
	"status" text NOT NULL,
	"invited_by" uuid,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"startup_verified_by" uuid,
	"startup_verified_at" timestamp with time zone,
	"startup_verification_note" text,
	CONSTRAINT "challenge_consortium_members_consortium_id_organisation_id_pk" PRIMARY KEY("consortium_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "challenge_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"consortium_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "challenge_panel_members" (
	"challenge_id" uuid NOT NULL,
	"reviewer_account_id" uuid NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "challenge_panel_members_challenge_id_reviewer_account_id_pk" PRIMARY KEY("challenge_id","reviewer_account_id")
);
--> statement-breakpoint
CREATE TABLE "challenge_scores" (
	"consortium_id" uuid NOT NULL,
	"reviewer_account_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	CONSTRAINT "challenge_scores_consortium_id_reviewer_account_id_pk" PRIMARY KEY("consortium_id","reviewer_account_id")
);
--> statement-breakpoint
CREATE TABLE "challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb NOT NULL,
	"goals" jsonb NOT NULL,
	"department" jsonb NOT NULL,
	"budget_ceiling_fen" bigint NOT NULL,
	"phases" jsonb NOT NULL,
	"submission_deadline_on" date NOT NULL,
	"criteria" jsonb NOT NULL,
	"status" text NOT NULL,
	"winner_consortium_id" uuid,
	"winner_reason" text,
	"awarded_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "challenges_budget_within_ceiling" CHECK ("challenges"."budget_ceiling_fen" > 0 and "challenges"."budget_ceiling_fen" <= 3000000000)
);
--> statement-breakpoint
CREATE TABLE "scenario_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_demonstrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"judgements" jsonb NOT NULL,
	"recognised" boolean NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"proposer_account_id" uuid,
	"summary" text NOT NULL,
	"approach" text NOT NULL,
	"team" text NOT NULL,
	"status" text NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"pilot_started_on" date,
	"in_use_since" date,
	"in_use_recorded_at" timestamp with time zone,
	"deployment_application_id" uuid,
	"demonstration_application_id" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_subscriptions" (
	"account_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "scenario_subscriptions_account_id_domain_pk" PRIMARY KEY("account_id","domain")
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb NOT NULL,
	"problem" jsonb NOT NULL,
	"data_and_access" jsonb NOT NULL,
	"department" jsonb NOT NULL,
	"domain" text NOT NULL,
	"timeline_starts_on" date NOT NULL,
	"timeline_ends_on" date NOT NULL,
	"proposals_close_on" date NOT NULL,
	"contact" text NOT NULL,
	"demonstration_criteria" jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "scenarios_timeline_ordered" CHECK ("scenarios"."timeline_starts_on" <= "scenarios"."timeline_ends_on")
);
--> statement-breakpoint
ALTER TABLE "challenge_conflicts" ADD CONSTRAINT "challenge_conflicts_consortium_id_challenge_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."challenge_consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_conflicts" ADD CONSTRAINT "challenge_conflicts_reviewer_account_id_accounts_id_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_consortia" ADD CONSTRAINT "challenge_consortia_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_consortia" ADD CONSTRAINT "challenge_consortia_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_consortia" ADD CONSTRAINT "challenge_consortia_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_consortium_members" ADD CONSTRAINT "challenge_consortium_members_consortium_id_challenge_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."challenge_consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_consortium_members" ADD CONSTRAINT "challenge_consortium_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_consortium_members" ADD CONSTRAINT "challenge_consortium_members_invited_by_accounts_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_consortium_members" ADD CONSTRAINT "challenge_consortium_members_responded_by_accounts_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_consortium_members" ADD CONSTRAINT "challenge_consortium_members_startup_verified_by_accounts_id_fk" FOREIGN KEY ("startup_verified_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_milestones" ADD CONSTRAINT "challenge_milestones_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_milestones" ADD CONSTRAINT "challenge_milestones_consortium_id_challenge_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."challenge_consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_milestones" ADD CONSTRAINT "challenge_milestones_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_panel_members" ADD CONSTRAINT "challenge_panel_members_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_panel_members" ADD CONSTRAINT "challenge_panel_members_reviewer_account_id_accounts_id_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_panel_members" ADD CONSTRAINT "challenge_panel_members_assigned_by_accounts_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_scores" ADD CONSTRAINT "challenge_scores_consortium_id_challenge_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."challenge_consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_scores" ADD CONSTRAINT "challenge_scores_reviewer_account_id_accounts_id_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_attachments" ADD CONSTRAINT "scenario_attachments_proposal_id_scenario_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."scenario_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_attachments" ADD CONSTRAINT "scenario_attachments_uploaded_by_accounts_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_demonstrations" ADD CONSTRAINT "scenario_demonstrations_proposal_id_scenario_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."scenario_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_demonstrations" ADD CONSTRAINT "scenario_demonstrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_demonstrations" ADD CONSTRAINT "scenario_demonstrations_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_proposals" ADD CONSTRAINT "scenario_proposals_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_proposals" ADD CONSTRAINT "scenario_proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_proposals" ADD CONSTRAINT "scenario_proposals_proposer_account_id_accounts_id_fk" FOREIGN KEY ("proposer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_proposals" ADD CONSTRAINT "scenario_proposals_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_subscriptions" ADD CONSTRAINT "scenario_subscriptions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "challenge_consortia_challenge_lead_unique" ON "challenge_consortia" USING btree ("challenge_id","lead_organisation_id");--> statement-breakpoint
CREATE INDEX "challenge_consortium_members_organisation_idx" ON "challenge_consortium_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "challenge_milestones_consortium_sequence_unique" ON "challenge_milestones" USING btree ("consortium_id","sequence");--> statement-breakpoint
CREATE INDEX "challenges_published_idx" ON "challenges" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "scenario_attachments_proposal_idx" ON "scenario_attachments" USING btree ("proposal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_demonstrations_proposal_unique" ON "scenario_demonstrations" USING btree ("proposal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_proposals_scenario_organisation_unique" ON "scenario_proposals" USING btree ("scenario_id","organisation_id");--> statement-breakpoint
CREATE INDEX "scenario_proposals_organisation_idx" ON "scenario_proposals" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "scenarios_published_idx" ON "scenarios" USING btree ("published_at","id");