CREATE TABLE "matching_push_preferences" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"benefit_pushes" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matching_push_candidates" ADD COLUMN "suppressed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matching_push_preferences" ADD CONSTRAINT "matching_push_preferences_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;