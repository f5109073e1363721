import { useEffect, useState, type ReactNode } from 'react';
import { useLoad } from '../../api/use-load.ts';
import { hasFreeTimes, OfferChoice } from './offer-choice.tsx';
import { useOfferWeek } from './offer-weeks.tsx';
import type { OfferPage } from './clinics-api.ts';
import { getPatientOffers } from './patient-offers-api.ts';

type PatientSlotChoiceProps = {
  value: string | undefined;
  /** A time chosen, or none: a time chosen in another week is let go once that week is no longer shown. */
  onChange: (slotId: string | undefined) => void;
  error?: string | undefined;
  /**
   * The first week of times, as the page read them with the appointment: shown without reading them again (each
   * read is a read of the patient's record, audited). When the page reads them again (after a time it offered was
   * taken a moment ago), the new ones are shown.
   */
  firstWeek: OfferPage;
  /** What to say when no other time is free in any week. */
  noTimes: ReactNode;
  /** The button that moves the appointment, shown only when there is something to choose. */
  children: ReactNode;
};

/**
 * The times a patient may move their appointment to, a week at a time (`?week=`), by date and nearest site
 * first, with the distance from their postcode. Goes inside the page's form.
 */
export function PatientSlotChoice({ value, onChange, error, firstWeek, noTimes, children }: PatientSlotChoiceProps) {
  const [week] = useOfferWeek();
  // The first week comes with the page; only another week is read, and read again when the page reads its times
  // again (React's "adjust state while rendering": no second read at first).
  const [seenFirstWeek, setSeenFirstWeek] = useState(firstWeek);
  const [version, setVersion] = useState(0);
  if (seenFirstWeek !== firstWeek) {
    setSeenFirstWeek(firstWeek);
    setVersion((n) => n + 1);
  }
  const asked = useLoad<OfferPage>(
    () => (week ? getPatientOffers(week) : Promise.resolve(firstWeek)),
    `${week ?? ''}:${version}`,
  );
  const page = week === null ? { status: 'loaded' as const, value: firstWeek, reload: asked.reload } : asked;
  // A time chosen in a week no longer shown would be moved to unseen: let it go.
  const shown = page.status === 'loaded' ? page.value.offers : null;
  const stale = value !== undefined && shown !== null && !shown.some((offer) => offer.slotId === value);
  useEffect(() => {
    if (stale) onChange(undefined);
  }, [stale, onChange]);

  if (page.status === 'failed') {
    return (
      <p>
        The other free times could not be shown just now: {page.problem.detail}{' '}
        <button className="app-link-button" type="button" onClick={page.reload}>
          Try again
        </button>
      </p>
    );
  }
  if (page.status !== 'loaded') return null;
  if (!hasFreeTimes(page.value)) return noTimes;
  const chosen = page.value.offers.some((offer) => offer.slotId === value) ? value : null;
  return (
    <>
      <OfferChoice
        page={page.value}
        chooser="patient"
        legend="Choose a new time"
        chosen={chosen ?? null}
        onChoose={onChange}
        error={error}
      />
      {children}
    </>
  );
}
