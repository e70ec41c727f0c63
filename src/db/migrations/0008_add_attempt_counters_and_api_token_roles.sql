CREATE TABLE "attempt_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "roles" "role"[] DEFAULT '{}'::role[] NOT NULL;--> statement-breakpoint
CREATE INDEX "attempt_counters_window_ends_idx" ON "attempt_counters" USING btree ("window_ends_at");--> statement-breakpoint
-- Written by hand: tokens made before tokens kept their roles act with their account's roles of
-- today, as they did; from now on a role granted later is not theirs.
UPDATE "api_tokens" SET "roles" = coalesce(
  (SELECT array_agg("role" ORDER BY "role") FROM "account_roles" WHERE "account_roles"."account_id" = "api_tokens"."account_id"),
  '{}'::role[]
);
