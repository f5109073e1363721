import { useState, type ReactNode } from 'react';
import { useLoad } from '../../api/use-load.ts';
import { hasFreeTimes, OfferChoice } from './offer-choice.tsx';
import { useOfferWeek } from './offer-weeks.tsx';
import { getPatientOffers } from './patient-offers-api.ts';

type PatientSlotChoiceProps = {
  value: string | undefined;
  onChange: (slotId: string) => void;
  error?: string | undefined;
  /**
   * Read the times again when this changes: the page passes what it reloads after a time it offered was taken a
   * moment ago, so the choice shows only times still free.
   */
  refreshKey: unknown;
  /** What to say when no other time is free in any week. */
  noTimes: ReactNode;
  /** The button that moves the appointment, shown only when there is something to choose. */
  children: ReactNode;
};

/**
 * The times a patient may move their appointment to, a week at a time (`?week=`), by date and nearest site
 * first, with the distance from their postcode. Goes inside the page's form.
 */
export function PatientSlotChoice({ value, onChange, error, refreshKey, noTimes, children }: PatientSlotChoiceProps) {
  const [week] = useOfferWeek();
  const [version, setVersion] = useState(0);
  // React's "adjust state while rendering": a new refreshKey reads the times again, without a second read at first.
  const [seenKey, setSeenKey] = useState(refreshKey);
  if (seenKey !== refreshKey) {
    setSeenKey(refreshKey);
    setVersion((n) => n + 1);
  }
  const page = useLoad(() => getPatientOffers(week), `${week ?? ''}:${version}`);

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
