/**
 * Shapes of the Hetao desk's API (src/modules/hetao/schema.ts), from the OpenAPI types, and the
 * desk's own lists of categories and regimes in menu order.
 */
import type { ApiSchema } from '../../api/openapi-client';

export const categories = [
  'equipment',
  'apparatus',
  'consumables',
  'literature',
  'specimens',
  'animals',
] as const satisfies readonly ApiSchema<'HetaoCategory'>[];
export type Category = ApiSchema<'HetaoCategory'>;
export const regimes = [
  'supervision-period',
  'write-off',
] as const satisfies readonly ApiSchema<'HetaoRegime'>[];
export type Regime = ApiSchema<'HetaoRegime'>;
export type ListVersionStatus = ApiSchema<'HetaoListVersionStatus'>;
export type QuestionStatus = ApiSchema<'HetaoQuestionStatus'>;
export type SuggestionGroupStatus = ApiSchema<'HetaoSuggestionGroupStatus'>;
export type RulingStatus = ApiSchema<'HetaoRulingStatus'>;

export type ListVersion = ApiSchema<'HetaoListVersion'>;
export type ListItem = ApiSchema<'HetaoListItem'>;
export type ListVersionDetail = ApiSchema<'HetaoListVersionDetail'>;
export type ListDiff = ApiSchema<'HetaoListDiff'>;
export type ImportResult = ApiSchema<'HetaoImportResult'>;
export type Changelog = ApiSchema<'HetaoChangelog'>;
export type Question = ApiSchema<'HetaoQuestion'>;
/** A question's answer's list item, as a precedent also names it. */
export type ListItemRef = NonNullable<NonNullable<Question['answer']>['listItem']>;
export type PrecedentPreview = ApiSchema<'HetaoPrecedentPreview'>;
export type Precedent = ApiSchema<'HetaoPrecedent'>;
export type SuggestionGroup = ApiSchema<'HetaoSuggestionGroup'>;
export type Ruling = ApiSchema<'HetaoAdvanceRuling'>;
export type PublishedRuling = ApiSchema<'HetaoPublishedRuling'>;
export type DeskSettings = ApiSchema<'HetaoDeskSettings'>;
