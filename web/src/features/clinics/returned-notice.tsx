import { useEffect } from 'react';
import { WarningCallout } from '../../components/warning-callout.tsx';
import type { RequestDetail } from '../requests/requests-api.ts';

const pollMs = 1000;

/**
 * A clinic request the service gave back, because the patient did not attend: why, and the letter that says so
 * (made in the background a moment after, so looked for again until it is there).
 */
export function ReturnedNotice({ request, reload }: { request: RequestDetail; reload: () => void }) {
  const returned = request.state === 'returned';
  // The letter returning the request is the referrer's only letter that belongs to no outcome.
  const letter = request.letters.find((l) => l.audience === 'referrer' && l.outcomeId === null);
  const reason = [...request.timeline]
    .reverse()
    .find((entry) => entry.type === 'transition' && entry.kind === 'return_to_referrer')?.text;
  const waiting = returned && !letter;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(reload, pollMs);
    return () => clearTimeout(timer);
  }, [waiting, reload, request]);
  if (!returned) return null;
  return (
    <WarningCallout level={2} heading="Returned to you: the patient did not attend">
      <p>{reason ?? 'The patient did not attend the community photography clinic.'}</p>
      <p>
        {request.service.name} will not review the request without photographs. If the patient still needs an opinion,
        talk to them and send a new request.
      </p>
      {letter ? (
        <p>
          <a href={letter.url} download>
            Download the letter (PDF, {Math.max(1, Math.round(letter.bytes / 1024))} KB)
          </a>
        </p>
      ) : (
        <p aria-live="polite">The letter is being prepared. It will appear here in a moment.</p>
      )}
    </WarningCallout>
  );
}
