CREATE TABLE "space_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"applicant_account_id" uuid,
	"route" text NOT NULL,
	"team_size" integer NOT NULL,
	"ai_founder_count" integer NOT NULL,
	"status" text NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"clauses" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_applications_team_positive" CHECK ("space_applications"."team_size" > 0),
	CONSTRAINT "space_applications_founders_in_team" CHECK ("space_applications"."ai_founder_count" >= 0 and "space_applications"."ai_founder_count" <= "space_applications"."team_size")
);
--> statement-breakpoint
CREATE TABLE "space_communities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_zh_hans" text NOT NULL,
	"name_zh_hant" text NOT NULL,
	"name_en" text NOT NULL,
	"district_code" text,
	"address" text,
	"operator_organisation_id" uuid,
	"gross_area_m2" numeric(12, 2),
	"below_area_reason" text,
	"status" text NOT NULL,
	"planned_opening_on" date,
	"opened_on" date,
	"closes_on" date,
	"first_batch" boolean DEFAULT false NOT NULL,
	"clauses" jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_communities_area_positive" CHECK ("space_communities"."gross_area_m2" is null or "space_communities"."gross_area_m2" > 0),
	CONSTRAINT "space_communities_small_needs_reason" CHECK ("space_communities"."gross_area_m2" is null or "space_communities"."gross_area_m2" >= 10000 or "space_communities"."below_area_reason" is not null),
	CONSTRAINT "space_communities_district_known" CHECK ("space_communities"."district_code" is null or "space_communities"."district_code" in ('futian', 'luohu', 'nanshan', 'yantian', 'baoan', 'longgang', 'longhua', 'pingshan', 'guangming', 'dapeng'))
);
--> statement-breakpoint
CREATE TABLE "space_ladders" (
	"community_id" uuid PRIMARY KEY NOT NULL,
	"desk_max_team_size" integer,
	"office_max_team_size" integer,
	"source" text NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_ladders_positive" CHECK (("space_ladders"."desk_max_team_size" is null or "space_ladders"."desk_max_team_size" > 0) and ("space_ladders"."office_max_team_size" is null or "space_ladders"."office_max_team_size" > 0)),
	CONSTRAINT "space_ladders_ordered" CHECK ("space_ladders"."desk_max_team_size" is null or "space_ladders"."office_max_team_size" is null or "space_ladders"."desk_max_team_size" < "space_ladders"."office_max_team_size")
);
--> statement-breakpoint
CREATE TABLE "space_leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"application_id" uuid,
	"route" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"moved_out_on" date,
	"monthly_rent_fen" bigint NOT NULL,
	"monthly_subsidy_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"clauses" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_leases_dates_ordered" CHECK ("space_leases"."starts_on" <= "space_leases"."ends_on"),
	CONSTRAINT "space_leases_moved_out_within" CHECK ("space_leases"."moved_out_on" is null or ("space_leases"."moved_out_on" >= "space_leases"."starts_on" and "space_leases"."moved_out_on" <= "space_leases"."ends_on")),
	CONSTRAINT "space_leases_money_not_negative" CHECK ("space_leases"."monthly_rent_fen" >= 0 and "space_leases"."monthly_subsidy_fen" >= 0 and "space_leases"."monthly_subsidy_fen" <= "space_leases"."monthly_rent_fen")
);
--> statement-breakpoint
CREATE TABLE "space_unit_rents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"monthly_rent_fen" bigint NOT NULL,
	"effective_from" date NOT NULL,
	"source" text NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_unit_rents_not_negative" CHECK ("space_unit_rents"."monthly_rent_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "space_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"area_m2" numeric(12, 2) NOT NULL,
	"seats" integer NOT NULL,
	"available" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_units_area_positive" CHECK ("space_units"."area_m2" > 0),
	CONSTRAINT "space_units_seats_positive" CHECK ("space_units"."seats" > 0)
);
--> statement-breakpoint
ALTER TABLE "space_applications" ADD CONSTRAINT "space_applications_community_id_space_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."space_communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_applications" ADD CONSTRAINT "space_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_applications" ADD CONSTRAINT "space_applications_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_applications" ADD CONSTRAINT "space_applications_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_communities" ADD CONSTRAINT "space_communities_operator_organisation_id_organisations_id_fk" FOREIGN KEY ("operator_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_communities" ADD CONSTRAINT "space_communities_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_ladders" ADD CONSTRAINT "space_ladders_community_id_space_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."space_communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_ladders" ADD CONSTRAINT "space_ladders_set_by_accounts_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_leases" ADD CONSTRAINT "space_leases_unit_id_space_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."space_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_leases" ADD CONSTRAINT "space_leases_community_id_space_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."space_communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_leases" ADD CONSTRAINT "space_leases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_leases" ADD CONSTRAINT "space_leases_application_id_space_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."space_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_leases" ADD CONSTRAINT "space_leases_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_unit_rents" ADD CONSTRAINT "space_unit_rents_unit_id_space_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."space_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_unit_rents" ADD CONSTRAINT "space_unit_rents_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_units" ADD CONSTRAINT "space_units_community_id_space_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."space_communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_applications_community_idx" ON "space_applications" USING btree ("community_id","status","decided_at");--> statement-breakpoint
CREATE INDEX "space_applications_organisation_idx" ON "space_applications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "space_communities_operator_idx" ON "space_communities" USING btree ("operator_organisation_id");--> statement-breakpoint
CREATE INDEX "space_leases_unit_idx" ON "space_leases" USING btree ("unit_id","starts_on");--> statement-breakpoint
CREATE INDEX "space_leases_community_idx" ON "space_leases" USING btree ("community_id","ends_on");--> statement-breakpoint
CREATE INDEX "space_leases_organisation_idx" ON "space_leases" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "space_unit_rents_unit_kind_from_unique" ON "space_unit_rents" USING btree ("unit_id","kind","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "space_units_community_label_unique" ON "space_units" USING btree ("community_id","label");