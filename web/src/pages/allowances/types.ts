/** Shapes of the allowances API (src/modules/allowances/schema.ts), from the OpenAPI types. */
import type { ApiResponse, ApiSchema } from '../../api/openapi-client';

export type AllowanceSchedule = ApiSchema<'AllowanceSchedule'>;
export type AllowanceInstalment = AllowanceSchedule['instalments'][number];
/** As the server presents it: `payable` is a waiting instalment whose month has come. */
export type InstalmentStatus = AllowanceInstalment['status'];
export type DueInstalment = ApiResponse<'/payments/instalments/due'>[number];
