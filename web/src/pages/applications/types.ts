/** Shapes of the applications API (src/modules/applications/schema.ts), from the OpenAPI types. */
import type { ApiResponse, ApiSchema } from '../../api/openapi-client';

// NOTE: re-exported for the area's older imports; the one definition is in api/openapi-client.

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
] as const satisfies readonly ApiSchema<'ApplicationStatus'>[];
export type ApplicationStatus = ApiSchema<'ApplicationStatus'>;

export type Application = ApiSchema<'Application'>;
export type Payee = NonNullable<Application['payee']>;
export type MyApplication = ApiResponse<'/applications'>[number];
export type ApplicantAction = MyApplication['availableActions'][number];
export type MyApplicationDetail = ApiResponse<'/applications/{id}'>;
export type PolicyView = MyApplicationDetail['policy'];
export type FactQuestion = PolicyView['facts'][number];
export type EvidenceFile = MyApplicationDetail['documents'][number];
export type TimelineEvent = MyApplicationDetail['timeline'][number];
export type Notification = ApiSchema<'Notification'>;

export interface CriterionLine {
  id: string;
  label?: unknown;
  clause?: string | null;
  result: string;
  facts?: unknown;
}
