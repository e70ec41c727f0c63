CREATE TABLE "allowance_instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schedule_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"month" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"paid_at" timestamp with time zone,
	"stopped_at" timestamp with time zone,
	CONSTRAINT "allowance_instalments_amount_positive" CHECK ("allowance_instalments"."amount_fen" > 0),
	CONSTRAINT "allowance_instalments_month_format" CHECK ("allowance_instalments"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "allowance_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"policy_id" text NOT NULL,
	"budget_line_id" uuid NOT NULL,
	"monthly_fen" bigint NOT NULL,
	"months" integer NOT NULL,
	"total_fen" bigint NOT NULL,
	"first_month" text NOT NULL,
	"terms" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"stopped_from_month" text,
	"stop_cause" text,
	"stop_reason" text,
	"stopped_by" uuid,
	"stopped_by_application_id" uuid,
	"stopped_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "allowance_schedules_amounts_valid" CHECK ("allowance_schedules"."monthly_fen" > 0 and "allowance_schedules"."months" > 0 and "allowance_schedules"."total_fen" = "allowance_schedules"."monthly_fen" * "allowance_schedules"."months"),
	CONSTRAINT "allowance_schedules_first_month_format" CHECK ("allowance_schedules"."first_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "allowance_schedules_stop_recorded" CHECK (("allowance_schedules"."status" = 'stopped') = ("allowance_schedules"."stopped_at" is not null and "allowance_schedules"."stopped_from_month" is not null and "allowance_schedules"."stop_cause" is not null))
);
--> statement-breakpoint
DROP INDEX "budget_movements_consume_once";--> statement-breakpoint
DROP INDEX "payment_lines_one_live_per_application";--> statement-breakpoint
DROP INDEX "payment_lines_paid_once";--> statement-breakpoint
ALTER TABLE "budget_movements" ADD COLUMN "instalment_id" uuid;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD COLUMN "instalment_id" uuid;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD COLUMN "period" text;--> statement-breakpoint
ALTER TABLE "allowance_instalments" ADD CONSTRAINT "allowance_instalments_schedule_id_allowance_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."allowance_schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_instalments" ADD CONSTRAINT "allowance_instalments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_instalments" ADD CONSTRAINT "allowance_instalments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_schedules" ADD CONSTRAINT "allowance_schedules_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_schedules" ADD CONSTRAINT "allowance_schedules_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_schedules" ADD CONSTRAINT "allowance_schedules_stopped_by_accounts_id_fk" FOREIGN KEY ("stopped_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_schedules" ADD CONSTRAINT "allowance_schedules_stopped_by_application_id_applications_id_fk" FOREIGN KEY ("stopped_by_application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allowance_instalments_schedule_sequence_unique" ON "allowance_instalments" USING btree ("schedule_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "allowance_instalments_one_per_person_month" ON "allowance_instalments" USING btree ("person_id","month") WHERE "allowance_instalments"."status" <> 'stopped';--> statement-breakpoint
CREATE INDEX "allowance_instalments_due_idx" ON "allowance_instalments" USING btree ("status","month");--> statement-breakpoint
CREATE INDEX "allowance_instalments_application_idx" ON "allowance_instalments" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "allowance_schedules_application_unique" ON "allowance_schedules" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "allowance_schedules_person_idx" ON "allowance_schedules" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "budget_movements" ADD CONSTRAINT "budget_movements_instalment_id_allowance_instalments_id_fk" FOREIGN KEY ("instalment_id") REFERENCES "public"."allowance_instalments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_instalment_id_allowance_instalments_id_fk" FOREIGN KEY ("instalment_id") REFERENCES "public"."allowance_instalments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_movements_instalment_once" ON "budget_movements" USING btree ("instalment_id","kind") WHERE "budget_movements"."instalment_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_one_live_per_instalment" ON "payment_lines" USING btree ("instalment_id") WHERE "payment_lines"."status" in ('scheduled', 'paid') and "payment_lines"."instalment_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_movements_consume_once" ON "budget_movements" USING btree ("application_id") WHERE "budget_movements"."kind" = 'consume' and "budget_movements"."instalment_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_one_live_per_application" ON "payment_lines" USING btree ("application_id") WHERE "payment_lines"."status" in ('scheduled', 'paid') and "payment_lines"."instalment_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_paid_once" ON "payment_lines" USING btree ("application_id") WHERE "payment_lines"."status" = 'paid' and "payment_lines"."instalment_id" is null;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_instalment_has_period" CHECK (("payment_lines"."instalment_id" is null) = ("payment_lines"."period" is null));