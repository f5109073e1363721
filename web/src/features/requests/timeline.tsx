import { formatDateTime } from '../../components/dates.ts';
import { MultilineText } from '../../components/summary-list.tsx';
import type { TimelineEntry } from './requests-api.ts';

/** What happened to the request and what was said, oldest first, each with who and when. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (!entries.length) return <p>Nothing has happened yet.</p>;
  return (
    <ol className="app-timeline" aria-label="Timeline">
      {entries.map((entry, index) => (
        <li
          className={entry.type === 'message' ? 'app-timeline__item app-timeline__item--message' : 'app-timeline__item'}
          key={`${entry.at}-${index}`}
        >
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{entry.title}</h3>
          <p className="nhsuk-body-s app-muted nhsuk-u-margin-bottom-2">
            {entry.actor}, <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </p>
          {entry.text && (
            <p className="nhsuk-u-margin-bottom-0">
              <MultilineText text={entry.text} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
