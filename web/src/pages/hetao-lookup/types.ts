/** The lookup's answer (src/modules/hetao-lookup/schema.ts), from the OpenAPI types. */
import type { ApiSchema } from '../../api/openapi-client';

export type LookupResult = ApiSchema<'HetaoLookupResult'>;
/** The script of the query, which the answer is in. */
export type Script = LookupResult['script'];
export type Verdict = LookupResult['verdict'];
export type LookupFlag = LookupResult['flags'][number];
export type LookupCandidate = LookupResult['candidates'][number];
export type LookupReason = LookupCandidate['reasons'][number];
