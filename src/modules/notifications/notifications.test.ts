import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { registerAccount } from '../accounts/service';
import { systemContext } from '../../shared/service-context';
import { createTestDatabase } from '../../../test/support/test-database';
import * as repo from './repo';
import {
  deliverOutbox,
  MAX_EMAIL_ATTEMPTS,
  queueNotification,
  type MailTransport,
} from './service';

let database: Database;
let accountId: string;
const text = { 'zh-Hans': '标题', 'zh-Hant': '標題', en: 'Title' };

beforeAll(async () => {
  database = await createTestDatabase();
  const account = await registerAccount(systemContext(database.db, 'test'), {
    email: 'inbox@test.opchub.cn',
    password: 'correct horse battery staple',
    displayName: 'Inbox',
  });
  accountId = account.id;
});
afterAll(async () => database?.close());

function queue(email: string | null) {
  const ctx = systemContext(database.db, 'test');
  return database.db.transaction((tx) =>
    queueNotification(tx, ctx, {
      recipientAccountId: accountId,
      recipientEmail: email,
      recipientLanguage: 'en',
      kind: 'test.message',
      title: text,
      body: text,
      link: '/applications/x',
    }),
  );
}

const silent = { info: () => undefined, warn: () => undefined };

describe('notifications', () => {
  it('sends through SMTP when configured, in the recipient’s language', async () => {
    await queue('someone@test.opchub.cn');
    const sent: { to: string; subject: string }[] = [];
    const mailer: MailTransport = { sendMail: async (message) => void sent.push(message) };
    const result = await deliverOutbox(database.db, { mailer, from: 'hub@test.opchub.cn' }, silent);
    expect(result.sent).toBe(1);
    expect(sent[0]).toMatchObject({ to: 'someone@test.opchub.cn', subject: '[OPC Hub] Title' });
  });

  it('retries a failing SMTP server, then marks the message failed and logs it — never dropped', async () => {
    await queue('bounce@test.opchub.cn');
    const mailer: MailTransport = {
      sendMail: async () => {
        throw new Error('connection refused');
      },
    };
    const warnings: unknown[] = [];
    let clock = Date.now();
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt += 1) {
      clock += 24 * 3600_000; // past any back-off
      await deliverOutbox(
        database.db,
        { mailer, from: 'hub@test.opchub.cn' },
        { info: () => undefined, warn: (object) => warnings.push(object) },
        () => new Date(clock),
      );
    }
    const rows = (await repo.listOutbox(database.db, 10)).filter(
      (row) => row.toAddress === 'bounce@test.opchub.cn',
    );
    expect(rows[0]).toMatchObject({ status: 'failed', attempts: MAX_EMAIL_ATTEMPTS });
    expect(rows[0]!.lastError).toBe('connection refused');
    expect(warnings).toHaveLength(1);
  });

  it('writes e-mail to the log when SMTP is not configured, and keeps the inbox', async () => {
    await queue('nosmtp@test.opchub.cn');
    const logged: Record<string, unknown>[] = [];
    const result = await deliverOutbox(database.db, undefined, {
      info: (object) => logged.push(object),
      warn: () => undefined,
    });
    expect(result.logged).toBe(1);
    expect(logged[0]).toMatchObject({ to: 'nosmtp@test.opchub.cn', subject: '[OPC Hub] Title' });
    const inbox = await repo.listNotifications(database.db, accountId, true, 10);
    expect(inbox.length).toBe(3);
  });
});
