import { useEffect, useRef, type MouseEvent } from 'react';
import { Link } from 'react-router';

/**
 * One entry in the summary; `fieldId` links it to the field it is about on this page, `to` to the page
 * where it can be put right (a check-your-answers page lists what other pages are missing).
 */
export type ErrorSummaryItem = { text: string; fieldId?: string; to?: string };

type ErrorSummaryProps = {
  items: ErrorSummaryItem[];
  /** Changes on every failed submission, so the summary takes focus again even when the errors are the same. */
  attempt: number;
  title?: string;
};

/** The NHS.UK error summary: takes focus when shown and links each error to its field. */
export function ErrorSummary({ items, attempt, title = 'There is a problem' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);

  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          {title}
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {items.map((item) => (
              <li key={`${item.to ?? item.fieldId ?? ''}:${item.text}`}>
                {item.to ? (
                  <Link to={item.to}>{item.text}</Link>
                ) : item.fieldId ? (
                  <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId)}>
                    {item.text}
                  </a>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string | undefined) {
  const field = fieldId ? document.getElementById(fieldId) : null;
  if (!field) return;
  event.preventDefault();
  // Bring the label into view with the field, as the nhsuk-frontend script does.
  const label = document.querySelector(`label[for="${fieldId}"]`);
  (label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}
