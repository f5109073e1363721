import type { ReactNode } from 'react';

type WarningCalloutProps = {
  heading: ReactNode;
  /** The heading level: an h1 when the warning is the first and main thing on the page. */
  level?: 1 | 2 | 3;
  children: ReactNode;
};

/** The NHS.UK warning callout: something the reader must act on. */
export function WarningCallout({ heading, level = 3, children }: WarningCalloutProps) {
  const Heading = `h${level}` as const;
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading">{heading}</Heading>
        {children}
      </div>
    </div>
  );
}
