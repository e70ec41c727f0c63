import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { requirePrincipal } from '../../http/auth';
import { attachmentDisposition } from '../../http/content-disposition';
import { problemResponses } from '../../http/openapi';
import { multipartReadError } from '../../http/problem';
import type { RouteModule } from '../../http/types';
import { evidenceStorageFor } from './storage-config';
import { workflowSettingsSchema as settingsBody } from './settings';
import {
  appealDecisionBody,
  applicationParams,
  applicationSchema,
  assignBody,
  assignResponse,
  closeSettledResponse,
  decisionBody,
  declareRecusalBody,
  evidenceParams,
  evidenceResponse,
  myApplicationDetail,
  myApplicationListItem,
  queueQuery,
  queueResponse,
  reasonsBody,
  recommendBody,
  replayResponse,
  reviewDetailResponse,
  reviewersResponse,
  saveDraftBody,
  scoreBody,
  scoreResponse,
  startApplicationBody,
  startApplicationResponse,
  withdrawBody,
} from './schema';
import * as service from './service';
import { MAX_EVIDENCE_BYTES } from './evidence-storage';

/** Reads the multipart upload: one `file` part and a `documentId` field. */
async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart()) throw new AppError('request.unsupported_media_type');
  let documentId: string | undefined;
  let file: { fileName: string; bytes: Buffer } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_EVIDENCE_BYTES + 1 } })) {
      if (part.type === 'file') {
        if (file) throw new AppError('request.validation_failed');
        const bytes = await part.toBuffer();
        file = { fileName: part.filename, bytes };
      } else if (part.fieldname === 'documentId') {
        documentId = String(part.value);
      }
    }
  } catch (error) {
    throw multipartReadError(error);
  }
  const fieldErrors = [];
  if (!documentId || !/^[a-z0-9][a-z0-9._-]{0,99}$/.test(documentId))
    fieldErrors.push({ pointer: '/body/documentId', code: 'text.required', detail: 'documentId' });
  if (!file) fieldErrors.push({ pointer: '/body/file', code: 'text.required', detail: 'file' });
  if (fieldErrors.length > 0) throw new AppError('request.validation_failed', { fieldErrors });
  if (file!.bytes.length > MAX_EVIDENCE_BYTES) throw new AppError('evidence.too_large');
  return { documentId: documentId!, fileName: file!.fileName, bytes: file!.bytes };
}

const applicationsRoutes: RouteModule = (app, { config }) => {
  const storage = evidenceStorageFor(config);

  // Applicants ------------------------------------------------------------------------------

  app.get(
    '/applications',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: 'My applications',
        response: { 200: z.array(myApplicationListItem), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listMyApplications(request.ctx, requirePrincipal(request)),
  );

  app.post(
    '/applications',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: 'Start an application (or continue the open draft) for a policy',
        body: startApplicationBody,
        response: {
          200: startApplicationResponse,
          201: startApplicationResponse,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const result = await service.startApplication(
        request.ctx,
        requirePrincipal(request),
        request.body,
      );
      return reply.status(result.resumed ? 200 : 201).send(result);
    },
  );

  app.get(
    '/applications/:id',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: 'One of my applications: form, evidence, timeline',
        params: applicationParams,
        response: { 200: myApplicationDetail, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) =>
      service.describeMyApplication(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.patch(
    '/applications/:id',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: 'Save the draft (answers, amount asked, bank account)',
        params: applicationParams,
        body: saveDraftBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      service.saveDraft(request.ctx, requirePrincipal(request), request.params.id, request.body),
  );

  app.delete(
    '/applications/:id',
    {
      config: { permission: 'applications.delete-draft' },
      schema: {
        tags: ['applications'],
        summary: 'Delete a draft (a submitted application can only be withdrawn)',
        params: applicationParams,
        response: { 204: z.null(), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.deleteDraft(request.ctx, requirePrincipal(request), storage, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/applications/:id/evidence',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: 'Upload an evidence file (multipart: documentId, file; PDF/PNG/JPEG/WebP ≤ 10 MB)',
        params: applicationParams,
        consumes: ['multipart/form-data'],
        response: {
          201: evidenceResponse,
          ...problemResponses(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const upload = await readUpload(request);
      const document = await service.uploadEvidence(
        request.ctx,
        principal,
        storage,
        request.params.id,
        upload,
      );
      return reply.status(201).send(document);
    },
  );

  app.delete(
    '/applications/:id/evidence/:fileId',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: 'Remove an evidence file from a draft',
        params: evidenceParams,
        response: { 204: z.null(), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.removeEvidence(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.params.fileId,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/applications/:id/evidence/:fileId',
    {
      config: { permission: 'applications.evidence' },
      schema: {
        tags: ['applications'],
        summary: 'Download an evidence file (its applicant, or staff not recused)',
        params: evidenceParams,
        response: { 200: z.any().describe('the file'), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { document, bytes } = await service.readEvidence(
        request.ctx,
        requirePrincipal(request),
        storage,
        request.params.id,
        request.params.fileId,
      );
      // Always a download named by its sniffed type, in a sandbox: an uploaded file never runs
      // in our origin (nosniff is on every response).
      return reply
        .type(document.contentType)
        .header('content-disposition', attachmentDisposition(document.fileName))
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(bytes);
    },
  );

  app.post(
    '/applications/:id/submit',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary:
          'Submit: checks completeness, runs the rules engine, stores the evaluation snapshot',
        params: applicationParams,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.submitApplication(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/applications/:id/withdraw',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: 'Withdraw before a decision',
        params: applicationParams,
        body: withdrawBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.withdrawApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/applications/:id/appeal',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: 'Appeal a rejection (once, within the appeal period)',
        params: applicationParams,
        body: reasonsBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.appealApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  // Reviewers -------------------------------------------------------------------------------

  app.get(
    '/review/queue',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Review queue with due dates (working days), filters and recusal flags',
        querystring: queueQuery,
        response: { 200: queueResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      service.listReviewQueue(request.ctx, requirePrincipal(request), request.query),
  );

  app.get(
    '/review/reviewers',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Reviewers to assign to',
        response: { 200: reviewersResponse, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listReviewers(request.ctx),
  );

  app.post(
    '/review/assignments',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Assign (or bulk-assign) applications to a reviewer; recused ones are refused',
        body: assignBody,
        response: { 200: assignResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => service.assignApplications(request.ctx, request.body),
  );

  app.get(
    '/review/applications/:id',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'An application for review: answers, evidence, engine trace, rubric, timeline',
        params: applicationParams,
        response: { 200: reviewDetailResponse, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) =>
      service.describeForReview(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.get(
    '/review/applications/:id/replay',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Replay the stored evaluation from its snapshot and compare',
        params: applicationParams,
        response: { 200: replayResponse, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => service.replayApplicationEvaluation(request.ctx, request.params.id),
  );

  app.post(
    '/review/applications/:id/recusal',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Declare my conflict of interest with an application: I am recused from it',
        description:
          'Only the reviewer declares their own; it is not withdrawn. An assignment to them is ' +
          'released and a recommendation of theirs withdrawn. Answers the review page as the ' +
          'reviewer now sees it (`recusal: "declared"`).',
        params: applicationParams,
        body: declareRecusalBody,
        response: { 200: reviewDetailResponse, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.declareRecusal(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/review/applications/:id/score',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Score the rubric (discretionary programmes)',
        params: applicationParams,
        body: scoreBody,
        response: { 200: scoreResponse, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.scoreApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/review/applications/:id/recommendation',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Recommend approval (with amount) or rejection; a second officer decides',
        params: applicationParams,
        body: recommendBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      service.recommendDecision(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/review/applications/:id/decision',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Approve (four eyes, within cap and budget), reject, or return for information',
        params: applicationParams,
        body: decisionBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      service.decideApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/review/applications/:id/appeal-decision',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Decide an appeal (not the officer whose decision is appealed)',
        params: applicationParams,
        body: appealDecisionBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.decideAppeal(request.ctx, requirePrincipal(request), request.params.id, request.body),
  );

  app.post(
    '/review/applications/:id/revoke',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Revoke an unpaid approval (releases the budget)',
        params: applicationParams,
        body: reasonsBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.revokeApproval(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  // Administration ------------------------------------------------------------------------

  app.get(
    '/admin/workflow-settings',
    {
      config: { permission: 'workflow.settings' },
      schema: {
        tags: ['admin'],
        summary: 'Review SLA, appeal period and public holidays',
        response: { 200: settingsBody, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.describeWorkflowSettings(request.ctx),
  );

  app.put(
    '/admin/workflow-settings',
    {
      config: { permission: 'workflow.settings' },
      schema: {
        tags: ['admin'],
        summary: 'Change the review SLA, appeal period or public holidays',
        body: settingsBody,
        response: { 200: settingsBody, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => service.updateWorkflowSettings(request.ctx, request.body),
  );

  app.post(
    '/admin/applications/close-settled',
    {
      config: { permission: 'workflow.settings' },
      schema: {
        tags: ['admin'],
        summary: 'Close paid applications and rejections past their appeal period',
        response: { 200: closeSettledResponse, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.closeSettledApplications(request.ctx),
  );
};

export default applicationsRoutes;
