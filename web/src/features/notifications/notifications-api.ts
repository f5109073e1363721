import { api } from '../../api/client.ts';

export type NotificationKind =
  | 'question'
  | 'photographs_requested'
  | 'answer'
  | 'message'
  | 'not_accepted'
  | 'redirected'
  | 'returned'
  | 'outcome'
  | 'addendum'
  | 'escalation_due'
  | 'escalation_breached';

/** One thing a member of staff was told, as GET /api/notifications gives it. */
export type StaffNotification = {
  id: string;
  kind: NotificationKind;
  requestId: string;
  reference: string;
  text: string;
  /** The page that opens the request for this person. */
  href: string;
  createdAt: string;
  readAt: string | null;
};

export type Unread = { unread: number };

export const listNotifications = () =>
  api.get<{ notifications: StaffNotification[]; unread: number }>('/api/notifications');
export const countUnread = () => api.get<Unread>('/api/notifications/count');
export const markRead = (id: string) => api.post<Unread>(`/api/notifications/${id}/read`);
export const markAllRead = () => api.post<Unread>('/api/notifications/read-all');

/** Said on the window when the person reads notifications, so the header's count follows at once. */
export const notificationsChanged = 'telederm:notifications-changed';
export const announceNotificationsChanged = () => window.dispatchEvent(new Event(notificationsChanged));
