import { Link, useSearchParams } from 'react-router';
import type { OfferPage, OfferWeek } from './clinics-api.ts';

const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "7 to 13 December 2026", "30 November to 6 December 2026", "28 December 2026 to 3 January 2027". */
export function weekWords(week: OfferWeek): string {
  const [from, to] = [utc(week.from), utc(week.to)];
  const end = dayMonthYear.format(to);
  if (from.getUTCFullYear() !== to.getUTCFullYear()) return `${dayMonthYear.format(from)} to ${end}`;
  if (from.getUTCMonth() !== to.getUTCMonth()) return `${dayMonth.format(from)} to ${end}`;
  return `${from.getUTCDate()} to ${end}`;
}

/** The week asked for in the page's address (`?week=YYYY-MM-DD`), or null for the first week with open times. */
export function useOfferWeek(): [string | null, (week: string) => string] {
  const [params] = useSearchParams();
  const asked = params.get('week');
  const week = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : null;
  // The other parameters (the clerk's ?action=move) stay as they are.
  const search = (to: string) => {
    const next = new URLSearchParams(params);
    next.set('week', to);
    return `?${next}`;
  };
  return [week, search];
}

const openWords = (open: number) => (open === 1 ? '1 time free' : `${open} times free`);

/**
 * The weeks that have free times, each a link, the one shown marked as current: a week-by-week list for
 * choosing a date, which keeps the page (and the answer behind it) to one week's times.
 */
export function OfferWeeks({ page }: { page: OfferPage }) {
  const [, search] = useOfferWeek();
  if (page.weeks.length < 2 && page.week && page.weeks[0]?.from === page.week.from) return null;
  return (
    <nav className="app-offer-weeks" aria-labelledby="offer-weeks-heading">
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id="offer-weeks-heading">
        Choose a week
      </h3>
      <ul className="nhsuk-list app-offer-weeks__list">
        {page.weeks.map((week) => {
          const current = week.from === page.week?.from;
          return (
            <li key={week.from}>
              <Link
                to={search(week.from)}
                aria-current={current ? 'true' : undefined}
                className={current ? 'app-offer-weeks__current' : undefined}
                preventScrollReset
              >
                {weekWords(week)}
              </Link>
              <span className="app-muted">: {openWords(week.open)}</span>
              {current && <span className="nhsuk-u-visually-hidden"> (shown below)</span>}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Previous and next week with free times, after the week's times, so that nobody scrolls back up to move on. */
export function OfferWeekSteps({ page }: { page: OfferPage }) {
  const [, search] = useOfferWeek();
  const index = page.weeks.findIndex((week) => week.from === page.week?.from);
  const later = page.weeks.filter((week) => page.week && week.from > page.week.from);
  const earlier = page.weeks.filter((week) => page.week && week.from < page.week.from);
  const previous = index > 0 ? page.weeks[index - 1] : earlier.at(-1);
  const next = index >= 0 ? page.weeks[index + 1] : later[0];
  if (!previous && !next) return null;
  return (
    <nav className="app-session-pages" aria-label="Other weeks">
      {previous && (
        <Link to={search(previous.from)}>
          Previous week<span className="nhsuk-u-visually-hidden">: {weekWords(previous)}</span>
        </Link>
      )}
      {next && (
        <Link to={search(next.from)}>
          Next week<span className="nhsuk-u-visually-hidden">: {weekWords(next)}</span>
        </Link>
      )}
    </nav>
  );
}
