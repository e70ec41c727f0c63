CREATE TABLE "hetao_white_list_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"entity_type" text NOT NULL,
	"registered_in_supervised_area" boolean NOT NULL,
	"supervised_area_address" text NOT NULL,
	"research_activities" text NOT NULL,
	"contacts" jsonb NOT NULL,
	"information_request" text,
	"information_response" text,
	"refusal_reasons" text,
	"entry_id" uuid,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hetao_white_list_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hetao_white_list_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"status" text NOT NULL,
	"entity_type" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"filing_reference" text,
	"suspended_from" date,
	"removed_from" date,
	"status_reason" text,
	"listed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hetao_white_list_entries_validity" CHECK ("hetao_white_list_entries"."valid_until" is null or "hetao_white_list_entries"."valid_until" >= "hetao_white_list_entries"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "hetao_tariff_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"hs_code" text NOT NULL,
	"description" text,
	"duty_rate" text NOT NULL,
	"vat_rate" text NOT NULL,
	"consumption_rate" text,
	"source_line" integer NOT NULL,
	CONSTRAINT "hetao_tariff_rates_hs_code" CHECK ("hetao_tariff_rates"."hs_code" ~ '^([0-9]{8}|[0-9]{10})$'),
	CONSTRAINT "hetao_tariff_rates_duty_rate" CHECK ("hetao_tariff_rates"."duty_rate" ~ '^(0(\.[0-9]{1,12})?|1(\.0{1,12})?)$'),
	CONSTRAINT "hetao_tariff_rates_vat_rate" CHECK ("hetao_tariff_rates"."vat_rate" ~ '^(0(\.[0-9]{1,12})?|1(\.0{1,12})?)$'),
	CONSTRAINT "hetao_tariff_rates_consumption_rate" CHECK ("hetao_tariff_rates"."consumption_rate" is null or "hetao_tariff_rates"."consumption_rate" ~ '^0(\.[0-9]{1,12})?$')
);
--> statement-breakpoint
CREATE TABLE "hetao_tariff_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"source_document" text NOT NULL,
	"effective_date" date NOT NULL,
	"notes" text,
	"status" text NOT NULL,
	"row_count" integer NOT NULL,
	"imported_by" uuid NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "hetao_white_list_applications" ADD CONSTRAINT "hetao_white_list_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_white_list_applications" ADD CONSTRAINT "hetao_white_list_applications_submitted_by_accounts_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_white_list_applications" ADD CONSTRAINT "hetao_white_list_applications_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_white_list_documents" ADD CONSTRAINT "hetao_white_list_documents_application_id_hetao_white_list_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hetao_white_list_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_white_list_documents" ADD CONSTRAINT "hetao_white_list_documents_uploaded_by_accounts_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_white_list_entries" ADD CONSTRAINT "hetao_white_list_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_white_list_entries" ADD CONSTRAINT "hetao_white_list_entries_application_id_hetao_white_list_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hetao_white_list_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_white_list_entries" ADD CONSTRAINT "hetao_white_list_entries_listed_by_accounts_id_fk" FOREIGN KEY ("listed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_tariff_rates" ADD CONSTRAINT "hetao_tariff_rates_version_id_hetao_tariff_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."hetao_tariff_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_tariff_versions" ADD CONSTRAINT "hetao_tariff_versions_imported_by_accounts_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_tariff_versions" ADD CONSTRAINT "hetao_tariff_versions_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_white_list_applications_one_live" ON "hetao_white_list_applications" USING btree ("organisation_id") WHERE "hetao_white_list_applications"."status" in ('submitted', 'more_information_requested');--> statement-breakpoint
CREATE INDEX "hetao_white_list_applications_status_idx" ON "hetao_white_list_applications" USING btree ("status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "hetao_white_list_documents_application_idx" ON "hetao_white_list_documents" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_white_list_entries_one_current" ON "hetao_white_list_entries" USING btree ("organisation_id") WHERE "hetao_white_list_entries"."status" in ('listed', 'suspended');--> statement-breakpoint
CREATE INDEX "hetao_white_list_entries_organisation_idx" ON "hetao_white_list_entries" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "hetao_white_list_entries_order_idx" ON "hetao_white_list_entries" USING btree ("valid_from","id");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_tariff_rates_version_code" ON "hetao_tariff_rates" USING btree ("version_id","hs_code");--> statement-breakpoint
CREATE INDEX "hetao_tariff_rates_code_idx" ON "hetao_tariff_rates" USING btree ("hs_code");--> statement-breakpoint
CREATE INDEX "hetao_tariff_versions_in_force_idx" ON "hetao_tariff_versions" USING btree ("status","effective_date");--> statement-breakpoint
CREATE INDEX "hetao_tariff_versions_order_idx" ON "hetao_tariff_versions" USING btree ("imported_at","id");