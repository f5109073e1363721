import { actorOf, auditActorOf, inScopedTransaction } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { notificationListSchema, notificationParams, unreadSchema } from './notifications.schemas.ts';
import {
  readAllNotifications,
  readNotification,
  readNotifications,
  unreadNotifications,
} from './read-notifications.ts';

/**
 * The staff notification centre (issue 20): each person's own notifications, kept read or unread per person. Any
 * signed-in member of staff may call these; each answers with the caller's own notifications only.
 */
export function notificationsRoutes(app: App, services: Services) {
  const context = (request: Parameters<typeof actorOf>[0]) => ({
    actor: actorOf(request),
    auditActor: auditActorOf(request),
    at: services.clock.now(),
  });

  app.get(
    '/api/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        summary:
          'Your newest notifications (questions, answers, cases returned, outcomes, escalations) and how many are unread',
        tags: ['notifications'],
        response: { 200: notificationListSchema, ...errorResponses },
      },
    },
    async (request) => withTransaction(services.pool, (tx) => readNotifications(tx, context(request))),
  );

  app.get(
    '/api/notifications/count',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'How many of your notifications are unread, for the header',
        tags: ['notifications'],
        response: { 200: unreadSchema, ...errorResponses },
      },
    },
    async (request) => unreadNotifications(services.pool, actorOf(request)),
  );

  app.post(
    '/api/notifications/:notificationId/read',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Mark one of your notifications as read (opening it does this)',
        tags: ['notifications'],
        params: notificationParams,
        response: { 200: unreadSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { notificationId } = request.params;
      return inScopedTransaction(services, request, { recordType: 'notification', recordId: notificationId }, (tx) =>
        readNotification(tx, { ...context(request), notificationId }),
      );
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Mark all your notifications as read',
        tags: ['notifications'],
        response: { 200: unreadSchema, ...errorResponses },
      },
    },
    async (request) => withTransaction(services.pool, (tx) => readAllNotifications(tx, context(request))),
  );
}
