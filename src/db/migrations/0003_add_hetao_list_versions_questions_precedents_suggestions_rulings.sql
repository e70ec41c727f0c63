CREATE TYPE "public"."hetao_category" AS ENUM('equipment', 'apparatus', 'consumables', 'literature', 'specimens', 'animals');--> statement-breakpoint
CREATE TYPE "public"."hetao_list_version_status" AS ENUM('draft', 'published', 'superseded', 'discarded');--> statement-breakpoint
CREATE TYPE "public"."hetao_question_status" AS ENUM('open', 'answered', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."hetao_regime" AS ENUM('supervision-period', 'write-off');--> statement-breakpoint
CREATE TYPE "public"."hetao_ruling_status" AS ENUM('draft', 'filed', 'accepted', 'not_accepted', 'ruled', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."hetao_suggestion_group_status" AS ENUM('open', 'pulled', 'included', 'declined');--> statement-breakpoint
CREATE TABLE "hetao_advance_rulings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "hetao_advance_rulings_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"applicant_account_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"question_id" uuid,
	"goods" text NOT NULL,
	"proposed_code" text,
	"planned_import_on" date NOT NULL,
	"status" "hetao_ruling_status" DEFAULT 'draft' NOT NULL,
	"customs_reference" text,
	"filed_on" date,
	"acceptance_due_on" date,
	"acceptance_decided_on" date,
	"not_accepted_reason" text,
	"decided_on" date,
	"ruling_code" text,
	"ruling_text" text,
	"trade_secret" boolean DEFAULT false NOT NULL,
	"valid_until" date,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hetao_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hetao_desk_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"sources_generation" integer DEFAULT 0 NOT NULL,
	"answer_sla_working_days" integer DEFAULT 5 NOT NULL,
	"holidays" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extra_working_days" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hetao_list_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"position" integer NOT NULL,
	"category" "hetao_category" NOT NULL,
	"name_zh_hans" text NOT NULL,
	"name_zh_hant" text NOT NULL,
	"name_en" text,
	"includes" jsonb NOT NULL,
	"excludes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"regime" "hetao_regime" NOT NULL,
	"notes" text,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "hetao_list_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"issuing_document" text,
	"effective_date" date,
	"status" "hetao_list_version_status" DEFAULT 'draft' NOT NULL,
	"is_working_list" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	"notes" text,
	"import_warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"based_on_version_id" uuid,
	"seed_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "hetao_precedents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "hetao_precedents_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"question_id" uuid NOT NULL,
	"question" text NOT NULL,
	"hs_code" text NOT NULL,
	"covered" boolean NOT NULL,
	"reasoning" text NOT NULL,
	"list_version_id" uuid,
	"list_item_id" text,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"retracted_at" timestamp with time zone,
	"retracted_reason" text
);
--> statement-breakpoint
CREATE TABLE "hetao_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "hetao_questions_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"asker_account_id" uuid NOT NULL,
	"asker_person_id" uuid,
	"organisation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"proposed_code" text,
	"status" "hetao_question_status" DEFAULT 'open' NOT NULL,
	"due_on" date NOT NULL,
	"answer_code" text,
	"answer_covered" boolean,
	"answer_reasoning" text,
	"answer_list_version_id" uuid,
	"answer_list_item_id" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hetao_suggestion_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"heading" text NOT NULL,
	"status" "hetao_suggestion_group_status" DEFAULT 'open' NOT NULL,
	"pulled_into_version_id" uuid,
	"pulled_item_id" text,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hetao_suggestion_supports" (
	"group_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hetao_suggestion_supports_group_id_account_id_pk" PRIMARY KEY("group_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "hetao_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"organisation_id" uuid,
	"code" text NOT NULL,
	"category" "hetao_category",
	"goods" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hetao_advance_rulings" ADD CONSTRAINT "hetao_advance_rulings_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_advance_rulings" ADD CONSTRAINT "hetao_advance_rulings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_advance_rulings" ADD CONSTRAINT "hetao_advance_rulings_question_id_hetao_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."hetao_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_attachments" ADD CONSTRAINT "hetao_attachments_question_id_hetao_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."hetao_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_attachments" ADD CONSTRAINT "hetao_attachments_uploaded_by_accounts_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_list_items" ADD CONSTRAINT "hetao_list_items_version_id_hetao_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."hetao_list_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_list_versions" ADD CONSTRAINT "hetao_list_versions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_list_versions" ADD CONSTRAINT "hetao_list_versions_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_precedents" ADD CONSTRAINT "hetao_precedents_question_id_hetao_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."hetao_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_precedents" ADD CONSTRAINT "hetao_precedents_list_version_id_hetao_list_versions_id_fk" FOREIGN KEY ("list_version_id") REFERENCES "public"."hetao_list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_precedents" ADD CONSTRAINT "hetao_precedents_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_questions" ADD CONSTRAINT "hetao_questions_asker_account_id_accounts_id_fk" FOREIGN KEY ("asker_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_questions" ADD CONSTRAINT "hetao_questions_asker_person_id_people_id_fk" FOREIGN KEY ("asker_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_questions" ADD CONSTRAINT "hetao_questions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_questions" ADD CONSTRAINT "hetao_questions_answer_list_version_id_hetao_list_versions_id_fk" FOREIGN KEY ("answer_list_version_id") REFERENCES "public"."hetao_list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_questions" ADD CONSTRAINT "hetao_questions_answered_by_accounts_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_suggestion_groups" ADD CONSTRAINT "hetao_suggestion_groups_pulled_into_version_id_hetao_list_versions_id_fk" FOREIGN KEY ("pulled_into_version_id") REFERENCES "public"."hetao_list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_suggestion_groups" ADD CONSTRAINT "hetao_suggestion_groups_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_suggestion_supports" ADD CONSTRAINT "hetao_suggestion_supports_group_id_hetao_suggestion_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."hetao_suggestion_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_suggestion_supports" ADD CONSTRAINT "hetao_suggestion_supports_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_suggestions" ADD CONSTRAINT "hetao_suggestions_group_id_hetao_suggestion_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."hetao_suggestion_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_suggestions" ADD CONSTRAINT "hetao_suggestions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_suggestions" ADD CONSTRAINT "hetao_suggestions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_advance_rulings_number_unique" ON "hetao_advance_rulings" USING btree ("number");--> statement-breakpoint
CREATE INDEX "hetao_advance_rulings_applicant_idx" ON "hetao_advance_rulings" USING btree ("applicant_account_id");--> statement-breakpoint
CREATE INDEX "hetao_attachments_question_idx" ON "hetao_attachments" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_list_items_version_item_unique" ON "hetao_list_items" USING btree ("version_id","item_id");--> statement-breakpoint
CREATE INDEX "hetao_list_items_version_position_idx" ON "hetao_list_items" USING btree ("version_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_list_versions_seed_key_unique" ON "hetao_list_versions" USING btree ("seed_key");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_list_versions_one_published" ON "hetao_list_versions" USING btree ("status") WHERE "hetao_list_versions"."status" = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_list_versions_one_draft" ON "hetao_list_versions" USING btree ("status") WHERE "hetao_list_versions"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_precedents_number_unique" ON "hetao_precedents" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_precedents_live_question_unique" ON "hetao_precedents" USING btree ("question_id") WHERE "hetao_precedents"."retracted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_questions_number_unique" ON "hetao_questions" USING btree ("number");--> statement-breakpoint
CREATE INDEX "hetao_questions_asker_idx" ON "hetao_questions" USING btree ("asker_account_id");--> statement-breakpoint
CREATE INDEX "hetao_questions_status_due_idx" ON "hetao_questions" USING btree ("status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_suggestion_groups_open_heading_unique" ON "hetao_suggestion_groups" USING btree ("heading") WHERE "hetao_suggestion_groups"."status" = 'open';--> statement-breakpoint
CREATE INDEX "hetao_suggestions_group_idx" ON "hetao_suggestions" USING btree ("group_id");