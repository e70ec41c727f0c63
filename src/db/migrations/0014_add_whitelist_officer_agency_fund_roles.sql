ALTER TYPE "public"."role" ADD VALUE 'whitelist_officer' BEFORE 'admin';--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'agency' BEFORE 'admin';--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'fund' BEFORE 'admin';