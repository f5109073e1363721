import type { Problem } from '../../api/api-error.ts';

/** A part of a page that could not be loaded: the reason, and a way to try again, without taking the page over. */
export function SectionFailure({ problem, what, onRetry }: { problem: Problem; what: string; onRetry: () => void }) {
  return (
    <div className="nhsuk-inset-text">
      <p>
        {what} could not be loaded. {problem.detail}
      </p>
      <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" onClick={onRetry}>
        Try again<span className="nhsuk-u-visually-hidden"> to load {what.toLowerCase()}</span>
      </button>
    </div>
  );
}
