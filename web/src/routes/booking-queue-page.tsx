import { useLoad } from '../api/use-load.ts';
import { LoadFailure } from '../components/load-failure.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { BookingQueueTable } from '../features/clinics/booking-queue-table.tsx';
import { getBookingQueue } from '../features/clinics/clinics-api.ts';
import '../features/clinics/clinics.css';

/** The booking clerk's queue: accepted clinic requests with no live appointment, urgent first, then oldest. */
export function BookingQueuePage() {
  usePageTitle('Booking queue');
  const loaded = useLoad(getBookingQueue, 'booking-queue');
  return (
    <>
      <h1 className="nhsuk-heading-l">Booking queue</h1>
      <p>
        Referrals waiting for an appointment at a community photography clinic: urgent first, then the longest waiting.
      </p>
      {loaded.status === 'failed' && (
        <LoadFailure problem={loaded.problem} what="Booking queue" onRetry={loaded.reload} />
      )}
      {loaded.status === 'loaded' && (
        <>
          <p aria-live="polite">{summary(loaded.value.length)}</p>
          {loaded.value.length > 0 && <BookingQueueTable items={loaded.value} caption={summary(loaded.value.length)} />}
        </>
      )}
    </>
  );
}

function summary(count: number): string {
  if (count === 0) return 'No referrals are waiting to be booked.';
  return count === 1 ? '1 referral waiting to be booked' : `${count} referrals waiting to be booked`;
}
