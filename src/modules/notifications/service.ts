import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config';
import type { Db, Executor } from '../../db/client';
import type { NotificationText } from '../../db/schema/notifications';
import { AppError } from '../../errors/app-error';
import type { Language } from '../../shared/language';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import * as repo from './repo';
import type { NotificationRow } from './repo';

export interface NotificationInput {
  recipientAccountId: string;
  /** Where e-mail goes; null when the account has no address (the inbox still gets it). */
  recipientEmail: string | null;
  recipientLanguage: Language;
  kind: string;
  subjectType?: string;
  subjectId?: string;
  title: NotificationText;
  body: NotificationText;
  /** A path in the web app, e.g. `/applications/<id>`. */
  link?: string;
}

/** How many times e-mail delivery is tried before the row is marked failed (and logged). */
export const MAX_EMAIL_ATTEMPTS = 5;
const LEASE_MS = 5 * 60_000;

/**
 * Puts a message in the recipient's inbox and an e-mail in the outbox. Call it inside the
 * transaction of the change it reports: the message exists exactly when the change does.
 */
export async function queueNotification(
  tx: Executor,
  ctx: ServiceContext,
  input: NotificationInput,
) {
  const now = ctx.now();
  const notification = await repo.insertNotification(tx, {
    recipientAccountId: input.recipientAccountId,
    kind: input.kind,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    title: input.title,
    body: input.body,
    link: input.link ?? null,
    createdAt: now,
  });
  if (input.recipientEmail) {
    const language = input.recipientLanguage;
    await repo.insertOutbox(tx, {
      notificationId: notification.id,
      toAddress: input.recipientEmail,
      subject: `[OPC Hub] ${input.title[language]}`,
      body: `${input.body[language]}${input.link ? `\n\n${input.link}` : ''}\n\n— OPC Hub`,
      status: 'pending',
      createdAt: now,
      nextAttemptAt: now,
    });
  }
  return notification;
}

function presentNotification(row: NotificationRow, language: Language) {
  return {
    id: row.id,
    kind: row.kind,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    title: row.title[language],
    body: row.body[language],
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

export async function listMyNotifications(
  ctx: ServiceContext,
  principal: Principal,
  options: { unreadOnly: boolean; limit: number },
) {
  const [rows, unread] = await Promise.all([
    repo.listNotifications(ctx.db, principal.accountId, options.unreadOnly, options.limit),
    repo.countUnread(ctx.db, principal.accountId),
  ]);
  return { items: rows.map((row) => presentNotification(row, ctx.language)), unread };
}

export async function markMyNotificationsRead(
  ctx: ServiceContext,
  principal: Principal,
  ids: string[] | 'all',
) {
  if (ids !== 'all') {
    for (const id of ids) {
      const row = await repo.findNotification(ctx.db, id);
      // Someone else's notification is "not found", never "forbidden".
      if (!row || row.recipientAccountId !== principal.accountId)
        throw new AppError('notification.not_found');
    }
  }
  const marked = await repo.markRead(ctx.db, principal.accountId, ids, ctx.now());
  return { marked: marked.length, unread: await repo.countUnread(ctx.db, principal.accountId) };
}

export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export interface OutboxLogger {
  info(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
}

export interface DeliveryResult {
  sent: number;
  logged: number;
  retried: number;
  failed: number;
}

/**
 * Delivers due outbox rows: through SMTP when it is configured, otherwise into the log (status
 * `logged`, with the whole message) so nothing is silently dropped. A failed send is retried
 * with back-off; after {@link MAX_EMAIL_ATTEMPTS} the row is `failed` and its text is logged.
 */
export async function deliverOutbox(
  db: Db,
  transport: { mailer: MailTransport; from: string } | undefined,
  log: OutboxLogger,
  now: () => Date = () => new Date(),
  batchSize = 50,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, logged: 0, retried: 0, failed: 0 };
  // NOTE: rows are leased in a short transaction and sent outside it: a slow SMTP server must
  // not hold a transaction open (PGlite runs one at a time). A crash mid-send leaves the lease
  // to expire, and the row is tried again.
  const due = await db.transaction(async (tx) => {
    const rows = await repo.claimDueOutbox(tx, now(), batchSize);
    const leaseUntil = new Date(now().getTime() + LEASE_MS);
    for (const row of rows) await repo.updateOutbox(tx, row.id, { nextAttemptAt: leaseUntil });
    return rows;
  });
  for (const row of due) {
    if (!transport) {
      log.info(
        { outboxId: row.id, to: row.toAddress, subject: row.subject, body: row.body },
        'e-mail (SMTP not configured; written to the log instead)',
      );
      await repo.updateOutbox(db, row.id, {
        status: 'logged',
        deliveredAt: now(),
        attempts: row.attempts + 1,
      });
      result.logged += 1;
      continue;
    }
    try {
      await transport.mailer.sendMail({
        from: transport.from,
        to: row.toAddress,
        subject: row.subject,
        text: row.body,
      });
      await repo.updateOutbox(db, row.id, {
        status: 'sent',
        deliveredAt: now(),
        attempts: row.attempts + 1,
      });
      result.sent += 1;
    } catch (error) {
      const attempts = row.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      if (attempts >= MAX_EMAIL_ATTEMPTS) {
        log.warn(
          {
            outboxId: row.id,
            to: row.toAddress,
            subject: row.subject,
            body: row.body,
            error: message,
          },
          'e-mail delivery failed for good; message kept in the outbox and the inbox',
        );
        await repo.updateOutbox(db, row.id, { status: 'failed', attempts, lastError: message });
        result.failed += 1;
      } else {
        await repo.updateOutbox(db, row.id, {
          attempts,
          lastError: message,
          nextAttemptAt: new Date(now().getTime() + 30_000 * 2 ** (attempts - 1)),
        });
        result.retried += 1;
      }
    }
  }
  return result;
}

/** The SMTP transport for the configuration, or undefined when SMTP is not configured. */
export function smtpTransportFor(
  config: AppConfig,
): { mailer: MailTransport; from: string } | undefined {
  if (!config.smtp) return undefined;
  const mailer = nodemailer.createTransport({
    host: config.smtp.host,
    port: config.smtp.port,
    secure: config.smtp.port === 465,
    ...(config.smtp.user
      ? { auth: { user: config.smtp.user, pass: config.smtp.password ?? '' } }
      : {}),
  });
  return { mailer, from: config.smtp.from };
}

export async function summariseOutbox(ctx: ServiceContext) {
  const rows = await repo.countOutboxByStatus(ctx.db);
  const counts = { pending: 0, sent: 0, logged: 0, failed: 0 };
  for (const row of rows) counts[row.status] = row.value;
  const recent = await repo.listOutbox(ctx.db, 50);
  return {
    counts,
    recent: recent.map((row) => ({
      id: row.id,
      toAddress: row.toAddress,
      subject: row.subject,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
    })),
  };
}
