// Length (about 920 lines): every Hetao desk route in one registration function; issue #12 splits
// hetao into lists, questions, suggestions and rulings, each with its own routes.ts.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { requirePrincipal } from '../../http/auth';
import { attachmentDisposition } from '../../http/content-disposition';
import { problemResponses } from '../../http/openapi';
import { multipartReadError } from '../../http/problem';
import type { RouteModule } from '../../http/types';
import { InputValidationError } from '../../http/validation';
import { LIST_FILE_MAX_BYTES } from './list-import';
import {
  acceptRulingBody,
  answerQuestionBody,
  askQuestionBody,
  attachmentParams,
  changelogSchema,
  createDraftBody,
  createRulingBody,
  decideRulingBody,
  declineGroupBody,
  deskSettingsSchema,
  diffQuery,
  idParams,
  importFields,
  importResultSchema,
  itemParams,
  listDiffSchema,
  listItemBody,
  listItemPatchBody,
  listItemSchema,
  listVersionDetailSchema,
  listVersionSchema,
  listVersionsQuery,
  precedentListSchema,
  precedentPreviewSchema,
  precedentQuery,
  precedentSchema,
  publishedRulingSchema,
  publishPrecedentBody,
  pullGroupBody,
  questionQueueQuery,
  questionSchema,
  refuseRulingBody,
  retractBody,
  rulingSchema,
  rulingsQuery,
  suggestBody,
  suggestionGroupSchema,
  suggestionGroupsQuery,
  updateDraftBody,
  updateRulingBody,
  updateSettingsBody,
} from './schema';
import * as service from './service';
import { ATTACHMENT_MAX_BYTES } from './uploads';

const tags = ['hetao'];

/**
 * Reads a multipart form with exactly one file and some text fields. Sizes are checked while
 * reading, so an oversized upload is cut off, not buffered whole.
 */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) throw new AppError('request.unsupported_media_type');
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; fileName: string } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
      if (part.type === 'file') file = { bytes: await part.toBuffer(), fileName: part.filename };
      else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('hetao.file_too_large', {
        detail: {
          'zh-Hans': `文件不能超过 ${maxBytes / 1024 / 1024} MB`,
          'zh-Hant': `檔案不能超過 ${maxBytes / 1024 / 1024} MB`,
          en: `A file may be at most ${maxBytes / 1024 / 1024} MB`,
        },
        extensions: { maxBytes },
      });
    throw multipartReadError(error);
  }
  if (!file || file.bytes.length === 0) throw new AppError('hetao.file_missing');
  return { fields, file };
}

/** Validates multipart text fields with a Zod schema, reporting like any body. */
function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, string>): z.output<T> {
  const result = schema.safeParse(fields, { reportInput: true });
  if (result.success) return result.data;
  const error = new InputValidationError(result.error.issues as never);
  error.validationContext = 'body';
  throw error;
}

const hetaoRoutes: RouteModule = async (app, { config }) => {
  // -------------------------------------------------------------------------------------------
  // The list (public reading; customs manage)

  app.get(
    '/hetao/list',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'The tax-free research-goods list in force (B.L1), with its items',
        response: { 200: listVersionDetailSchema, ...problemResponses(503) },
      },
    },
    async (request) => service.describeCurrentList(request.ctx),
  );

  app.get(
    '/hetao/list-versions',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'List versions (published ones for everyone; drafts for customs)',
        querystring: listVersionsQuery,
        response: { 200: z.array(listVersionSchema), ...problemResponses(400) },
      },
    },
    async (request) =>
      service.listListVersions(request.ctx, request.principal, request.query.status),
  );

  app.get(
    '/hetao/list-versions/:id',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'A list version with its items',
        params: idParams,
        response: { 200: listVersionDetailSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      service.describeListVersion(request.ctx, request.principal, request.params.id),
  );

  app.get(
    '/hetao/list-versions/:id/diff',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'Items added, removed and changed (field by field) against another version',
        params: idParams,
        querystring: diffQuery,
        response: { 200: listDiffSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      service.diffListVersion(
        request.ctx,
        request.principal,
        request.params.id,
        request.query.against,
      ),
  );

  app.get(
    '/hetao/list-versions/:id/export.csv',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'A list version as a CSV file in the import format',
        params: idParams,
        response: { 200: z.string().describe('text/csv'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await service.exportListVersionCsv(
        request.ctx,
        request.principal,
        request.params.id,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(csv);
    },
  );

  app.get(
    '/hetao/changelog',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'Public changelog of the list: every published version and what it changed',
        response: { 200: changelogSchema },
      },
    },
    async (request) => service.listChangelog(request.ctx),
  );

  app.post(
    '/hetao/list-versions',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Start the next draft version (a copy of the published one, or empty)',
        body: createDraftBody,
        response: { 201: listVersionDetailSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createDraftVersion(request.ctx, requirePrincipal(request), request.body),
        ),
  );

  app.post(
    '/hetao/list-versions/import',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary:
          'Import a list file (CSV or Excel .xlsx, multipart field "file", plus title, issuingDocument, effectiveDate, source, notes, isWorkingList) as a new draft; all or nothing, row errors with line numbers',
        consumes: ['multipart/form-data'],
        response: {
          201: importResultSchema,
          ...problemResponses(400, 401, 403, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const { fields, file } = await readUpload(request, LIST_FILE_MAX_BYTES);
      const result = await service.importListVersion(
        request.ctx,
        requirePrincipal(request),
        file,
        parseFields(importFields, fields),
      );
      return reply.status(201).send(result);
    },
  );

  app.patch(
    '/hetao/list-versions/:id',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Change a draft version’s title, issuing document, effective date or source',
        params: idParams,
        body: updateDraftBody,
        response: { 200: listVersionDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.updateDraftVersion(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/hetao/list-versions/:id/items',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Add an item to a draft version',
        params: idParams,
        body: listItemBody,
        response: { 201: listItemSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addDraftItem(request.ctx, request.params.id, request.body)),
  );

  app.patch(
    '/hetao/list-versions/:id/items/:itemId',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Change an item of a draft version',
        params: itemParams,
        body: listItemPatchBody,
        response: { 200: listItemSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.updateDraftItem(request.ctx, request.params.id, request.params.itemId, request.body),
  );

  app.delete(
    '/hetao/list-versions/:id/items/:itemId',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Remove an item from a draft version',
        params: itemParams,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.removeDraftItem(request.ctx, request.params.id, request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/hetao/list-versions/:id/publish',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Publish a draft: it becomes the list in force, the previous one is superseded',
        params: idParams,
        response: { 200: listVersionDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.publishListVersion(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/list-versions/:id/discard',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Discard a draft (suggestion groups pulled into it go back to open)',
        params: idParams,
        response: { 200: listVersionDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.discardListVersion(request.ctx, request.params.id),
  );

  app.get(
    '/hetao/settings',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Desk settings: answer time target (working days) and the holiday calendar',
        response: { 200: deskSettingsSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.describeSettings(request.ctx),
  );

  app.put(
    '/hetao/settings',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Change the answer time target or the holiday calendar (applies to new questions)',
        body: updateSettingsBody,
        response: { 200: deskSettingsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => service.updateSettings(request.ctx, request.body),
  );

  // -------------------------------------------------------------------------------------------
  // Consultation questions and precedents (B.C1)

  app.get(
    '/hetao/questions/mine',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'My questions to customs, with status, due date and answers',
        response: { 200: z.array(questionSchema), ...problemResponses(401) },
      },
    },
    async (request) => service.listMyQuestions(request.ctx, requirePrincipal(request)),
  );

  app.post(
    '/hetao/questions',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Ask customs whether goods are covered (as a member of an importing organisation)',
        body: askQuestionBody,
        response: { 201: questionSchema, ...problemResponses(400, 401, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.askQuestion(request.ctx, requirePrincipal(request), request.body)),
  );

  app.get(
    '/hetao/questions',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Customs’ answer queue, by due date (default: open questions)',
        querystring: questionQueueQuery,
        response: { 200: z.array(questionSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      service.listQuestionQueue(request.ctx, requirePrincipal(request), request.query.status),
  );

  app.get(
    '/hetao/questions/:id',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'A question (its asker, or customs)',
        params: idParams,
        response: { 200: questionSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      service.describeQuestion(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/questions/:id/attachments',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: `Attach a datasheet (multipart field "file"; PDF, PNG, JPEG, GIF or WebP; at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB)`,
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: questionSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const { file } = await readUpload(request, ATTACHMENT_MAX_BYTES);
      return reply
        .status(201)
        .send(
          await service.attachDatasheet(
            request.ctx,
            requirePrincipal(request),
            config.dataDir,
            request.params.id,
            file,
          ),
        );
    },
  );

  app.get(
    '/hetao/questions/:id/attachments/:attachmentId',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Download a datasheet (its asker, or customs)',
        params: attachmentParams,
        response: { 200: z.any().describe('the file'), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { bytes, mediaType, fileName } = await service.readDatasheet(
        request.ctx,
        requirePrincipal(request),
        config.dataDir,
        request.params.id,
        request.params.attachmentId,
      );
      // Always a download, in a sandbox: an uploaded file never runs in our origin.
      return reply
        .type(mediaType)
        .header('content-disposition', attachmentDisposition(fileName))
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(bytes);
    },
  );

  app.post(
    '/hetao/questions/:id/withdraw',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Withdraw my open question',
        params: idParams,
        response: { 200: questionSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.withdrawQuestion(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/questions/:id/answer',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Answer a question: heading, covered or not, reasoning, list item',
        params: idParams,
        body: answerQuestionBody,
        response: { 200: questionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.answerQuestion(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.get(
    '/hetao/questions/:id/precedent-preview',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'The anonymised text a precedent would publish, with what was removed',
        params: idParams,
        response: { 200: precedentPreviewSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.previewPrecedent(request.ctx, request.params.id),
  );

  app.post(
    '/hetao/questions/:id/publish',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Publish the answer, anonymised, as a precedent the lookup cites',
        params: idParams,
        body: publishPrecedentBody,
        response: { 200: questionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.publishPrecedent(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/hetao/questions/:id/retract',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Take a precedent down (the answer stays with the asker)',
        params: idParams,
        body: retractBody,
        response: { 200: questionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.retractPrecedent(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body.reason,
      ),
  );

  app.get(
    '/hetao/precedents',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'Published precedents (anonymised answers), newest first; q searches text or code',
        querystring: precedentQuery,
        response: { 200: precedentListSchema, ...problemResponses(400) },
      },
    },
    async (request) => service.listPrecedents(request.ctx, request.query),
  );

  app.get(
    '/hetao/precedents/:id',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'A published precedent',
        params: idParams,
        response: { 200: precedentSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => service.describePrecedent(request.ctx, request.params.id),
  );

  // -------------------------------------------------------------------------------------------
  // Suggestions for the next list (B.L3)

  app.get(
    '/hetao/suggestions',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Suggestion groups by heading, with counts and supporters, most wanted first',
        querystring: suggestionGroupsQuery,
        response: { 200: z.array(suggestionGroupSchema), ...problemResponses(400, 401) },
      },
    },
    async (request) =>
      service.listSuggestionGroups(request.ctx, requirePrincipal(request), request.query.status),
  );

  app.get(
    '/hetao/suggestions/mine',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'The suggestion groups I suggested in',
        response: { 200: z.array(suggestionGroupSchema), ...problemResponses(401) },
      },
    },
    async (request) => service.listMySuggestionGroups(request.ctx, requirePrincipal(request)),
  );

  app.post(
    '/hetao/suggestions',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Suggest goods to add to the list; joins the group for its 4-digit heading',
        body: suggestBody,
        response: { 201: suggestionGroupSchema, ...problemResponses(400, 401, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.suggestAddition(request.ctx, requirePrincipal(request), request.body)),
  );

  app.post(
    '/hetao/suggestion-groups/:id/support',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Support (+1) a suggestion group',
        params: idParams,
        response: { 200: suggestionGroupSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.supportGroup(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/suggestion-groups/:id/pull',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Pull a suggestion group into the next draft list version as a new item',
        params: idParams,
        body: pullGroupBody,
        response: {
          200: z.object({ group: suggestionGroupSchema, draft: listVersionDetailSchema }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      service.pullGroupIntoDraft(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/hetao/suggestion-groups/:id/decline',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Decline a suggestion group, with the reason importers will see',
        params: idParams,
        body: declineGroupBody,
        response: { 200: suggestionGroupSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.declineGroup(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body.reason,
      ),
  );

  // -------------------------------------------------------------------------------------------
  // Advance rulings (預裁定, B.N8)

  app.get(
    '/hetao/rulings/mine',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'My advance-ruling requests with their dates',
        response: { 200: z.array(rulingSchema), ...problemResponses(401) },
      },
    },
    async (request) => service.listMyRulings(request.ctx, requirePrincipal(request)),
  );

  app.get(
    '/hetao/rulings/published',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'Published advance-ruling decisions (anonymised; trade secrets never published)',
        response: { 200: z.array(publishedRulingSchema) },
      },
    },
    async (request) => service.listPublishedRulings(request.ctx),
  );

  app.get(
    '/hetao/rulings',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'All advance-ruling requests (customs)',
        querystring: rulingsQuery,
        response: { 200: z.array(rulingSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      service.listRulingsForCustoms(request.ctx, requirePrincipal(request), request.query.status),
  );

  app.post(
    '/hetao/rulings',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Record an advance-ruling request (draft; warns when filing is already too late)',
        body: createRulingBody,
        response: { 201: rulingSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createRuling(request.ctx, requirePrincipal(request), request.body)),
  );

  app.get(
    '/hetao/rulings/:id',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'An advance-ruling request (its applicant, or customs)',
        params: idParams,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      service.describeRuling(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.patch(
    '/hetao/rulings/:id',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Change a draft advance-ruling request',
        params: idParams,
        body: updateRulingBody,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.updateRulingDraft(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/hetao/rulings/:id/file',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'File the request (refused unless the planned import is ≥ 3 months away, B.N8)',
        params: idParams,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) =>
      service.fileRuling(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/rulings/:id/withdraw',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Withdraw my advance-ruling request',
        params: idParams,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.withdrawRuling(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/rulings/:id/accept',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Record that customs accepted the request (decided within 10 days, B.N8)',
        params: idParams,
        body: acceptRulingBody,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.acceptRuling(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body.customsReference,
      ),
  );

  app.post(
    '/hetao/rulings/:id/refuse',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Record that customs did not accept the request, with the reason',
        params: idParams,
        body: refuseRulingBody,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.refuseRuling(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body.reason,
      ),
  );

  app.post(
    '/hetao/rulings/:id/decide',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Record the ruling (heading, text, trade secret or not); valid 3 years (B.N8)',
        params: idParams,
        body: decideRulingBody,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.decideRuling(request.ctx, requirePrincipal(request), request.params.id, request.body),
  );

  app.post(
    '/hetao/rulings/:id/publish',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Publish a ruling (refused when it holds trade secrets, B.N8)',
        params: idParams,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.publishRuling(request.ctx, requirePrincipal(request), request.params.id),
  );
};

export default hetaoRoutes;
