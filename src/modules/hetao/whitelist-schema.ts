import { z } from 'zod';
import {
  hetaoWhiteListApplicationStatusValues,
  hetaoWhiteListEntityTypeValues,
} from '../../db/schema/hetao-whitelist';
import { isoDateSchema as isoDate } from '../../shared/iso-date';
import { cursorParam } from '../../shared/keyset';

/**
 * Request and response contracts of the Hetao white list (issue #16 item 1; B.N3, B.E1).
 */

const text = (max: number) => z.string().trim().min(1, 'text.required').max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value));

export const whiteListEntityTypeSchema = z
  .enum(hetaoWhiteListEntityTypeValues)
  .meta({ id: 'HetaoWhiteListEntityType' })
  .describe(
    'B.E1: an enterprise registered in the supervised area with independent legal personality; a public institution doing research in the area; a science and technology private non-enterprise unit registered in the area',
  );
export const whiteListApplicationStatusSchema = z
  .enum(hetaoWhiteListApplicationStatusValues)
  .meta({ id: 'HetaoWhiteListApplicationStatus' });
export const whiteListEntryStatusSchema = z
  .enum(['listed', 'suspended', 'removed', 'expired', 'not_yet', 'superseded'])
  .meta({ id: 'HetaoWhiteListEntryStatus' })
  .describe(
    'listed (in force today), suspended, removed, expired (past valid until), not_yet (valid from a later day), superseded (an expired entry replaced by a new listing)',
  );

export const whiteListIdParams = z.strictObject({ id: z.uuid() });
export const whiteListDocumentParams = z.strictObject({ id: z.uuid(), documentId: z.uuid() });

const contactSchema = z.strictObject({
  name: text(100),
  role: z.string().trim().max(100).optional(),
  phone: z.string().trim().max(40).optional(),
  email: z.string().trim().max(200).optional(),
});

export const applyForWhiteListBody = z.strictObject({
  organisationId: z.uuid(),
  entityType: whiteListEntityTypeSchema,
  /** B.E1: registered inside the customs-supervised area — declared, and checked by the officer. */
  registeredInSupervisedArea: z
    .literal(true, { error: 'hetao.white_list_registration_required' })
    .describe('B.E1: declared true — the institution is registered in the supervised area'),
  supervisedAreaAddress: text(300),
  researchActivities: text(4000),
  contacts: z.array(contactSchema).min(1, 'hetao.contact_required').max(10),
});
export type ApplyForWhiteListBody = z.infer<typeof applyForWhiteListBody>;

export const provideInformationBody = z.strictObject({
  response: text(4000),
  supervisedAreaAddress: text(300).optional(),
  researchActivities: text(4000).optional(),
  contacts: z.array(contactSchema).min(1).max(10).optional(),
});
export type ProvideInformationBody = z.infer<typeof provideInformationBody>;

export const listApplicationBody = z.strictObject({
  validFrom: isoDate.describe('First day on the list (inclusive)'),
  validUntil: isoDate
    .nullable()
    .describe('Last day on the list (inclusive); null when the decision sets no end date'),
  filingReference: optionalText(200)
    .optional()
    .describe('B.N3: the reference of the filing with the three ministries, if known'),
});
export type ListApplicationBody = z.infer<typeof listApplicationBody>;

export const requestInformationBody = z.strictObject({ request: text(4000) });
export const reasonsBody = z.strictObject({ reasons: text(4000) });

export const updateEntryBody = z.strictObject({
  filingReference: optionalText(200).optional(),
  validUntil: isoDate.nullable().optional(),
});
export type UpdateEntryBody = z.infer<typeof updateEntryBody>;

export const applicationQueueQuery = z.strictObject({
  status: whiteListApplicationStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorParam,
});

const documentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});

/** An entry as the officers, customs and the institution's members see it. */
export const whiteListEntrySchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    applicationId: z.uuid(),
    entityType: whiteListEntityTypeSchema,
    status: whiteListEntryStatusSchema,
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    filingReference: z.string().nullable(),
    suspendedFrom: z.string().nullable(),
    removedFrom: z.string().nullable(),
    statusReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'HetaoWhiteListEntry' });

export const whiteListApplicationSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    status: whiteListApplicationStatusSchema,
    entityType: whiteListEntityTypeSchema,
    registeredInSupervisedArea: z.boolean(),
    supervisedAreaAddress: z.string(),
    researchActivities: z.string(),
    contacts: z.array(
      z.object({
        name: z.string(),
        role: z.string().optional(),
        phone: z.string().optional(),
        email: z.string().optional(),
      }),
    ),
    informationRequest: z.string().nullable(),
    informationResponse: z.string().nullable(),
    refusalReasons: z.string().nullable(),
    entryId: z.uuid().nullable(),
    documents: z.array(documentSchema),
    submittedAt: z.string(),
    decidedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'HetaoWhiteListApplication' });

export const applicationQueueSchema = z.object({
  items: z.array(whiteListApplicationSchema),
  nextCursor: z.string().nullable(),
});

export const listedResultSchema = z.object({
  application: whiteListApplicationSchema,
  entry: whiteListEntrySchema,
});

/** One organisation the caller belongs to, with its white-list standing today. */
export const myWhiteListSchema = z.array(
  z.object({
    organisationId: z.uuid(),
    organisationName: z.string(),
    isFounder: z.boolean(),
    /** The organisation's current or latest entry, if it was ever listed. */
    entry: whiteListEntrySchema.nullable(),
    applications: z.array(whiteListApplicationSchema),
  }),
);

/** The public list: nothing but what B.N3 makes public. */
export const publicWhiteListSchema = z.object({
  asOf: z.string().describe('Today in China time: the date statuses are computed for'),
  entries: z.array(
    z
      .object({
        name: z.string(),
        entityType: whiteListEntityTypeSchema,
        listedSince: z.string(),
        validUntil: z.string().nullable(),
        status: whiteListEntryStatusSchema,
      })
      .meta({ id: 'HetaoPublicWhiteListEntry' }),
  ),
});
