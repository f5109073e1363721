import type { ReactNode } from 'react';

type NotificationBannerProps = {
  variant?: 'important' | 'success';
  children: ReactNode;
};

/**
 * The NHS.UK notification banner. A success banner is an alert, so it is
 * read out as soon as it appears; an important one is a landmark.
 */
export function NotificationBanner({ variant = 'important', children }: NotificationBannerProps) {
  const success = variant === 'success';
  return (
    <div
      className={success ? 'nhsuk-notification-banner nhsuk-notification-banner--success' : 'nhsuk-notification-banner'}
      role={success ? 'alert' : 'region'}
      aria-labelledby="notification-banner-title"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="notification-banner-title">
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
