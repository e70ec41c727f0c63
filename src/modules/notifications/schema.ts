import { z } from 'zod';

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export const inboxQuery = z.strictObject({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(false),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const inboxResponse = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});

export const markReadBody = z.union([
  z.strictObject({ ids: z.array(z.uuid()).min(1).max(200) }),
  z.strictObject({ all: z.literal(true) }),
]);

export const markReadResponse = z.object({ marked: z.number().int(), unread: z.number().int() });

export const outboxResponse = z.object({
  counts: z.object({
    pending: z.number().int(),
    sent: z.number().int(),
    logged: z.number().int(),
    failed: z.number().int(),
  }),
  recent: z.array(
    z.object({
      id: z.uuid(),
      toAddress: z.string(),
      subject: z.string(),
      status: z.string(),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      createdAt: z.string(),
      deliveredAt: z.string().nullable(),
    }),
  ),
});
