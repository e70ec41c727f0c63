import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date';

/**
 * Workflow settings an administrator maintains without a deploy: review SLA in working days
 * (default and per policy), the appeal period, and the administrator's own holiday entries.
 *
 * NOTE: the defaults below are operating choices of this platform, not policy: the action plan
 * (CLAUSES.md part A) sets no review deadline or appeal period. The public holidays themselves
 * are no longer typed here: deadlines count with the published calendar (policies/holidays.yaml,
 * each year with its State Council notice) with `holidays` / `makeUpWorkingDays` laid over it —
 * an administrator enters only what differs, and `holidaySource` says where those entries come
 * from (src/shared/holidays.ts explains the choice).
 */
export const workflowSettingsSchema = z.strictObject({
  reviewSlaWorkingDays: z.number().int().min(1).max(250),
  reviewSlaByPolicy: z.record(z.string().min(1).max(100), z.number().int().min(1).max(250)),
  appealPeriodDays: z.number().int().min(1).max(365),
  holidays: z.array(isoDateSchema).max(1000),
  makeUpWorkingDays: z.array(isoDateSchema).max(1000),
  holidaySource: z.string().max(500),
});
export type WorkflowSettings = z.infer<typeof workflowSettingsSchema>;

export const defaultWorkflowSettings: WorkflowSettings = {
  reviewSlaWorkingDays: 15,
  reviewSlaByPolicy: {},
  appealPeriodDays: 30,
  holidays: [],
  makeUpWorkingDays: [],
  holidaySource: '',
};

export const WORKFLOW_SETTINGS_KEY = 'workflow';
