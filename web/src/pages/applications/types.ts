/** Shapes of the applications API (src/modules/applications/schema.ts), mirrored by hand. */
export type LocalisedText = { 'zh-Hans': string; 'zh-Hant': string; en: string };

export const applicationStatuses = [
  'draft',
  'submitted',
  'screening',
  'in_review',
  'returned',
  'approved',
  'rejected',
  'appealed',
  'payment_scheduled',
  'payment_failed',
  'paid',
  'withdrawn',
  'closed',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export interface Payee {
  accountName: string;
  bankName: string;
  accountNumber: string;
}

export interface Application {
  id: string;
  reference: string;
  policyId: string;
  status: ApplicationStatus;
  organisationId: string | null;
  claimSubject: 'person' | 'organisation';
  facts: Record<string, unknown>;
  requestedAmountFen: number | null;
  payee: Payee | null;
  capFen: number | null;
  paidByPlatform: boolean;
  pendingRequest: {
    kind: 'screening' | 'officer';
    message: string;
    facts: string[];
    documents: string[];
    at: string;
  } | null;
  approvedAmountFen: number | null;
  decisionReasons: string | null;
  decidedAt: string | null;
  appealDeadline: string | null;
  appealCount: number;
  submittedAt: string | null;
  dueOn: string | null;
  paidAt: string | null;
  closedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type ApplicantAction = 'edit' | 'submit' | 'withdraw' | 'delete' | 'appeal';

export interface MyApplication extends Application {
  policyName: LocalisedText;
  availableActions: ApplicantAction[];
}

export interface FactQuestion {
  path: string;
  question: string;
  type: string;
  options: { value: string; label: string }[];
}

export interface PolicyView {
  id: string;
  name: LocalisedText;
  audience: 'person' | 'company' | 'importer';
  benefitKind: string;
  capFen: number | null;
  paidByPlatform: boolean;
  oneTime: boolean;
  exclusivityGroup: string | null;
  discretionary: boolean;
  clauses: { id: string; text: string }[];
  evidence: { id: string; label: LocalisedText; required: boolean }[];
  facts: FactQuestion[];
}

export interface EvidenceFile {
  id: string;
  documentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface TimelineEvent {
  id: string;
  occurredAt: string;
  action: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  actorKind: 'applicant' | 'officer' | 'system';
  actorName: string | null;
  details: Record<string, unknown>;
}

export interface CriterionLine {
  id: string;
  label?: unknown;
  clause?: string | null;
  result: string;
  facts?: unknown;
}

export interface MyApplicationDetail {
  application: Application;
  policy: PolicyView;
  documents: EvidenceFile[];
  timeline: TimelineEvent[];
  availableActions: ApplicantAction[];
  evaluation: { status: unknown; missingFacts: unknown; criteria: unknown } | null;
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
