// The Hetao importers' white list (issue #16 item 1, B.N3): applications, the officer's decisions,
// entries and the public list. NOTE: ~820 lines, just over the 800 a file is held to: one state
// machine's commands, each a short transaction with its audit row and notification, read in the
// order the list is kept. The natural split — applications / entries — is left for the next change
// to this file, with its tests (whitelist.test.ts) kept as they are.
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { AppError, type LocalisedText } from '../../errors/app-error';
import { nameForType, nameForUpload } from '../../shared/file-name';
import { decodeCursor, keyValueShapes, pageOf } from '../../shared/keyset';
import type { ServiceContext } from '../../shared/service-context';
import {
  sha256Of,
  StoredFileMissingError,
  sweepStagedFiles,
} from '../../shared/storage/file-store';
import { findPersonByAccount, type Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { queueNotification } from '../notifications/service';
import { findOrganisation, listOrganisationsOfPerson } from '../organisations/service';
import { today } from './desk-service';
import { ATTACHMENT_MAX_BYTES, sniffAttachmentType } from './uploads';
import {
  documentKey,
  DOCUMENTS_PER_APPLICATION,
  type WhiteListDocumentStore,
} from './whitelist-documents';
import {
  nextState,
  whiteListApplicationMachine,
  whiteListEntryMachine,
} from './whitelist-machines';
import * as repo from './whitelist-repo';
import type {
  ApplyForWhiteListBody,
  ListApplicationBody,
  ProvideInformationBody,
  UpdateEntryBody,
} from './whitelist-schema';
import { entryStandingOn, presentedEntryStatus, standingOn } from './whitelist-standing';

/**
 * The Hetao importers' white list (issue #16 item 1; B.N3: "eligible importers are put on a white
 * list by the Shenzhen government, filed with the three ministries; only white-listed importers
 * get the exemption"; who is eligible: B.E1). A founder of an institution applies; the list
 * keeper — the `whitelist_officer` role, the Shenzhen government's officer, since B.N3 gives the
 * list to the government and not to customs — lists it for a validity period, asks for more
 * information, refuses, suspends, removes or reinstates; customs read the list and the
 * applications. Every change goes through a state machine (whitelist-machines.ts) and writes its
 * audit row and the organisation's notifications in the same transaction.
 */

// =============================================================================================
// The list as the declarations read it

/**
 * The white-list entry under which `organisationId` may import exempt on `onDate` (YYYY-MM-DD,
 * China time), or null when it is not listed that day: never listed, not yet valid, expired
 * (after `validUntil`, inclusive bounds), suspended or removed from that day on. For the
 * declarations (B.N3: only white-listed importers get the exemption).
 */
export async function whiteListEntryOn(
  db: Executor,
  organisationId: string,
  onDate: string,
): Promise<{ entryId: string; listedSince: string; validUntil: string | null } | null> {
  const found = await standingOn(db, organisationId, onDate);
  if (!found || found.standing !== 'listed') return null;
  return {
    entryId: found.entry.id,
    listedSince: found.entry.validFrom,
    validUntil: found.entry.validUntil,
  };
}

// =============================================================================================
// Who may see and do what

const mayReadAll = (principal: Principal) =>
  principal.roles.includes('whitelist_officer') || principal.roles.includes('customs_officer');

/** The caller's membership of the organisation, or undefined. */
async function membershipOf(ctx: ServiceContext, principal: Principal, organisationId: string) {
  const person = await findPersonByAccount(ctx.db, principal.accountId);
  if (!person) return undefined;
  const memberships = await listOrganisationsOfPerson(ctx.db, person.id);
  return memberships.find((row) => row.organisation.id === organisationId);
}

/** An application the caller may see (a member of its organisation, the officer, customs). */
async function loadVisibleApplication(ctx: ServiceContext, principal: Principal, id: string) {
  const application = await repo.findApplication(ctx.db, id);
  if (!application) throw new AppError('hetao.white_list_application_not_found');
  if (mayReadAll(principal)) return application;
  if (!(await membershipOf(ctx, principal, application.organisationId)))
    throw new AppError('hetao.white_list_application_not_found');
  return application;
}

/** An application its organisation's founder may act on (withdraw, answer, attach). */
async function loadOwnApplication(ctx: ServiceContext, principal: Principal, id: string) {
  const application = await repo.findApplication(ctx.db, id);
  if (!application) throw new AppError('hetao.white_list_application_not_found');
  const membership = await membershipOf(ctx, principal, application.organisationId);
  if (!membership) throw new AppError('hetao.white_list_application_not_found');
  if (membership.role !== 'founder') throw new AppError('hetao.white_list_not_founder');
  return application;
}

// =============================================================================================
// Presenting

function presentDocument(row: repo.WhiteListDocumentRow) {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt.toISOString(),
  };
}

async function presentApplication(
  db: Executor,
  application: repo.WhiteListApplicationRow,
  organisationName?: string,
) {
  const name =
    organisationName ?? (await findOrganisation(db, application.organisationId))?.name ?? '';
  return {
    id: application.id,
    organisationId: application.organisationId,
    organisationName: name,
    status: application.status,
    entityType: application.entityType,
    registeredInSupervisedArea: application.registeredInSupervisedArea,
    supervisedAreaAddress: application.supervisedAreaAddress,
    researchActivities: application.researchActivities,
    contacts: application.contacts.map((contact) => ({
      name: contact.name,
      ...(contact.role ? { role: contact.role } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
      ...(contact.email ? { email: contact.email } : {}),
    })),
    informationRequest: application.informationRequest,
    informationResponse: application.informationResponse,
    refusalReasons: application.refusalReasons,
    entryId: application.entryId,
    documents: (await repo.documentsOf(db, application.id)).map(presentDocument),
    submittedAt: application.submittedAt.toISOString(),
    decidedAt: application.decidedAt?.toISOString() ?? null,
    updatedAt: application.updatedAt.toISOString(),
  };
}

export type PresentedWhiteListApplication = Awaited<ReturnType<typeof presentApplication>>;

function presentEntry(entry: repo.WhiteListEntryRow, organisationName: string, onDate: string) {
  return {
    id: entry.id,
    organisationId: entry.organisationId,
    organisationName,
    applicationId: entry.applicationId,
    entityType: entry.entityType,
    status:
      entry.status === 'superseded' ? ('superseded' as const) : presentedEntryStatus(entry, onDate),
    validFrom: entry.validFrom,
    validUntil: entry.validUntil,
    filingReference: entry.filingReference,
    suspendedFrom: entry.suspendedFrom,
    removedFrom: entry.removedFrom,
    statusReason: entry.statusReason,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

async function presentEntryById(ctx: ServiceContext, entryId: string) {
  const entry = (await repo.findEntry(ctx.db, entryId))!;
  const organisation = await findOrganisation(ctx.db, entry.organisationId);
  return presentEntry(entry, organisation?.name ?? '', today(ctx));
}

/** What the audit rows of an entry keep. */
function entryAuditState(entry: repo.WhiteListEntryRow) {
  return {
    status: entry.status,
    validFrom: entry.validFrom,
    validUntil: entry.validUntil,
    filingReference: entry.filingReference,
    suspendedFrom: entry.suspendedFrom,
    removedFrom: entry.removedFrom,
    statusReason: entry.statusReason,
  };
}

// =============================================================================================
// Notifying the organisation

const LINK = '/hetao/white-list/mine';

/** Tells the organisation's members (inbox and e-mail), in the transaction of the change. */
async function notifyOrganisation(
  tx: Executor,
  ctx: ServiceContext,
  organisationId: string,
  message: {
    kind: string;
    subjectType: string;
    subjectId: string;
    title: LocalisedText;
    body: LocalisedText;
  },
) {
  for (const member of await repo.memberAccountsOf(tx, organisationId))
    await queueNotification(tx, ctx, {
      recipientAccountId: member.id,
      recipientEmail: member.email,
      recipientLanguage: member.preferredLanguage,
      link: LINK,
      ...message,
    });
}

/** The officer's words, quoted after a sentence in three languages. */
function withReasons(text: LocalisedText, reasons: string): LocalisedText {
  return {
    'zh-Hans': `${text['zh-Hans']}：${reasons}`,
    'zh-Hant': `${text['zh-Hant']}：${reasons}`,
    en: `${text.en}: ${reasons}`,
  };
}

// =============================================================================================
// Applying (a founder of the institution)

/** Refuses an application when the organisation is on the list in force (or suspended). */
async function refuseIfListed(ctx: ServiceContext, tx: Executor, organisationId: string) {
  const current = await repo.currentEntryOf(tx, organisationId);
  if (!current) return;
  if (current.status === 'listed' && entryStandingOn(current, today(ctx)) === 'expired') return;
  throw new AppError('hetao.white_list_already_listed', {
    extensions: { entryId: current.id },
  });
}

export async function applyForWhiteList(
  ctx: ServiceContext,
  principal: Principal,
  input: ApplyForWhiteListBody,
) {
  const membership = await membershipOf(ctx, principal, input.organisationId);
  if (!membership)
    throw new AppError('request.validation_failed', {
      fieldErrors: [
        {
          pointer: '/body/organisationId',
          code: 'hetao.not_member',
          detail: {
            'zh-Hans': '您不是该机构的成员',
            'zh-Hant': '您不是該機構的成員',
            en: 'You are not a member of this organisation',
          },
        },
      ],
    });
  if (membership.role !== 'founder') throw new AppError('hetao.white_list_not_founder');
  const application = await ctx.db.transaction(async (tx) => {
    // NOTE: the organisation row is locked so that two founders applying at once queue here;
    // the partial unique index would refuse the second anyway, as a 500 instead of a 409.
    await repo.lockOrganisation(tx, input.organisationId);
    const live = await repo.liveApplicationOf(tx, input.organisationId);
    if (live)
      throw new AppError('hetao.white_list_application_live', {
        extensions: { applicationId: live.id },
      });
    await refuseIfListed(ctx, tx, input.organisationId);
    const now = ctx.now();
    const row = await repo.insertApplication(tx, {
      organisationId: input.organisationId,
      status: 'submitted',
      entityType: input.entityType,
      registeredInSupervisedArea: input.registeredInSupervisedArea,
      supervisedAreaAddress: input.supervisedAreaAddress,
      researchActivities: input.researchActivities,
      contacts: input.contacts,
      submittedBy: principal.accountId,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.white_list_application.submitted',
      subjectType: 'hetao_white_list_application',
      subjectId: row.id,
      after: {
        organisationId: row.organisationId,
        status: row.status,
        entityType: row.entityType,
        registeredInSupervisedArea: row.registeredInSupervisedArea,
        supervisedAreaAddress: row.supervisedAreaAddress,
      },
    });
    return row;
  });
  return presentApplication(ctx.db, application, membership.organisation.name);
}

export async function provideInformation(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: ProvideInformationBody,
) {
  await loadOwnApplication(ctx, principal, id);
  await ctx.db.transaction(async (tx) => {
    const application = (await repo.findApplication(tx, id, true))!;
    const status = nextState(
      whiteListApplicationMachine,
      application.status,
      'provide_information',
    );
    const after = await repo.updateApplication(tx, id, {
      status,
      informationResponse: input.response,
      ...(input.supervisedAreaAddress
        ? { supervisedAreaAddress: input.supervisedAreaAddress }
        : {}),
      ...(input.researchActivities ? { researchActivities: input.researchActivities } : {}),
      ...(input.contacts ? { contacts: input.contacts } : {}),
      submittedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.white_list_application.information_provided',
      subjectType: 'hetao_white_list_application',
      subjectId: id,
      before: { status: application.status },
      after: {
        status: after.status,
        response: input.response,
        changed: Object.keys(input).filter((key) => key !== 'response'),
      },
    });
  });
  return presentApplication(ctx.db, (await repo.findApplication(ctx.db, id))!);
}

export async function withdrawApplication(ctx: ServiceContext, principal: Principal, id: string) {
  await loadOwnApplication(ctx, principal, id);
  await ctx.db.transaction(async (tx) => {
    const application = (await repo.findApplication(tx, id, true))!;
    const status = nextState(whiteListApplicationMachine, application.status, 'withdraw');
    await repo.updateApplication(tx, id, { status });
    await recordAudit(tx, ctx, {
      action: 'hetao.white_list_application.withdrawn',
      subjectType: 'hetao_white_list_application',
      subjectId: id,
      before: { status: application.status },
      after: { status },
    });
  });
  return presentApplication(ctx.db, (await repo.findApplication(ctx.db, id))!);
}

export async function attachDocument(
  ctx: ServiceContext,
  principal: Principal,
  store: WhiteListDocumentStore,
  id: string,
  file: { bytes: Uint8Array; fileName: string },
) {
  const application = await loadOwnApplication(ctx, principal, id);
  nextState(whiteListApplicationMachine, application.status, 'attach');
  if (file.bytes.length === 0) throw new AppError('hetao.file_missing');
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) throw new AppError('hetao.file_too_large');
  const type = sniffAttachmentType(file.bytes);
  if (!type) throw new AppError('hetao.attachment_type_refused');
  const documentId = randomUUID();
  const storagePath = documentKey(id, documentId, type.extension);
  await store.stage(storagePath, file.bytes, type.mediaType);
  try {
    await ctx.db.transaction(async (tx) => {
      const locked = (await repo.findApplication(tx, id, true))!;
      nextState(whiteListApplicationMachine, locked.status, 'attach');
      if ((await repo.countDocuments(tx, id)) >= DOCUMENTS_PER_APPLICATION)
        throw new AppError('hetao.white_list_document_limit');
      const document = await repo.insertDocument(tx, {
        id: documentId,
        applicationId: id,
        fileName: nameForUpload(file.fileName, type.extension, 'document'),
        mediaType: type.mediaType,
        sizeBytes: file.bytes.length,
        sha256: sha256Of(file.bytes),
        storagePath,
        uploadedBy: principal.accountId,
        createdAt: ctx.now(),
      });
      await recordAudit(tx, ctx, {
        action: 'hetao.white_list_application.document_attached',
        subjectType: 'hetao_white_list_application',
        subjectId: id,
        after: {
          documentId,
          fileName: document.fileName,
          mediaType: document.mediaType,
          sizeBytes: document.sizeBytes,
          sha256: document.sha256,
        },
      });
    });
  } catch (error) {
    await store.discard(storagePath).catch(() => undefined);
    throw error;
  }
  await store.commit(storagePath);
  return presentApplication(ctx.db, (await repo.findApplication(ctx.db, id))!);
}

/** A stored document, for the institution's members, the officer and customs. */
export async function readDocument(
  ctx: ServiceContext,
  principal: Principal,
  store: WhiteListDocumentStore,
  id: string,
  documentId: string,
) {
  await loadVisibleApplication(ctx, principal, id);
  const document = await repo.findDocument(ctx.db, id, documentId);
  if (!document) throw new AppError('hetao.white_list_document_not_found');
  const bytes = await store.get(document.storagePath).catch((error: unknown) => {
    if (error instanceof StoredFileMissingError)
      throw new AppError('hetao.white_list_document_not_found');
    throw error;
  });
  const type = sniffAttachmentType(bytes);
  if (!type || type.mediaType !== document.mediaType)
    throw new Error(`white-list document ${document.id} no longer holds ${document.mediaType}`);
  return {
    bytes,
    mediaType: document.mediaType,
    fileName: nameForType(document.fileName, type.extension, 'document'),
  };
}

/** The start-up sweep of staged documents (see `sweepStagedFiles`). */
export async function sweepStagedWhiteListDocuments(
  db: Executor,
  store: WhiteListDocumentStore,
  now: Date,
) {
  return sweepStagedFiles(store, (keys) => repo.findStoredDocumentPaths(db, keys), now);
}

export async function describeApplication(ctx: ServiceContext, principal: Principal, id: string) {
  return presentApplication(ctx.db, await loadVisibleApplication(ctx, principal, id));
}

/**
 * The caller's organisations, each with its entry (the one in force, else the latest) and its
 * applications, newest first.
 */
export async function describeMyWhiteList(ctx: ServiceContext, principal: Principal) {
  const person = await findPersonByAccount(ctx.db, principal.accountId);
  if (!person) return [];
  const memberships = await listOrganisationsOfPerson(ctx.db, person.id);
  const onDate = today(ctx);
  const applications = await repo.applicationsOfOrganisations(
    ctx.db,
    memberships.map((row) => row.organisation.id),
  );
  const result = [];
  for (const membership of memberships) {
    const organisation = membership.organisation;
    const entries = await repo.entriesOfOrganisation(ctx.db, organisation.id);
    const shown =
      entries.find((entry) => entry.status === 'listed' || entry.status === 'suspended') ??
      entries[0];
    result.push({
      organisationId: organisation.id,
      organisationName: organisation.name,
      isFounder: membership.role === 'founder',
      entry: shown ? presentEntry(shown, organisation.name, onDate) : null,
      applications: await Promise.all(
        applications
          .filter((row) => row.organisationId === organisation.id)
          .map((row) => presentApplication(ctx.db, row, organisation.name)),
      ),
    });
  }
  return result;
}

// =============================================================================================
// The list keeper's decisions (whitelist_officer)

export async function listApplicationQueue(
  ctx: ServiceContext,
  query: {
    status?: repo.WhiteListApplicationRow['status'] | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const list = `white-list-applications:${query.status ?? 'submitted'}`;
  const after = decodeCursor(list, query.cursor, [keyValueShapes.timestamp, keyValueShapes.uuid]);
  const rows = await repo.listApplications(ctx.db, {
    statuses: [query.status ?? 'submitted'],
    after,
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, list, (row) => [row.submittedAtKey, row.application.id]);
  return {
    items: await Promise.all(
      page.rows.map((row) => presentApplication(ctx.db, row.application, row.organisationName)),
    ),
    nextCursor: page.nextCursor,
  };
}

async function lockedApplicationForOfficer(tx: Executor, id: string) {
  const application = await repo.findApplication(tx, id, true);
  if (!application) throw new AppError('hetao.white_list_application_not_found');
  return application;
}

export async function requestInformation(ctx: ServiceContext, id: string, request: string) {
  await ctx.db.transaction(async (tx) => {
    const application = await lockedApplicationForOfficer(tx, id);
    const status = nextState(
      whiteListApplicationMachine,
      application.status,
      'request_information',
    );
    await repo.updateApplication(tx, id, { status, informationRequest: request });
    await recordAudit(tx, ctx, {
      action: 'hetao.white_list_application.information_requested',
      subjectType: 'hetao_white_list_application',
      subjectId: id,
      before: { status: application.status },
      after: { status, request },
    });
    await notifyOrganisation(tx, ctx, application.organisationId, {
      kind: 'hetao.white_list.information_requested',
      subjectType: 'hetao_white_list_application',
      subjectId: id,
      title: {
        'zh-Hans': '白名单申请需要补充材料',
        'zh-Hant': '白名單申請需要補充材料',
        en: 'Your white-list application needs more information',
      },
      body: withReasons(
        {
          'zh-Hans': '白名单管理人员请您补充',
          'zh-Hant': '白名單管理人員請您補充',
          en: 'The list keeper asks',
        },
        request,
      ),
    });
  });
  return presentApplication(ctx.db, (await repo.findApplication(ctx.db, id))!);
}

export async function refuseApplication(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  reasons: string,
) {
  await ctx.db.transaction(async (tx) => {
    const application = await lockedApplicationForOfficer(tx, id);
    const status = nextState(whiteListApplicationMachine, application.status, 'refuse');
    await repo.updateApplication(tx, id, {
      status,
      refusalReasons: reasons,
      decidedBy: principal.accountId,
      decidedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.white_list_application.refused',
      subjectType: 'hetao_white_list_application',
      subjectId: id,
      before: { status: application.status },
      after: { status, reasons },
    });
    await notifyOrganisation(tx, ctx, application.organisationId, {
      kind: 'hetao.white_list.refused',
      subjectType: 'hetao_white_list_application',
      subjectId: id,
      title: {
        'zh-Hans': '白名单申请未获通过',
        'zh-Hant': '白名單申請未獲通過',
        en: 'Your white-list application was refused',
      },
      body: withReasons({ 'zh-Hans': '理由', 'zh-Hant': '理由', en: 'Reasons' }, reasons),
    });
  });
  return presentApplication(ctx.db, (await repo.findApplication(ctx.db, id))!);
}

function validityProblem(pointer: string) {
  return new AppError('hetao.white_list_validity_invalid', {
    fieldErrors: [
      {
        pointer,
        code: 'hetao.white_list_validity_invalid',
        detail: {
          'zh-Hans': '结束日期不能早于开始日期',
          'zh-Hant': '結束日期不能早於開始日期',
          en: 'The last day cannot come before the first',
        },
      },
    ],
  });
}

/** Puts the application's organisation on the list for the validity given (B.N3). */
export async function listApplication(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: ListApplicationBody,
) {
  if (input.validUntil !== null && input.validUntil < input.validFrom)
    throw validityProblem('/body/validUntil');
  const entryId = await ctx.db.transaction(async (tx) => {
    const application = await lockedApplicationForOfficer(tx, id);
    const status = nextState(whiteListApplicationMachine, application.status, 'list');
    await repo.lockOrganisation(tx, application.organisationId);
    const current = await repo.currentEntryOf(tx, application.organisationId, true);
    if (current) {
      // An expired entry gives way to the new listing; one still in force (or suspended) stays.
      if (current.status !== 'listed' || entryStandingOn(current, today(ctx)) !== 'expired')
        throw new AppError('hetao.white_list_already_listed', {
          extensions: { entryId: current.id },
        });
      const superseded = await repo.updateEntry(tx, current.id, {
        status: nextState(whiteListEntryMachine, current.status, 'supersede'),
      });
      await recordAudit(tx, ctx, {
        action: 'hetao.white_list_entry.superseded',
        subjectType: 'hetao_white_list_entry',
        subjectId: current.id,
        before: entryAuditState(current),
        after: entryAuditState(superseded),
      });
    }
    const now = ctx.now();
    const entry = await repo.insertEntry(tx, {
      organisationId: application.organisationId,
      applicationId: id,
      status: 'listed',
      entityType: application.entityType,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      filingReference: input.filingReference ?? null,
      listedBy: principal.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.updateApplication(tx, id, {
      status,
      entryId: entry.id,
      decidedBy: principal.accountId,
      decidedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.white_list_application.listed',
      subjectType: 'hetao_white_list_application',
      subjectId: id,
      before: { status: application.status },
      after: { status, entryId: entry.id },
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.white_list_entry.listed',
      subjectType: 'hetao_white_list_entry',
      subjectId: entry.id,
      after: { organisationId: entry.organisationId, ...entryAuditState(entry) },
    });
    const until = entry.validUntil;
    await notifyOrganisation(tx, ctx, application.organisationId, {
      kind: 'hetao.white_list.listed',
      subjectType: 'hetao_white_list_entry',
      subjectId: entry.id,
      title: {
        'zh-Hans': '已列入河套进口白名单',
        'zh-Hant': '已列入河套進口白名單',
        en: 'You are on the Hetao importers’ white list',
      },
      body: {
        'zh-Hans': `有效期：${entry.validFrom} 起${until ? `至 ${until}` : '（未设结束日期）'}。`,
        'zh-Hant': `有效期：${entry.validFrom} 起${until ? `至 ${until}` : '（未設結束日期）'}。`,
        en: `Valid from ${entry.validFrom}${until ? ` until ${until}` : ' (no end date set)'}.`,
      },
    });
    return entry.id;
  });
  return {
    application: await presentApplication(ctx.db, (await repo.findApplication(ctx.db, id))!),
    entry: await presentEntryById(ctx, entryId),
  };
}

// =============================================================================================
// Entries (the officer changes them; customs read them)

export async function listEntries(ctx: ServiceContext) {
  const onDate = today(ctx);
  const rows = await repo.listEntries(ctx.db, { includeSuperseded: true });
  return rows.map((row) => presentEntry(row.entry, row.organisationName, onDate));
}

export async function describeEntry(ctx: ServiceContext, id: string) {
  if (!(await repo.findEntry(ctx.db, id))) throw new AppError('hetao.white_list_entry_not_found');
  return presentEntryById(ctx, id);
}

type EntryChange = 'suspend' | 'remove' | 'reinstate';

const CHANGE_TEXT: Record<EntryChange, { action: string; title: LocalisedText }> = {
  suspend: {
    action: 'hetao.white_list_entry.suspended',
    title: {
      'zh-Hans': '河套进口白名单资格已暂停',
      'zh-Hant': '河套進口白名單資格已暫停',
      en: 'Your white-list listing is suspended',
    },
  },
  remove: {
    action: 'hetao.white_list_entry.removed',
    title: {
      'zh-Hans': '已从河套进口白名单移出',
      'zh-Hant': '已從河套進口白名單移出',
      en: 'You were removed from the white list',
    },
  },
  reinstate: {
    action: 'hetao.white_list_entry.reinstated',
    title: {
      'zh-Hans': '河套进口白名单资格已恢复',
      'zh-Hant': '河套進口白名單資格已恢復',
      en: 'Your white-list listing is reinstated',
    },
  },
};

/** Suspends, removes or reinstates an entry from today (China time), with the officer's reasons. */
export async function changeEntry(
  ctx: ServiceContext,
  id: string,
  change: EntryChange,
  reasons: string,
) {
  await ctx.db.transaction(async (tx) => {
    const entry = await repo.findEntry(tx, id, true);
    if (!entry) throw new AppError('hetao.white_list_entry_not_found');
    const status = nextState(whiteListEntryMachine, entry.status, change);
    const onDate = today(ctx);
    const after = await repo.updateEntry(tx, id, {
      status,
      statusReason: reasons,
      ...(change === 'suspend' ? { suspendedFrom: onDate } : {}),
      ...(change === 'reinstate' ? { suspendedFrom: null } : {}),
      ...(change === 'remove' ? { removedFrom: onDate } : {}),
    });
    const text = CHANGE_TEXT[change];
    await recordAudit(tx, ctx, {
      action: text.action,
      subjectType: 'hetao_white_list_entry',
      subjectId: id,
      before: entryAuditState(entry),
      after: entryAuditState(after),
    });
    await notifyOrganisation(tx, ctx, entry.organisationId, {
      kind: `hetao.white_list.${change}`,
      subjectType: 'hetao_white_list_entry',
      subjectId: id,
      title: text.title,
      body: withReasons({ 'zh-Hans': '理由', 'zh-Hant': '理由', en: 'Reasons' }, reasons),
    });
  });
  return presentEntryById(ctx, id);
}

/** The filing reference (B.N3) or the last day of an entry in force. */
export async function updateEntry(ctx: ServiceContext, id: string, input: UpdateEntryBody) {
  await ctx.db.transaction(async (tx) => {
    const entry = await repo.findEntry(tx, id, true);
    if (!entry) throw new AppError('hetao.white_list_entry_not_found');
    nextState(whiteListEntryMachine, entry.status, 'edit');
    if (
      input.validUntil !== undefined &&
      input.validUntil !== null &&
      input.validUntil < entry.validFrom
    )
      throw validityProblem('/body/validUntil');
    const after = await repo.updateEntry(tx, id, {
      ...(input.filingReference !== undefined ? { filingReference: input.filingReference } : {}),
      ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.white_list_entry.updated',
      subjectType: 'hetao_white_list_entry',
      subjectId: id,
      before: entryAuditState(entry),
      after: entryAuditState(after),
    });
  });
  return presentEntryById(ctx, id);
}

// =============================================================================================
// The public list

/** B.N3's list as everyone may see it: name, type, listed since, valid until, status today. */
export async function describePublicWhiteList(ctx: ServiceContext) {
  const onDate = today(ctx);
  const rows = await repo.listEntries(ctx.db, { includeSuperseded: false });
  return {
    asOf: onDate,
    entries: rows.map((row) => ({
      name: row.organisationName,
      entityType: row.entry.entityType,
      listedSince: row.entry.validFrom,
      validUntil: row.entry.validUntil,
      status: presentedEntryStatus(row.entry, onDate),
    })),
  };
}
