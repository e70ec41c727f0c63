import { z } from 'zod';
import { requirePrincipal } from '../../../http/auth';
import { attachmentDisposition } from '../../../http/content-disposition';
import { fileResponse, problemResponses } from '../../../http/openapi';
import { parseFields, readFileUpload } from '../../../http/multipart-form';
import type { RouteModule } from '../../../http/types';
import { evidenceStorageFor, MAX_EVIDENCE_BYTES } from '../evidence-storage';
import { applicationParams, applicationSchema, reasonsBody } from '../schema';
import {
  evidenceParams,
  evidenceResponse,
  evidenceUploadFields,
  myApplicationDetail,
  myApplicationListItem,
  saveDraftBody,
  startApplicationBody,
  startApplicationResponse,
  withdrawBody,
} from './schema';
import * as evidence from './evidence';
import * as service from './service';

/** The founder's side: my applications, drafts, evidence, submit, withdraw, appeal. */
const applyingRoutes: RouteModule = (app, { config }) => {
  const storage = evidenceStorageFor(config);

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
        'x-multipart': {
          documentId: { description: 'Which required document this file is', required: true },
          file: {
            description: 'The file: PDF, PNG, JPEG or WebP, at most 10 MB',
            file: true,
            required: true,
          },
        },
        response: {
          201: evidenceResponse,
          ...problemResponses(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      // One `file` part and a `documentId` field.
      const { fields, file } = await readFileUpload(request, {
        maxBytes: MAX_EVIDENCE_BYTES,
        tooLarge: 'evidence.too_large',
        missing: 'request.validation_failed',
      });
      const { documentId } = parseFields(evidenceUploadFields, fields);
      const document = await evidence.uploadEvidence(
        request.ctx,
        principal,
        storage,
        request.params.id,
        { documentId, ...file },
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
      await evidence.removeEvidence(
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
        response: {
          200: fileResponse(
            ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
            'The file, as a download, in the type its content was recognised as',
          ),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { document, bytes } = await evidence.readEvidence(
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
};

export default applyingRoutes;
