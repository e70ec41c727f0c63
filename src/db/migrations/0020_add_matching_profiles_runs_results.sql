CREATE TABLE "matching_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"file_name" text NOT NULL,
	"file_kind" text NOT NULL,
	"sha256" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"created_count" integer NOT NULL,
	"updated_count" integer NOT NULL,
	"unchanged_count" integer NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_profiles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matching_profiles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"credit_code" text NOT NULL,
	"name" text NOT NULL,
	"founded_on" date,
	"district" text,
	"size" text,
	"industry" text,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"fact_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_push_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" bigint NOT NULL,
	"policy_id" text NOT NULL,
	"reason" text NOT NULL,
	"max_amount_fen" bigint,
	"missing_fact" text,
	"run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "matching_results" (
	"profile_id" bigint NOT NULL,
	"policy_id" text NOT NULL,
	"status" text NOT NULL,
	"max_amount_fen" bigint,
	"missing_facts" jsonb NOT NULL,
	"evaluated_on" date NOT NULL,
	"catalogue_hash" text NOT NULL,
	"parameter_version" text NOT NULL,
	"run_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_results_profile_id_policy_id_pk" PRIMARY KEY("profile_id","policy_id")
);
--> statement-breakpoint
CREATE TABLE "matching_run_batches" (
	"run_id" uuid NOT NULL,
	"batch" integer NOT NULL,
	"first_profile_id" bigint NOT NULL,
	"last_profile_id" bigint NOT NULL,
	"profiles" integer NOT NULL,
	"worker" text NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_run_batches_run_id_batch_pk" PRIMARY KEY("run_id","batch")
);
--> statement-breakpoint
CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trigger" text NOT NULL,
	"policies" jsonb,
	"cause" text,
	"status" text DEFAULT 'running' NOT NULL,
	"evaluated_on" date NOT NULL,
	"catalogue_hash" text NOT NULL,
	"parameter_version" text NOT NULL,
	"batches_total" integer NOT NULL,
	"batches_done" integer DEFAULT 0 NOT NULL,
	"profiles_total" integer NOT NULL,
	"profiles_matched" integer DEFAULT 0 NOT NULL,
	"results_written" integer DEFAULT 0 NOT NULL,
	"results_changed" integer DEFAULT 0 NOT NULL,
	"push_candidates" integer DEFAULT 0 NOT NULL,
	"requested_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "matching_imports" ADD CONSTRAINT "matching_imports_imported_by_accounts_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profiles" ADD CONSTRAINT "matching_profiles_last_import_id_matching_imports_id_fk" FOREIGN KEY ("last_import_id") REFERENCES "public"."matching_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_push_candidates" ADD CONSTRAINT "matching_push_candidates_profile_id_matching_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."matching_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_push_candidates" ADD CONSTRAINT "matching_push_candidates_run_id_matching_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_results" ADD CONSTRAINT "matching_results_profile_id_matching_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."matching_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_results" ADD CONSTRAINT "matching_results_run_id_matching_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_run_batches" ADD CONSTRAINT "matching_run_batches_run_id_matching_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_requested_by_accounts_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matching_imports_version_unique" ON "matching_imports" USING btree ("version");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_profiles_credit_code_unique" ON "matching_profiles" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_push_candidates_unique" ON "matching_push_candidates" USING btree ("profile_id","policy_id","reason");--> statement-breakpoint
CREATE INDEX "matching_push_candidates_unsent_idx" ON "matching_push_candidates" USING btree ("created_at") WHERE "matching_push_candidates"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "matching_results_policy_status_idx" ON "matching_results" USING btree ("policy_id","status");--> statement-breakpoint
CREATE INDEX "matching_runs_started_idx" ON "matching_runs" USING btree ("started_at");