import { NavLink } from 'react-router';
import { useUnreadCount } from './use-unread-count.ts';
import './notifications.css';

/**
 * The header's link to the notification centre, with the number unread: a badge to see, and for a screen reader a
 * name that says it ("Notifications, 3 unread"), given whole so that the badge's layout cannot break it up.
 */
export function NotificationsLink() {
  const unread = useUnreadCount();
  const name = unread === null ? 'Notifications' : `Notifications, ${unread === 0 ? 'none' : unread} unread`;
  return (
    <NavLink className="nhsuk-header__account-link app-notifications-link" to="/notifications" end aria-label={name}>
      Notifications
      {unread !== null && unread > 0 && (
        <span className="app-notifications-badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}
