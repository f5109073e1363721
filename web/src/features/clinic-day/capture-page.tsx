import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { londonDate } from '../../../../shared/london-time.ts';
import { formatCalendarDate, formatDate, formatTime } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PhotoRemovedBanner } from '../images/photo-removed-banner.tsx';
import { uploadsInProgress } from '../images/upload-queue.ts';
import { usePhotographs } from '../images/use-photographs.ts';
import { formatNhsNumber } from '../patients/nhs-number.ts';
import { ArrivalActions, didNotAttendText } from './arrival-actions.tsx';
import { completeCapture, getCapture, type Capture, type DidNotAttendResult } from './clinic-day-api.ts';
import './clinic-day.css';
import { DayStatusTag } from './day-tags.tsx';
import { LesionCapture } from './lesion-capture.tsx';
import { QuestionnaireCheck } from './questionnaire-check.tsx';
import { RemoveClinicPhoto, removeClinicPhotoPath } from './remove-clinic-photo.tsx';

/** /clinic-day/:appointmentId: one patient at the clinic, from arrival to the photographs sent for review. */
export function CapturePage() {
  const { appointmentId = '' } = useParams();
  const [search] = useSearchParams();
  // ?remove=<image id> asks why a photograph is to be removed (remove-clinic-photo.tsx). The capture is read afresh
  // on the way there and back, so that the page shows the photograph gone and its view missing again.
  const removing = search.get('remove');
  const key = `${appointmentId}/${removing ?? ''}`;
  const loaded = useLoad(() => getCapture(appointmentId).then((capture) => ({ key, capture })), key);
  if (loaded.status === 'loading' || (loaded.status === 'loaded' && loaded.value.key !== key)) return null;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Appointment" onRetry={loaded.reload} />;
  const { capture } = loaded.value;
  if (removing) return <RemoveClinicPhoto capture={capture} imageId={removing} />;
  // Keyed by appointment, so that its uploads and answers start afresh when another appointment is opened.
  return <CaptureView key={appointmentId} initial={capture} />;
}

type Notice = { kind: 'arrived' } | { kind: 'did_not_attend'; result: DidNotAttendResult };

function CaptureView({ initial }: { initial: Capture }) {
  const [capture, setCapture] = useState(initial);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [completing, setCompleting] = useState(false);
  const [sent, setSent] = useState<{ dueAt: string | null } | null>(null);
  // The questionnaire's errors, or a refusal to complete; the refusal stands only while nothing it lists is done.
  const formErrors = useFormErrors();
  const [refusal, setRefusal] = useState<{ items: string[]; missing: string; attempt: number } | null>(null);
  const missingNow = capture.missing.join('\n');
  const summary = formErrors.hasErrors
    ? { items: formErrors.errors.summary, attempt: formErrors.errors.attempt, title: 'There is a problem' }
    : refusal && refusal.missing === missingNow
      ? {
          items: refusal.items.map((text) => ({ text })),
          attempt: -refusal.attempt,
          title: 'The capture is not complete yet',
        }
      : null;
  const photographs = usePhotographs(capture.requestId);
  const noticeRef = useRef<HTMLDivElement>(null);
  usePageTitle(sent ? 'Sent for consultant review' : `${capture.patientName}: clinic appointment`, {
    hasErrors: Boolean(summary),
  });

  const { appointmentId } = capture;
  const refresh = useCallback(
    () =>
      getCapture(appointmentId).then(setCapture, (error: unknown) => {
        // The checklist catches up at the next change; the photographs themselves are shown from their own list.
        if (!(error instanceof ApiError)) console.error(error);
      }),
    [appointmentId],
  );

  // Each photo added, processed or refused changes what is done and missing: read the capture again.
  const photoStates = (photographs.images ?? []).map((image) => `${image.id}:${image.state}`).join(',');
  const seenStates = useRef(photoStates);
  useEffect(() => {
    if (seenStates.current === photoStates) return;
    seenStates.current = photoStates;
    void refresh();
  }, [photoStates, refresh]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const refuse = (items: string[], missing = missingNow) => {
    formErrors.clear();
    setRefusal((previous) => ({ items, missing, attempt: (previous?.attempt ?? 0) + 1 }));
  };

  const complete = async () => {
    if (uploadsInProgress(photographs.uploads)) {
      return refuse(['Wait until the photographs have finished uploading, or cancel them']);
    }
    setCompleting(true);
    try {
      const result = await completeCapture(appointmentId);
      setSent({ dueAt: result.dueAt });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // Everything still missing, each a line of the summary (a view, or the questionnaire), none a field here.
      const listed = error.fieldErrors.map((e) => e.message);
      const updated = await getCapture(appointmentId).catch(() => null);
      if (updated) setCapture(updated);
      refuse(listed.length ? listed : [error.problem.detail], updated ? updated.missing.join('\n') : missingNow);
    } finally {
      setCompleting(false);
    }
  };

  const clinicListLink = `/clinic-day?date=${londonDate(capture.startsAt)}`;
  if (sent) return <CaptureSent capture={capture} dueAt={sent.dueAt} clinicListLink={clinicListLink} />;

  const arrived = ['arrived', 'in_progress', 'done'].includes(capture.status);
  const open = capture.status === 'arrived' || capture.status === 'in_progress';
  return (
    <>
      <BackLink to={clinicListLink}>Back to the clinic list</BackLink>
      {summary && <ErrorSummary items={summary.items} attempt={summary.attempt} title={summary.title} />}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PhotoRemovedBanner />
          <h1 className="nhsuk-heading-l">
            <span className="nhsuk-caption-l">
              {formatTime(capture.startsAt)}, {capture.site.name}
            </span>
            {capture.patientName}
          </h1>
          {notice && (
            <div ref={noticeRef} tabIndex={-1}>
              <NotificationBanner variant="success">
                {notice.kind === 'arrived'
                  ? `${capture.patientName} is marked as arrived. You can now take the photographs.`
                  : `${capture.patientName} is marked as did not attend. ${didNotAttendText(notice.result)}`}
              </NotificationBanner>
            </div>
          )}
          <SummaryList
            rows={[
              { key: 'Date of birth', value: formatCalendarDate(capture.dateOfBirth) },
              { key: 'NHS number', value: formatNhsNumber(capture.nhsNumber) },
              { key: 'Reference', value: capture.reference },
              {
                key: 'Appointment',
                value: `${formatTime(capture.startsAt)} on ${formatDate(capture.startsAt)}, ${capture.site.name}`,
              },
              { key: 'Status', value: <DayStatusTag status={capture.status} /> },
            ]}
          />
          {capture.status === 'expected' && (
            <ArrivalActions
              capture={capture}
              onArrived={(updated) => {
                setCapture(updated);
                setNotice({ kind: 'arrived' });
              }}
              onDidNotAttend={(result) => {
                setNotice({ kind: 'did_not_attend', result });
                void refresh();
              }}
            />
          )}
          {capture.status === 'did_not_attend' && !notice && (
            <p>The patient did not attend this appointment. The booking team arranges what happens next.</p>
          )}
          {capture.status === 'done' && (
            <div className="nhsuk-inset-text">
              <p>The photographs of this appointment have been sent for consultant review.</p>
            </div>
          )}
          {arrived && (
            <>
              {capture.lesions.map((lesion) => (
                <LesionCapture
                  key={lesion.id}
                  lesion={lesion}
                  // Numbered as the referral numbers them, and as "What is still missing" names them.
                  lesionNumber={lesion.position}
                  photographs={photographs}
                  canAdd={open}
                  // Taken off before the capture is sent, so before any dermatologist can have seen it.
                  removeTo={open ? (image) => removeClinicPhotoPath(appointmentId, image.id) : undefined}
                />
              ))}
              <QuestionnaireCheck
                key={capture.questionnaire?.confirmedAt ?? capture.questionnaireConfirmedAt ?? 'unconfirmed'}
                capture={capture}
                editable={open}
                onConfirmed={setCapture}
                formErrors={formErrors}
              />
            </>
          )}
          {open && (
            <section aria-labelledby="missing-heading">
              <h2 className="nhsuk-heading-m" id="missing-heading">
                What is still missing
              </h2>
              {capture.missing.length > 0 ? (
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {capture.missing.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : (
                <p>Nothing: every view of every lesion is in and the questionnaire is confirmed.</p>
              )}
              <p>When everything is done, send the photographs and answers to the consultant.</p>
              <button className="nhsuk-button" type="button" disabled={completing} onClick={() => void complete()}>
                Capture complete: send for review
              </button>
            </section>
          )}
        </div>
      </div>
    </>
  );
}

type CaptureSentProps = { capture: Capture; dueAt: string | null; clinicListLink: string };

/** The confirmation once the capture is complete: the case is with the consultants, and by when they respond. */
function CaptureSent({ capture, dueAt, clinicListLink }: CaptureSentProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__heading" ref={heading} tabIndex={-1}>
            Sent for consultant review
          </h1>
          <div className="nhsuk-panel__body">
            Reference <strong className="app-nowrap">{capture.reference}</strong>
          </div>
        </div>
        <p>
          The photographs and answers for {capture.patientName} are with the dermatology service.
          {dueAt ? ` A consultant will respond by ${formatDate(dueAt)}.` : ''}
        </p>
        <p>
          <Link to={clinicListLink}>Back to the clinic list</Link>
        </p>
      </div>
    </div>
  );
}
