import { z } from 'zod';
import {
  hetaoCategoryValues,
  hetaoListVersionStatusValues,
  hetaoQuestionStatusValues,
  hetaoRegimeValues,
  hetaoRulingStatusValues,
  hetaoSuggestionGroupStatusValues,
} from '../../db/schema/hetao';
import { isoDateSchema as isoDate } from '../../shared/iso-date';
import { cursorParam, deprecatedOffsetParam, nextCursorField } from '../../shared/keyset';
import { localisedTextSchema } from '../../shared/localised-text';
import { DIFF_FIELDS } from './list-diff';

/**
 * Request and response contracts of the Hetao desk. Tariff codes travel as digits only (2–10,
 * no dots); inputs accept dots and spaces ("3002.12") and strip them.
 */

const localisedText = localisedTextSchema;

export const categorySchema = z.enum(hetaoCategoryValues).meta({ id: 'HetaoCategory' });
export const regimeSchema = z.enum(hetaoRegimeValues).meta({ id: 'HetaoRegime' });
export const listVersionStatusSchema = z
  .enum(hetaoListVersionStatusValues)
  .meta({ id: 'HetaoListVersionStatus' });
export const questionStatusSchema = z
  .enum(hetaoQuestionStatusValues)
  .meta({ id: 'HetaoQuestionStatus' });
export const suggestionGroupStatusSchema = z
  .enum(hetaoSuggestionGroupStatusValues)
  .meta({ id: 'HetaoSuggestionGroupStatus' });
export const rulingStatusSchema = z.enum(hetaoRulingStatusValues).meta({ id: 'HetaoRulingStatus' });

/** "3002.12", "3002 12" and "300212" are the same code. */
export const tariffCodeInput = z
  .string()
  .trim()
  .transform((value) => value.replace(/[.\s]/g, ''))
  .pipe(z.string().regex(/^\d{2,10}$/, 'hetao.code_format'));

/** A code of at least the 4-digit heading (suggestions are grouped by heading). */
export const headingCodeInput = z
  .string()
  .trim()
  .transform((value) => value.replace(/[.\s]/g, ''))
  .pipe(z.string().regex(/^\d{4,10}$/, 'hetao.heading_format'));

const codePattern = z
  .string()
  .trim()
  .regex(/^(\d{2,10}|\d{2,10}\.\.\d{2,10})$/, 'hetao.code_pattern');

const text = (max: number) => z.string().trim().min(1, 'text.required').max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const idParams = z.strictObject({ id: z.uuid() });
export const itemParams = z.strictObject({ id: z.uuid(), itemId: z.string().min(1).max(64) });
export const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

// ---------------------------------------------------------------------------------------------
// List versions

export const versionRefSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: listVersionStatusSchema,
  isWorkingList: z.boolean(),
  publishedAt: z.iso.datetime().nullable(),
});

export const listVersionSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    issuingDocument: z.string().nullable(),
    effectiveDate: z.string().nullable(),
    status: listVersionStatusSchema,
    isWorkingList: z.boolean(),
    /** Shown wherever a working list is shown: it is not the official attachment. */
    workingListNotice: localisedText.nullable(),
    source: z.string(),
    notes: z.string().nullable(),
    basedOnVersionId: z.uuid().nullable(),
    itemCount: z.number().int(),
    importWarnings: z.array(
      z.object({
        line: z.number().int(),
        column: z.string(),
        code: z.string(),
        message: z.string(),
      }),
    ),
    createdAt: z.iso.datetime(),
    publishedAt: z.iso.datetime().nullable(),
    allowedActions: z.array(z.string()),
    clauses: z.array(z.string()),
  })
  .meta({ id: 'HetaoListVersion' });

export const listItemSchema = z
  .object({
    itemId: z.string(),
    position: z.number().int(),
    category: categorySchema,
    nameZhHans: z.string(),
    nameZhHant: z.string(),
    nameEn: z.string().nullable(),
    includes: z.array(z.string()),
    excludes: z.array(z.string()),
    regime: regimeSchema,
    notes: z.string().nullable(),
    source: z.string().nullable(),
  })
  .meta({ id: 'HetaoListItem' });

export const categoryInfoSchema = z.object({
  id: categorySchema,
  name: localisedText,
  defaultRegime: regimeSchema,
});

export const listVersionDetailSchema = listVersionSchema
  .extend({ items: z.array(listItemSchema), categories: z.array(categoryInfoSchema) })
  .meta({ id: 'HetaoListVersionDetail' });

export const listVersionsQuery = z.strictObject({
  status: listVersionStatusSchema.optional(),
});

export const createDraftBody = z.strictObject({
  title: text(200),
  issuingDocument: optionalText(200),
  effectiveDate: isoDate.nullable().optional(),
  source: text(500),
  notes: optionalText(2000),
  isWorkingList: z.boolean().default(false),
  /** Start from the items of the current published version (default) or from nothing. */
  copyCurrent: z.boolean().default(true),
});
export type CreateDraftBody = z.infer<typeof createDraftBody>;

export const updateDraftBody = z.strictObject({
  title: text(200).optional(),
  issuingDocument: optionalText(200),
  effectiveDate: isoDate.nullable().optional(),
  source: text(500).optional(),
  notes: optionalText(2000),
  isWorkingList: z.boolean().optional(),
});
export type UpdateDraftBody = z.infer<typeof updateDraftBody>;

/** The text fields that travel with an uploaded list file (multipart form fields). */
export const importFields = z.strictObject({
  title: text(200),
  issuingDocument: optionalText(200),
  effectiveDate: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .pipe(isoDate.nullable())
    .optional(),
  source: optionalText(500),
  notes: optionalText(2000),
  isWorkingList: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type ImportFields = z.infer<typeof importFields>;

export const listItemBody = z.strictObject({
  itemId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'hetao.list_item_rule'),
  category: categorySchema,
  nameZhHans: text(300),
  nameZhHant: optionalText(300),
  nameEn: optionalText(300),
  includes: z.array(codePattern).min(1).max(200),
  excludes: z.array(codePattern).max(200).default([]),
  regime: regimeSchema,
  notes: optionalText(2000),
  source: text(500),
});
export type ListItemBody = z.infer<typeof listItemBody>;

export const listItemPatchBody = listItemBody.omit({ itemId: true }).partial().strict();
export type ListItemPatchBody = z.infer<typeof listItemPatchBody>;

const fieldChangeSchema = z.object({
  field: z.enum(DIFF_FIELDS),
  before: z.union([z.string(), z.array(z.string())]).nullable(),
  after: z.union([z.string(), z.array(z.string())]).nullable(),
});

export const listDiffSchema = z
  .object({
    from: versionRefSchema.nullable(),
    to: versionRefSchema,
    added: z.array(listItemSchema),
    removed: z.array(listItemSchema),
    changed: z.array(
      z.object({
        itemId: z.string(),
        before: listItemSchema,
        after: listItemSchema,
        changes: z.array(fieldChangeSchema),
      }),
    ),
    unchanged: z.number().int(),
  })
  .meta({ id: 'HetaoListDiff' });

export const diffQuery = z.strictObject({ against: z.uuid().optional() });

export const importResultSchema = z
  .object({
    version: listVersionSchema,
    fileKind: z.enum(['csv', 'xlsx']),
    itemCount: z.number().int(),
    diff: listDiffSchema.nullable(),
  })
  .meta({ id: 'HetaoImportResult' });

export const changelogSchema = z
  .object({
    entries: z.array(
      z.object({
        version: listVersionSchema,
        previous: versionRefSchema.nullable(),
        summary: z.object({
          added: z.number().int(),
          removed: z.number().int(),
          changed: z.number().int(),
        }),
        /** Null for the first version (everything in it is new). */
        diff: listDiffSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'HetaoChangelog' });

// ---------------------------------------------------------------------------------------------
// Questions and precedents

export const askQuestionBody = z.strictObject({
  organisationId: z.uuid().optional(),
  description: text(4000),
  proposedCode: tariffCodeInput.nullable().optional(),
});
export type AskQuestionBody = z.infer<typeof askQuestionBody>;

export const answerQuestionBody = z.strictObject({
  hsCode: tariffCodeInput,
  covered: z.boolean(),
  reasoning: text(4000),
  listItemId: z.string().trim().min(1).max(64).nullable().optional(),
});
export type AnswerQuestionBody = z.infer<typeof answerQuestionBody>;

export const publishPrecedentBody = z.strictObject({
  /** The officer's edit of the anonymised preview; anonymised again before publishing. */
  question: text(4000).optional(),
  reasoning: text(4000).optional(),
});

export const retractBody = z.strictObject({ reason: text(1000) });

/** A question list's optional paging: without `limit` the whole list, as before paging. */
const questionPageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'Questions per page; the next page is in the `Link: rel="next"` header. Without it, every question.',
    ),
  cursor: cursorParam,
};

export const myQuestionsQuery = z.strictObject(questionPageQuery);

export const questionQueueQuery = z.strictObject({
  status: questionStatusSchema.optional(),
  ...questionPageQuery,
});

const attachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.iso.datetime(),
  url: z.string(),
});

const listItemRefSchema = z.object({
  versionId: z.uuid().nullable(),
  itemId: z.string(),
  category: categorySchema.nullable(),
  nameZhHans: z.string().nullable(),
  nameZhHant: z.string().nullable(),
  nameEn: z.string().nullable(),
});

export const questionSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    status: questionStatusSchema,
    description: z.string(),
    proposedCode: z.string().nullable(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    asker: z.object({ name: z.string(), email: z.string() }),
    createdAt: z.iso.datetime(),
    dueOn: z.string(),
    overdue: z.boolean(),
    answer: z
      .object({
        hsCode: z.string(),
        covered: z.boolean(),
        reasoning: z.string(),
        listItem: listItemRefSchema.nullable(),
        answeredAt: z.iso.datetime(),
      })
      .nullable(),
    attachments: z.array(attachmentSchema),
    precedent: z
      .object({ id: z.uuid(), reference: z.string(), publishedAt: z.iso.datetime() })
      .nullable(),
    allowedActions: z.array(z.string()),
  })
  .meta({ id: 'HetaoQuestion' });

export const precedentSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    question: z.string(),
    hsCode: z.string(),
    covered: z.boolean(),
    reasoning: z.string(),
    listItem: listItemRefSchema.nullable(),
    publishedAt: z.iso.datetime(),
    clauses: z.array(z.string()),
  })
  .meta({ id: 'HetaoPrecedent' });

export const precedentListSchema = z.object({
  items: z.array(precedentSchema),
  total: z.number().int(),
  nextCursor: nextCursorField,
});

export const precedentQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: deprecatedOffsetParam,
  cursor: cursorParam,
});

const redactionsSchema = z.array(
  z.object({
    kind: z.enum(['person', 'organisation', 'contact', 'address', 'registration-number', 'link']),
    count: z.number().int(),
  }),
);

export const precedentPreviewSchema = z
  .object({
    question: z.string(),
    reasoning: z.string(),
    hsCode: z.string(),
    covered: z.boolean(),
    listItem: listItemRefSchema.nullable(),
    redactions: z.object({ question: redactionsSchema, reasoning: redactionsSchema }),
  })
  .meta({ id: 'HetaoPrecedentPreview' });

// ---------------------------------------------------------------------------------------------
// Suggestions (B.L3)

export const suggestBody = z.strictObject({
  organisationId: z.uuid().optional(),
  code: headingCodeInput,
  category: categorySchema.nullable().optional(),
  goods: text(500),
  reason: text(2000),
});
export type SuggestBody = z.infer<typeof suggestBody>;

export const suggestionGroupsQuery = z.strictObject({
  status: suggestionGroupStatusSchema.optional(),
});

export const pullGroupBody = z.strictObject({
  itemId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'hetao.list_item_rule')
    .optional(),
  category: categorySchema,
  nameZhHans: text(300),
  nameZhHant: optionalText(300),
  nameEn: optionalText(300),
  includes: z.array(codePattern).min(1).max(200).optional(),
  excludes: z.array(codePattern).max(200).optional(),
  regime: regimeSchema.optional(),
  notes: optionalText(2000),
});
export type PullGroupBody = z.infer<typeof pullGroupBody>;

export const declineGroupBody = z.strictObject({ reason: text(1000) });

export const suggestionGroupSchema = z
  .object({
    id: z.uuid(),
    heading: z.string(),
    status: suggestionGroupStatusSchema,
    suggestionCount: z.number().int(),
    supporterCount: z.number().int(),
    /** Distinct accounts behind the group: proposers and supporters. */
    backers: z.number().int(),
    iSupport: z.boolean(),
    mine: z.boolean(),
    suggestions: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        category: categorySchema.nullable(),
        goods: z.string(),
        reason: z.string(),
        createdAt: z.iso.datetime(),
        /** Customs only. */
        proposer: z
          .object({ name: z.string(), email: z.string(), organisationName: z.string().nullable() })
          .nullable(),
      }),
    ),
    /** Customs only; others see the count. */
    supporters: z
      .array(z.object({ name: z.string(), email: z.string(), since: z.iso.datetime() }))
      .nullable(),
    pulledIntoVersionId: z.uuid().nullable(),
    pulledItemId: z.string().nullable(),
    decisionNote: z.string().nullable(),
    createdAt: z.iso.datetime(),
    allowedActions: z.array(z.string()),
  })
  .meta({ id: 'HetaoSuggestionGroup' });

// ---------------------------------------------------------------------------------------------
// Advance rulings (B.N8)

export const createRulingBody = z.strictObject({
  organisationId: z.uuid().optional(),
  questionId: z.uuid().nullable().optional(),
  goods: text(4000),
  proposedCode: tariffCodeInput.nullable().optional(),
  plannedImportOn: isoDate,
});
export type CreateRulingBody = z.infer<typeof createRulingBody>;

export const updateRulingBody = z.strictObject({
  goods: text(4000).optional(),
  proposedCode: tariffCodeInput.nullable().optional(),
  plannedImportOn: isoDate.optional(),
});
export type UpdateRulingBody = z.infer<typeof updateRulingBody>;

export const acceptRulingBody = z.strictObject({ customsReference: optionalText(100) });
export const refuseRulingBody = z.strictObject({ reason: text(2000) });
export const decideRulingBody = z.strictObject({
  rulingCode: tariffCodeInput,
  rulingText: text(8000),
  tradeSecret: z.boolean(),
  /** Defaults to today (Shenzhen). */
  decidedOn: isoDate.optional(),
});
export type DecideRulingBody = z.infer<typeof decideRulingBody>;

export const rulingsQuery = z.strictObject({ status: rulingStatusSchema.optional() });

export const rulingSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    status: rulingStatusSchema,
    goods: z.string(),
    proposedCode: z.string().nullable(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    applicantEmail: z.string(),
    questionId: z.uuid().nullable(),
    plannedImportOn: z.string(),
    /** plannedImportOn − 3 months: the last day to file (B.N8). */
    latestFilingOn: z.string(),
    customsReference: z.string().nullable(),
    filedOn: z.string().nullable(),
    acceptanceDueOn: z.string().nullable(),
    acceptanceOverdue: z.boolean(),
    acceptanceDecidedOn: z.string().nullable(),
    notAcceptedReason: z.string().nullable(),
    decidedOn: z.string().nullable(),
    rulingCode: z.string().nullable(),
    rulingText: z.string().nullable(),
    tradeSecret: z.boolean(),
    validUntil: z.string().nullable(),
    inForce: z.boolean(),
    publishedAt: z.iso.datetime().nullable(),
    warnings: z.array(z.object({ code: z.string(), message: localisedText })),
    allowedActions: z.array(z.string()),
    clauses: z.array(z.string()),
  })
  .meta({ id: 'HetaoAdvanceRuling' });

export const publishedRulingSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    goods: z.string(),
    rulingCode: z.string(),
    rulingText: z.string(),
    decidedOn: z.string(),
    validUntil: z.string(),
    inForce: z.boolean(),
    publishedAt: z.iso.datetime(),
  })
  .meta({ id: 'HetaoPublishedRuling' });

// ---------------------------------------------------------------------------------------------
// Settings

export const deskSettingsSchema = z
  .object({
    answerSlaWorkingDays: z.number().int(),
    holidays: z.array(z.string()),
    extraWorkingDays: z.array(z.string()),
    note: localisedText,
  })
  .meta({ id: 'HetaoDeskSettings' });

export const updateSettingsBody = z.strictObject({
  answerSlaWorkingDays: z.number().int().min(1).max(60).optional(),
  holidays: z.array(isoDate).max(400).optional(),
  extraWorkingDays: z.array(isoDate).max(100).optional(),
});
export type UpdateSettingsBody = z.infer<typeof updateSettingsBody>;
