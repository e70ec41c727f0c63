CREATE TABLE "space_lease_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"monthly_rent_fen" bigint NOT NULL,
	"monthly_subsidy_fen" bigint NOT NULL,
	"market_rent_id" uuid,
	"low_cost_rent_id" uuid,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_lease_terms_money_not_negative" CHECK ("space_lease_terms"."monthly_rent_fen" >= 0 and "space_lease_terms"."monthly_subsidy_fen" >= 0 and "space_lease_terms"."monthly_subsidy_fen" <= "space_lease_terms"."monthly_rent_fen")
);
--> statement-breakpoint
CREATE TABLE "space_move_up_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_size" integer NOT NULL,
	"rung" text NOT NULL,
	"status" text NOT NULL,
	"requested_as" text NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"decision_reason" text,
	"moved_to_lease_id" uuid,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "space_move_up_requests_team_positive" CHECK ("space_move_up_requests"."team_size" > 0)
);
--> statement-breakpoint
ALTER TABLE "space_lease_terms" ADD CONSTRAINT "space_lease_terms_lease_id_space_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."space_leases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_lease_terms" ADD CONSTRAINT "space_lease_terms_market_rent_id_space_unit_rents_id_fk" FOREIGN KEY ("market_rent_id") REFERENCES "public"."space_unit_rents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_lease_terms" ADD CONSTRAINT "space_lease_terms_low_cost_rent_id_space_unit_rents_id_fk" FOREIGN KEY ("low_cost_rent_id") REFERENCES "public"."space_unit_rents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_lease_terms" ADD CONSTRAINT "space_lease_terms_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_move_up_requests" ADD CONSTRAINT "space_move_up_requests_lease_id_space_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."space_leases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_move_up_requests" ADD CONSTRAINT "space_move_up_requests_community_id_space_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."space_communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_move_up_requests" ADD CONSTRAINT "space_move_up_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_move_up_requests" ADD CONSTRAINT "space_move_up_requests_requested_by_accounts_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_move_up_requests" ADD CONSTRAINT "space_move_up_requests_moved_to_lease_id_space_leases_id_fk" FOREIGN KEY ("moved_to_lease_id") REFERENCES "public"."space_leases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_move_up_requests" ADD CONSTRAINT "space_move_up_requests_resolved_by_accounts_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "space_lease_terms_lease_start_unique" ON "space_lease_terms" USING btree ("lease_id","starts_on");--> statement-breakpoint
CREATE INDEX "space_move_up_requests_community_idx" ON "space_move_up_requests" USING btree ("community_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "space_move_up_requests_one_open_unique" ON "space_move_up_requests" USING btree ("lease_id") WHERE "space_move_up_requests"."status" = 'requested';--> statement-breakpoint
CREATE INDEX "space_applications_community_created_idx" ON "space_applications" USING btree ("community_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "space_applications_one_live_unique" ON "space_applications" USING btree ("community_id","organisation_id") WHERE "space_applications"."status" in ('submitted', 'admitted');--> statement-breakpoint
CREATE INDEX "space_leases_community_start_idx" ON "space_leases" USING btree ("community_id","starts_on","id");