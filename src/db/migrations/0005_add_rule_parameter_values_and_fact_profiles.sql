CREATE TYPE "public"."rule_parameter_status" AS ENUM('published', 'unpublished', 'ended');--> statement-breakpoint
CREATE TABLE "organisation_fact_profiles" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "person_fact_profiles" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "rule_parameter_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parameter_id" text NOT NULL,
	"effective_from" date NOT NULL,
	"status" "rule_parameter_status" NOT NULL,
	"value" bigint,
	"source_clauses" jsonb NOT NULL,
	"source_document" text NOT NULL,
	"source_url" text,
	"note" text,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_fact_profiles" ADD CONSTRAINT "organisation_fact_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_fact_profiles" ADD CONSTRAINT "organisation_fact_profiles_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_fact_profiles" ADD CONSTRAINT "person_fact_profiles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_fact_profiles" ADD CONSTRAINT "person_fact_profiles_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_parameter_values" ADD CONSTRAINT "rule_parameter_values_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rule_parameter_values_parameter_idx" ON "rule_parameter_values" USING btree ("parameter_id","effective_from");