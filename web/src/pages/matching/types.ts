/** Shapes of the matching API (src/modules/matching/schema.ts), from the OpenAPI types. */
import type { ApiResponse } from '../../api/openapi-client';

export type ImportTarget = ApiResponse<'/matching/import-targets'>[number];
export type ImportPreview = ApiResponse<'/matching/imports/preview', 'post'>;
export type ImportRecord = ApiResponse<'/matching/imports'>[number];
export type Run = ApiResponse<'/matching/runs/{id}'>;
export type Profile = ApiResponse<'/matching/profiles/{id}'>;
export type ProfileSummary = ApiResponse<'/matching/profiles'>['items'][number];
export interface RowError {
  line: number;
  column: string;
  message: string;
}
