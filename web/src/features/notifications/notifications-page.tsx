import { useState, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import { formatDateTime } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import {
  announceNotificationsChanged,
  listNotifications,
  markAllRead,
  markRead,
  type NotificationKind,
  type StaffNotification,
} from './notifications-api.ts';
import './notifications.css';

const kindWords: Record<NotificationKind, string> = {
  question: 'Question for you',
  photographs_requested: 'Better photographs asked for',
  answer: 'Answer to your question',
  message: 'New note',
  not_accepted: 'Not accepted',
  redirected: 'Redirected: urgent',
  returned: 'Returned to you',
  outcome: 'Outcome signed',
  addendum: 'Addendum to an outcome',
  escalation_due: 'Response due today',
  escalation_breached: 'Past its response target',
};

/**
 * The notification centre (issue 20): what the person has been told, newest first, unread ones said in words.
 * Opening one marks it read and goes to the request.
 */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const loaded = useLoad(listNotifications, 'notifications');
  const navigate = useNavigate();
  const [problem, setProblem] = useState<{ detail: string; attempt: number } | null>(null);
  const [markingAll, setMarkingAll] = useState(false);

  const open = async (event: MouseEvent<HTMLAnchorElement>, notification: StaffNotification) => {
    // A new tab or window opens the request as any link does; this page marks it read all the same.
    const ownTab = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (ownTab) event.preventDefault();
    if (!notification.readAt) {
      try {
        await markRead(notification.id);
        announceNotificationsChanged();
      } catch {
        // Not being able to mark it read must not stand between the person and the request.
      }
    }
    if (ownTab) void navigate(notification.href);
  };

  const readAll = async () => {
    setMarkingAll(true);
    try {
      await markAllRead();
      setProblem(null);
      announceNotificationsChanged();
      loaded.reload();
    } catch (error) {
      const detail = error instanceof ApiError ? error.problem.detail : 'Something went wrong. Try again.';
      setProblem((previous) => ({ detail, attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setMarkingAll(false);
    }
  };

  if (loaded.status === 'failed') {
    return <LoadFailure problem={loaded.problem} what="Notifications" onRetry={loaded.reload} />;
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {problem && (
          <ErrorSummary
            title="Your notifications were not marked as read"
            items={[{ text: problem.detail }]}
            attempt={problem.attempt}
          />
        )}
        <h1 className="nhsuk-heading-l">Notifications</h1>
        {loaded.status === 'loaded' && (
          <>
            <p role="status">
              {loaded.value.unread === 0
                ? 'You have no unread notifications.'
                : `You have ${loaded.value.unread} unread ${loaded.value.unread === 1 ? 'notification' : 'notifications'}.`}
            </p>
            {loaded.value.notifications.length === 0 ? (
              <p>
                You will be told here when a request of yours gets a question, an answer, a note or an outcome, when one
                is returned to you, and when a case of your service is due or past its response target.
              </p>
            ) : (
              <>
                {loaded.value.unread > 0 && (
                  <button
                    className="nhsuk-button nhsuk-button--secondary"
                    type="button"
                    onClick={() => void readAll()}
                    disabled={markingAll}
                  >
                    Mark all as read
                  </button>
                )}
                <ul className="nhsuk-list" aria-label="Notifications, newest first">
                  {loaded.value.notifications.map((notification) => (
                    <NotificationItem key={notification.id} notification={notification} onOpen={open} />
                  ))}
                </ul>
                {loaded.value.notifications.length >= 50 && (
                  <p className="nhsuk-body-s app-muted">Showing your newest 50 notifications.</p>
                )}
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function NotificationItem({
  notification,
  onOpen,
}: {
  notification: StaffNotification;
  onOpen: (event: MouseEvent<HTMLAnchorElement>, notification: StaffNotification) => Promise<void>;
}) {
  const unread = !notification.readAt;
  return (
    <li className={`app-notification ${unread ? 'app-notification--unread' : 'app-notification--read'}`}>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
        {unread ? (
          <strong className="nhsuk-tag nhsuk-tag--blue nhsuk-u-margin-right-2">Unread</strong>
        ) : (
          <span className="nhsuk-u-visually-hidden">Read. </span>
        )}
        {kindWords[notification.kind]} · {formatDateTime(notification.createdAt)}
      </p>
      <p className="nhsuk-u-margin-bottom-0">
        <Link
          className="app-notification__text"
          to={notification.href}
          onClick={(event) => void onOpen(event, notification)}
        >
          {notification.text}
        </Link>
      </p>
    </li>
  );
}
