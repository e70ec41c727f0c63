import { z } from 'zod';
import {
  allowanceInstalmentStatusValues,
  allowanceScheduleStatusValues,
  allowanceStopCauseValues,
} from '../../db/schema/allowances';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month.invalid');
const localised = z.object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string() });
const termSource = z.object({
  parameterId: z.string().nullable(),
  value: z.number().int(),
  effectiveFrom: z.string().nullable(),
});

/** An instalment as shown: `payable` is a waiting instalment whose month has come. */
export const allowanceInstalmentSchema = z.object({
  id: z.uuid(),
  sequence: z.number().int(),
  month,
  amountFen: z.number().int(),
  status: z.enum([...allowanceInstalmentStatusValues, 'payable']),
  paidAt: z.string().nullable(),
});

export const allowanceScheduleSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    policyId: z.string(),
    status: z.enum(allowanceScheduleStatusValues),
    monthlyFen: z.number().int(),
    months: z.number().int(),
    totalFen: z.number().int(),
    firstMonth: month,
    lastMonth: month,
    /** The month it is now in Shenzhen (what "due" is measured against). */
    currentMonth: month,
    /** Where the monthly amount and the months came from: the decision's evaluation snapshot. */
    terms: z.object({
      monthlyFen: termSource,
      maxMonths: termSource,
      evaluatedAt: z.string().nullable(),
    }),
    paidFen: z.number().int(),
    /** Due (month come) and not yet paid, incl. instalments in a batch. */
    dueFen: z.number().int(),
    toComeFen: z.number().int(),
    stoppedFen: z.number().int(),
    stop: z
      .object({
        fromMonth: month,
        cause: z.enum(allowanceStopCauseValues),
        reason: z.string().nullable(),
        byApplication: z.object({ reference: z.string(), policyName: localised }).nullable(),
        at: z.string(),
      })
      .nullable(),
    instalments: z.array(allowanceInstalmentSchema),
  })
  .meta({ id: 'AllowanceSchedule' });

/** `schedule` is null for an application that is not paid monthly (or not approved yet). */
export const allowanceScheduleResponse = z.object({ schedule: allowanceScheduleSchema.nullable() });

export const applicationParams = z.strictObject({ id: z.uuid() });

export const stopScheduleBody = z.strictObject({
  reason: z.string().trim().min(1, 'text.required').max(4000),
  /** Stop from this month on (YYYY-MM, Shenzhen); default: the current month. */
  fromMonth: month.optional(),
});

export const dueInstalmentsResponse = z.array(
  z.object({
    id: z.uuid(),
    applicationId: z.uuid(),
    reference: z.string(),
    policyId: z.string(),
    month,
    sequence: z.number().int(),
    amountFen: z.number().int(),
    payeeName: z.string().nullable(),
  }),
);
