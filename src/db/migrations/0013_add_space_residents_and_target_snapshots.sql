CREATE TABLE "space_high_growth_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" date NOT NULL,
	"definition_zh_hans" text NOT NULL,
	"definition_zh_hant" text NOT NULL,
	"definition_en" text NOT NULL,
	"source_text" text NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "space_high_growth_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"high_growth" boolean NOT NULL,
	"evidence" text NOT NULL,
	"definition_id" uuid NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "space_resident_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_size" integer NOT NULL,
	"ai_founder_count" integer NOT NULL,
	"ai_staff_count" integer NOT NULL,
	"declared_as" text NOT NULL,
	"source" text,
	"set_by" uuid,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_resident_records_team_positive" CHECK ("space_resident_records"."team_size" > 0),
	CONSTRAINT "space_resident_records_talents_in_team" CHECK ("space_resident_records"."ai_founder_count" >= 0 and "space_resident_records"."ai_staff_count" >= 0 and "space_resident_records"."ai_founder_count" + "space_resident_records"."ai_staff_count" <= "space_resident_records"."team_size")
);
--> statement-breakpoint
CREATE TABLE "space_target_snapshots" (
	"taken_on" date PRIMARY KEY NOT NULL,
	"figures" jsonb NOT NULL,
	"taken_by" text NOT NULL,
	"taken_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "space_high_growth_definitions" ADD CONSTRAINT "space_high_growth_definitions_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_high_growth_marks" ADD CONSTRAINT "space_high_growth_marks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_high_growth_marks" ADD CONSTRAINT "space_high_growth_marks_definition_id_space_high_growth_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."space_high_growth_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_high_growth_marks" ADD CONSTRAINT "space_high_growth_marks_set_by_accounts_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resident_records" ADD CONSTRAINT "space_resident_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resident_records" ADD CONSTRAINT "space_resident_records_set_by_accounts_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "space_high_growth_definitions_from_unique" ON "space_high_growth_definitions" USING btree ("effective_from");--> statement-breakpoint
CREATE INDEX "space_high_growth_marks_organisation_idx" ON "space_high_growth_marks" USING btree ("organisation_id","set_at");--> statement-breakpoint
CREATE INDEX "space_resident_records_organisation_idx" ON "space_resident_records" USING btree ("organisation_id","set_at");