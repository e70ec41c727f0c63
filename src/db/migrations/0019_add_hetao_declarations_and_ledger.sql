CREATE TABLE "hetao_class_elections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"goods_class" text NOT NULL,
	"elected_on" date NOT NULL,
	"reason" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hetao_declaration_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"declaration_id" uuid NOT NULL,
	"line_number" integer NOT NULL,
	"description" text NOT NULL,
	"hs_code" text NOT NULL,
	"list_item_id" text NOT NULL,
	"category" text NOT NULL,
	"part_use" text,
	"quantity" numeric(18, 3) NOT NULL,
	"unit" text NOT NULL,
	"value_fen" bigint NOT NULL,
	"currency" text,
	"foreign_amount" text,
	"exchange_rate" text,
	"duty_rate" text NOT NULL,
	"consumption_rate" text,
	"vat_rate" text NOT NULL,
	"rates_source" text NOT NULL,
	"tariff_rates" jsonb,
	"duty_fen" bigint NOT NULL,
	"consumption_tax_fen" bigint NOT NULL,
	"vat_fen" bigint NOT NULL,
	"total_fen" bigint NOT NULL,
	"regime" text NOT NULL,
	"regime_source" text NOT NULL,
	"supervision_class" text NOT NULL,
	"biosafety" boolean NOT NULL,
	"biosafety_source" text,
	"permit_reference" text,
	CONSTRAINT "hetao_declaration_lines_value" CHECK ("hetao_declaration_lines"."value_fen" >= 0),
	CONSTRAINT "hetao_declaration_lines_quantity" CHECK ("hetao_declaration_lines"."quantity" > 0),
	CONSTRAINT "hetao_declaration_lines_permit" CHECK (not "hetao_declaration_lines"."biosafety" or "hetao_declaration_lines"."permit_reference" is not null)
);
--> statement-breakpoint
CREATE TABLE "hetao_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"declaration_number" text NOT NULL,
	"declared_on" date NOT NULL,
	"released_on" date NOT NULL,
	"white_list_entry_id" uuid NOT NULL,
	"list_version_id" uuid NOT NULL,
	"source" text NOT NULL,
	"duty_fen" bigint NOT NULL,
	"consumption_tax_fen" bigint NOT NULL,
	"vat_fen" bigint NOT NULL,
	"total_fen" bigint NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hetao_ledger_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"line_id" uuid NOT NULL,
	"declaration_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"regime" text NOT NULL,
	"quantity_declared" numeric(18, 3) NOT NULL,
	"quantity_written_off" numeric(18, 3) NOT NULL,
	"quantity_moved" numeric(18, 3) NOT NULL,
	"quantity_held" numeric(18, 3) NOT NULL,
	"released_on" date NOT NULL,
	"supervision_years" integer,
	"supervision_ends_on" date,
	"supervision_source" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hetao_ledger_items_balance" CHECK ("hetao_ledger_items"."quantity_held" = "hetao_ledger_items"."quantity_declared" - "hetao_ledger_items"."quantity_written_off" - "hetao_ledger_items"."quantity_moved"),
	CONSTRAINT "hetao_ledger_items_non_negative" CHECK ("hetao_ledger_items"."quantity_held" >= 0 and "hetao_ledger_items"."quantity_written_off" >= 0 and "hetao_ledger_items"."quantity_moved" >= 0)
);
--> statement-breakpoint
CREATE TABLE "hetao_ledger_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"quantity" numeric(18, 3) NOT NULL,
	"occurred_on" date NOT NULL,
	"research_use" text,
	"reason" text,
	"recipient" text,
	"months_served" integer,
	"taxable_value_fen" bigint,
	"duty_fen" bigint,
	"consumption_tax_fen" bigint,
	"vat_fen" bigint,
	"due_fen" bigint,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hetao_ledger_movements_quantity" CHECK ("hetao_ledger_movements"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "hetao_class_elections" ADD CONSTRAINT "hetao_class_elections_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_class_elections" ADD CONSTRAINT "hetao_class_elections_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_declaration_lines" ADD CONSTRAINT "hetao_declaration_lines_declaration_id_hetao_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."hetao_declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_declarations" ADD CONSTRAINT "hetao_declarations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_declarations" ADD CONSTRAINT "hetao_declarations_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_ledger_items" ADD CONSTRAINT "hetao_ledger_items_line_id_hetao_declaration_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."hetao_declaration_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_ledger_items" ADD CONSTRAINT "hetao_ledger_items_declaration_id_hetao_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."hetao_declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_ledger_items" ADD CONSTRAINT "hetao_ledger_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_ledger_movements" ADD CONSTRAINT "hetao_ledger_movements_item_id_hetao_ledger_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."hetao_ledger_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hetao_ledger_movements" ADD CONSTRAINT "hetao_ledger_movements_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hetao_class_elections_organisation_idx" ON "hetao_class_elections" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_declaration_lines_number_uq" ON "hetao_declaration_lines" USING btree ("declaration_id","line_number");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_declarations_number_uq" ON "hetao_declarations" USING btree ("organisation_id","declaration_number");--> statement-breakpoint
CREATE INDEX "hetao_declarations_declared_idx" ON "hetao_declarations" USING btree ("declared_on");--> statement-breakpoint
CREATE UNIQUE INDEX "hetao_ledger_items_line_uq" ON "hetao_ledger_items" USING btree ("line_id");--> statement-breakpoint
CREATE INDEX "hetao_ledger_items_organisation_idx" ON "hetao_ledger_items" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "hetao_ledger_movements_item_idx" ON "hetao_ledger_movements" USING btree ("item_id");