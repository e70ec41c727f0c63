import type { Executor } from '../../db/client';
import type { LocalisedText } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import { queueNotification } from '../notifications/service';
import { listMemberAccounts } from '../organisations/service';

export interface Message {
  kind: string;
  subjectType: string;
  subjectId: string;
  title: LocalisedText;
  body: LocalisedText;
  link?: string;
}

type Recipient = {
  id: string;
  email: string | null;
  preferredLanguage: 'zh-Hans' | 'zh-Hant' | 'en';
};

/** Tells these accounts (inbox and e-mail), in the transaction of the change. */
export async function notifyAccounts(
  tx: Executor,
  ctx: ServiceContext,
  recipients: readonly Recipient[],
  message: Message,
) {
  for (const recipient of recipients)
    await queueNotification(tx, ctx, {
      recipientAccountId: recipient.id,
      recipientEmail: recipient.email,
      recipientLanguage: recipient.preferredLanguage,
      ...message,
    });
}

/** Tells an organisation's members. */
export async function notifyOrganisation(
  tx: Executor,
  ctx: ServiceContext,
  organisationId: string,
  message: Message,
) {
  await notifyAccounts(tx, ctx, await listMemberAccounts(tx, organisationId), message);
}
