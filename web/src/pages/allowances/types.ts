import type { LocalisedText } from '../applications/types';

/** As the server presents it: `payable` is a waiting instalment whose month has come. */
export type InstalmentStatus = 'scheduled' | 'payable' | 'in_payment' | 'paid' | 'stopped';

export interface AllowanceInstalment {
  id: string;
  sequence: number;
  /** YYYY-MM, Shenzhen's calendar. */
  month: string;
  amountFen: number;
  status: InstalmentStatus;
  paidAt: string | null;
}

export interface AllowanceSchedule {
  id: string;
  applicationId: string;
  policyId: string;
  status: 'active' | 'completed' | 'stopped';
  monthlyFen: number;
  months: number;
  totalFen: number;
  firstMonth: string;
  lastMonth: string;
  currentMonth: string;
  terms: {
    monthlyFen: { parameterId: string | null; value: number; effectiveFrom: string | null };
    maxMonths: { parameterId: string | null; value: number; effectiveFrom: string | null };
    evaluatedAt: string | null;
  };
  paidFen: number;
  dueFen: number;
  toComeFen: number;
  stoppedFen: number;
  stop: {
    fromMonth: string;
    cause: 'officer' | 'exclusive_benefit' | 'revoked';
    reason: string | null;
    byApplication: { reference: string; policyName: LocalisedText } | null;
    at: string;
  } | null;
  instalments: AllowanceInstalment[];
}

export interface ScheduleResponse {
  schedule: AllowanceSchedule | null;
}

export interface DueInstalment {
  id: string;
  applicationId: string;
  reference: string;
  policyId: string;
  month: string;
  sequence: number;
  amountFen: number;
  payeeName: string | null;
}
