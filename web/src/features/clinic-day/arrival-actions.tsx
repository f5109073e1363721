import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { WarningCallout } from '../../components/warning-callout.tsx';
import { didNotAttendFromText, useTimeReached } from '../clinics/did-not-attend-from.ts';
import { markArrived, markDidNotAttend, type Capture, type DidNotAttendResult } from './clinic-day-api.ts';

type ArrivalActionsProps = {
  capture: Capture;
  onArrived: (capture: Capture) => void;
  onDidNotAttend: (result: DidNotAttendResult) => void;
};

/**
 * Before the patient is seen: "Mark as arrived" opens the capture; "Did not attend" asks first, because it sets the
 * service's rule going (another appointment offered, or the request returned to the GP practice). It is offered
 * only once the appointment has started and the service's allowance for a late arrival has passed (hazard H11).
 */
export function ArrivalActions({ capture, onArrived, onDidNotAttend }: ArrivalActionsProps) {
  const didNotAttendOpen = useTimeReached(capture.didNotAttendFrom);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const didNotAttendButton = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (returning.current) didNotAttendButton.current?.focus();
    returning.current = false;
  }, [confirming]);

  const act = async <T,>(action: () => Promise<T>, done: (value: T) => void) => {
    setBusy(true);
    setError(null);
    try {
      done(await action());
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure.problem.detail);
      setBusy(false);
    }
  };

  const errorMessage = error && (
    <p className="nhsuk-error-message" id="arrival-error" role="alert">
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {error}
    </p>
  );

  if (confirming) {
    return (
      <WarningCallout
        level={2}
        heading={
          <span ref={confirmHeading} tabIndex={-1}>
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Mark {capture.patientName} as did not attend?
          </span>
        }
      >
        <p>
          Do this only when the appointment time has passed and the patient has not come. The service will then offer
          them another appointment or return the request to their GP practice, as its rules say.
        </p>
        {errorMessage}
        <div className="app-capture-actions">
          <button
            className="nhsuk-button nhsuk-button--warning"
            type="button"
            disabled={busy}
            onClick={() =>
              void act(
                () => markDidNotAttend(capture.appointmentId),
                (body) => onDidNotAttend(body.result),
              )
            }
          >
            Yes, mark as did not attend
          </button>
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            disabled={busy}
            onClick={() => {
              returning.current = true;
              setError(null);
              setConfirming(false);
            }}
          >
            No, go back
          </button>
        </div>
      </WarningCallout>
    );
  }

  return (
    <>
      <p>When the patient arrives, mark them as arrived to start taking photographs.</p>
      {errorMessage}
      <div className="app-capture-actions">
        <button
          className="nhsuk-button"
          type="button"
          disabled={busy}
          aria-describedby={error ? 'arrival-error' : undefined}
          onClick={() => void act(() => markArrived(capture.appointmentId), onArrived)}
        >
          Mark as arrived
        </button>
        {didNotAttendOpen && (
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            disabled={busy}
            ref={didNotAttendButton}
            onClick={() => setConfirming(true)}
          >
            Did not attend
          </button>
        )}
      </div>
      {!didNotAttendOpen && (
        <p>If the patient does not come, you can mark them as did not attend from {didNotAttendFromText(capture)}.</p>
      )}
    </>
  );
}

/** What marking did-not-attend led to, in words. */
export function didNotAttendText(result: DidNotAttendResult): string {
  return result === 'offer_again'
    ? 'The booking team will offer them one more appointment.'
    : 'The request has been returned to their GP practice, who will be sent a letter.';
}
