export interface Batch {
  id: string;
  reference: string;
  totalFen: number;
  lineCount: number;
  scheduledFen: number;
  paidFen: number;
  failedFen: number;
  reconciled: boolean;
  createdAt: string;
  exportedAt: string | null;
  lastImportAt: string | null;
}

export interface BatchLine {
  id: string;
  lineNumber: number;
  applicationId: string;
  applicationReference: string;
  /** YYYY-MM of the monthly allowance instalment this line pays; null for one payment. */
  period: string | null;
  amountFen: number;
  payeeName: string;
  bankName: string;
  accountNumber: string;
  status: 'scheduled' | 'paid' | 'failed';
  bankReference: string | null;
  failureReason: string | null;
}

export interface BudgetLine {
  id: string;
  policyId: string;
  year: number;
  totalFen: number;
  reservedFen: number;
  consumedFen: number;
  remainingFen: number;
  note: string;
}
