-- Trigram indexes (gin_trgm_ops) serve name, reference and text search (issue #19); PGlite loads
-- the extension in src/db/client.ts. Trusted since PostgreSQL 13: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "audit_log_action_idx";--> statement-breakpoint
DROP INDEX "applications_reviewer_idx";--> statement-breakpoint
DROP INDEX "budget_movements_line_idx";--> statement-breakpoint
DROP INDEX "hetao_questions_asker_idx";--> statement-breakpoint
DROP INDEX "hetao_questions_status_due_idx";--> statement-breakpoint
CREATE INDEX "accounts_email_trgm_idx" ON "accounts" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "accounts_display_name_trgm_idx" ON "accounts" USING gin ("display_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_name_trgm_idx" ON "organisations" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_name_prefix_idx" ON "organisations" USING btree (lower("name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organisations_name_id_idx" ON "organisations" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "organisations_credit_code_trgm_idx" ON "organisations" USING gin ("credit_code" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_full_name_trgm_idx" ON "people" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_full_name_prefix_idx" ON "people" USING btree (lower("full_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "audit_log_action_prefix_idx" ON "audit_log" USING btree ("action" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "applications_organisation_idx" ON "applications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "applications_reviewer_status_idx" ON "applications" USING btree ("assigned_reviewer_id","status");--> statement-breakpoint
CREATE INDEX "applications_queue_idx" ON "applications" USING btree ("status","due_on","submitted_at","id");--> statement-breakpoint
CREATE INDEX "applications_review_queue_idx" ON "applications" USING btree ("due_on","submitted_at","id") WHERE "applications"."status" in ('submitted', 'in_review', 'appealed');--> statement-breakpoint
CREATE INDEX "applications_payable_idx" ON "applications" USING btree ("decided_at","id") WHERE "applications"."status" in ('approved', 'payment_failed');--> statement-breakpoint
CREATE INDEX "applications_reference_trgm_idx" ON "applications" USING gin ("reference" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "budget_movements_line_occurred_idx" ON "budget_movements" USING btree ("budget_line_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "payment_batches_created_idx" ON "payment_batches" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "hetao_precedents_live_published_idx" ON "hetao_precedents" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "hetao_precedents"."retracted_at" is null;--> statement-breakpoint
CREATE INDEX "hetao_precedents_live_question_trgm_idx" ON "hetao_precedents" USING gin ("question" gin_trgm_ops) WHERE "hetao_precedents"."retracted_at" is null;--> statement-breakpoint
CREATE INDEX "hetao_precedents_live_reasoning_trgm_idx" ON "hetao_precedents" USING gin ("reasoning" gin_trgm_ops) WHERE "hetao_precedents"."retracted_at" is null;--> statement-breakpoint
CREATE INDEX "hetao_precedents_live_hs_code_prefix_idx" ON "hetao_precedents" USING btree ("hs_code" text_pattern_ops) WHERE "hetao_precedents"."retracted_at" is null;--> statement-breakpoint
CREATE INDEX "hetao_questions_asker_created_idx" ON "hetao_questions" USING btree ("asker_account_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "hetao_questions_status_due_created_idx" ON "hetao_questions" USING btree ("status","due_on","created_at","id");