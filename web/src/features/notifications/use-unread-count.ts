import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { countUnread, notificationsChanged } from './notifications-api.ts';

/** How often the header asks again while the page stays open. */
const everyMs = 60_000;

/**
 * The number of the person's unread notifications, for the header: asked when the page changes, every minute while
 * the person is using the page, when the window comes back into view or focus, and when notifications are read on
 * this page. Null until first known, and after a failure, which the header shows as no count rather than a wrong one.
 */
export function useUnreadCount(): number | null {
  const { pathname } = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    // Every request keeps the session alive, so the minute's refresh is asked only when the person has used the
    // page since the last: a screen left alone still signs itself out after the idle timeout (SECURITY.md).
    let usedSinceAsked = false;
    const used = () => {
      usedSinceAsked = true;
    };
    const askAgain = () => {
      usedSinceAsked = false;
      setAsked((n) => n + 1);
    };
    const everyMinute = () => {
      if (usedSinceAsked) askAgain();
    };
    const whenVisible = () => {
      if (document.visibilityState === 'visible') askAgain();
    };
    const timer = setInterval(everyMinute, everyMs);
    const activity = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;
    for (const event of activity) window.addEventListener(event, used, { capture: true, passive: true });
    window.addEventListener('focus', askAgain);
    window.addEventListener(notificationsChanged, askAgain);
    document.addEventListener('visibilitychange', whenVisible);
    return () => {
      clearInterval(timer);
      for (const event of activity) window.removeEventListener(event, used, { capture: true });
      window.removeEventListener('focus', askAgain);
      window.removeEventListener(notificationsChanged, askAgain);
      document.removeEventListener('visibilitychange', whenVisible);
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    countUnread().then(
      ({ unread }) => {
        if (!cancelled) setUnread(unread);
      },
      () => {
        if (!cancelled) setUnread(null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [pathname, asked]);

  return unread;
}
