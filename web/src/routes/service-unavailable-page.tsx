import type { Problem } from '../api/api-error.ts';
import { usePageTitle } from '../components/use-page-title.ts';

/** Shown when the service cannot be reached or cannot say who is signed in, to staff and patients alike. */
export function ServiceUnavailablePage({ problem, onRetry }: { problem: Problem; onRetry: () => void }) {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">Sorry, there is a problem with the service</h1>
        <p>{problem.detail}</p>
        <button className="nhsuk-button" type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
