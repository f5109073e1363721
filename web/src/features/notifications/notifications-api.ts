import type { ResponseBody } from '../../api/api-types.ts';
import { api } from '../../api/client.ts';

/** One thing a member of staff was told, as GET /api/notifications gives it; `href` opens the request for them. */
export type StaffNotification = ResponseBody<'/api/notifications', 'get'>['notifications'][number];
export type NotificationKind = StaffNotification['kind'];

export type Unread = ResponseBody<'/api/notifications/count', 'get'>;

export const listNotifications = () =>
  api.get<{ notifications: StaffNotification[]; unread: number }>('/api/notifications');
export const countUnread = () => api.get<Unread>('/api/notifications/count');
export const markRead = (id: string) => api.post<Unread>(`/api/notifications/${id}/read`);
export const markAllRead = () => api.post<Unread>('/api/notifications/read-all');

/** Said on the window when the person reads notifications, so the header's count follows at once. */
export const notificationsChanged = 'telederm:notifications-changed';
export const announceNotificationsChanged = () => window.dispatchEvent(new Event(notificationsChanged));
