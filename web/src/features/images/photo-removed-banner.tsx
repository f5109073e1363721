import { useLocation } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import type { PhotoRemovedState } from './remove-photo-form.tsx';

const removedFrom = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && typeof (state as Partial<PhotoRemovedState>).photoRemoved === 'string'
    ? (state as PhotoRemovedState).photoRemoved
    : null;

/** Says, on the page the referrer comes back to, that the photograph they removed has gone. */
export function PhotoRemovedBanner() {
  const removed = removedFrom(useLocation().state);
  if (!removed) return null;
  return (
    <NotificationBanner variant="success">
      Photograph removed: {removed.charAt(0).toLowerCase() + removed.slice(1)}. The dermatologist will not see it.
    </NotificationBanner>
  );
}
