import { z } from 'zod';
import { notificationKinds } from './notifications.repository.ts';

/** One thing a member of staff was told, as their notification centre lists it. */
export const notificationSchema = z
  .object({
    id: z.uuid(),
    /** What happened: a question, an answer, a case returned, an outcome signed, an escalation, … */
    kind: z.enum(notificationKinds),
    requestId: z.uuid(),
    /** The request's reference, the only thing of the request the notification names. */
    reference: z.string(),
    /** One line saying what happened and what to do, with no patient details. */
    text: z.string(),
    /** The page of the app that opens the request for this person: the request page or the consultant's case page. */
    href: z.string(),
    createdAt: z.date(),
    /** When the person first opened it or marked it read; null while unread. */
    readAt: z.date().nullable(),
  })
  .meta({ id: 'StaffNotification' });

/** How many of the caller's notifications are unread. */
export const unreadSchema = z.object({ unread: z.number().int() }).meta({ id: 'UnreadNotifications' });

export const notificationListSchema = z
  .object({
    /** The caller's newest notifications (at most 50), newest first. */
    notifications: z.array(notificationSchema),
    unread: z.number().int(),
  })
  .meta({ id: 'StaffNotifications' });

export const notificationParams = z.object({ notificationId: z.uuid() });
