import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date';

/**
 * Workflow settings an administrator maintains without a deploy: review SLA in working days
 * (default and per policy), the appeal period, and the public-holiday calendar.
 *
 * NOTE: the defaults below are operating choices of this platform, not policy: the action plan
 * (CLAUSES.md part A) sets no review deadline or appeal period. The 2026 holidays and make-up
 * working days are the mainland arrangement for 2026 as published by the State Council General
 * Office (国务院办公厅关于2026年部分节假日安排的通知), entered by hand: an administrator should
 * check them against the notice and add each new year's when it is published.
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

function range(from: string, days: number): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(start);
    day.setUTCDate(start.getUTCDate() + index);
    return day.toISOString().slice(0, 10);
  });
}

export const defaultWorkflowSettings: WorkflowSettings = {
  reviewSlaWorkingDays: 15,
  reviewSlaByPolicy: {},
  appealPeriodDays: 30,
  holidays: [
    ...range('2026-01-01', 3), // 元旦
    ...range('2026-02-15', 9), // 春节
    ...range('2026-04-04', 3), // 清明节
    ...range('2026-05-01', 5), // 劳动节
    ...range('2026-06-19', 3), // 端午节
    ...range('2026-09-25', 3), // 中秋节
    ...range('2026-10-01', 7), // 国庆节
  ],
  makeUpWorkingDays: [
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ],
  holidaySource:
    '国务院办公厅关于2026年部分节假日安排的通知 (mainland public holidays 2026), entered by hand; check against the notice.',
};

export const WORKFLOW_SETTINGS_KEY = 'workflow';
