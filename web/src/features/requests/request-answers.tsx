import { Link } from 'react-router';
import { formatCalendarDate, formatDate } from '../../components/dates.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { consentMethodLabels, requestKindLabels } from '../../../../shared/request-content.ts';
import { linkInUse } from '../patient/patient-link-api.ts';
import { formatNhsNumber } from '../patients/nhs-number.ts';
import { draftPath } from './draft-steps.ts';
import { countsForLesion, type RequestImage } from '../images/images-api.ts';
import { HistorySummary } from './history-summary.tsx';
import { LesionCard } from './lesion-card.tsx';
import type { RequestDetail } from './requests-api.ts';

const sexLabels: Record<string, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not known' };

type RequestAnswersProps = {
  request: RequestDetail;
  editable: boolean;
  /** The request's photographs, counted under each lesion once loaded. */
  images?: RequestImage[] | null;
};

/**
 * Everything the referrer told the service, section by section. On a draft's check-your-answers page each
 * answer has a Change link back to its question page, which returns here once saved.
 */
export function RequestAnswers({ request, editable, images }: RequestAnswersProps) {
  const back = '?return=check';
  const change = (step: 'type' | 'consent', hiddenText: string) =>
    editable ? { to: `${draftPath(request.id, step)}${back}`, hiddenText } : undefined;
  const { patient, consent } = request;
  return (
    <>
      <h2 className="nhsuk-heading-m">Patient</h2>
      <SummaryList
        rows={[
          { key: 'Name', value: `${patient.givenName} ${patient.familyName}` },
          { key: 'NHS number', value: formatNhsNumber(patient.nhsNumber) },
          { key: 'Date of birth', value: formatCalendarDate(patient.dateOfBirth) },
          { key: 'Sex', value: sexLabels[patient.sex] ?? patient.sex },
          { key: 'Postcode', value: patient.postcode },
        ]}
      />
      <h2 className="nhsuk-heading-m">About the request</h2>
      <SummaryList
        rows={[
          { key: 'Type', value: requestKindLabels[request.kind], change: change('type', 'type of request') },
          ...(request.kind === 'advice_and_guidance'
            ? [
                {
                  key: 'Conversion to a referral',
                  value: request.conversionAuthorised ? 'Authorised' : 'Not authorised',
                  change: change('type', 'conversion to a referral'),
                },
              ]
            : []),
          {
            key: 'Urgency',
            value: request.urgency === 'urgent' ? 'Urgent' : 'Routine',
            change: change('type', 'urgency'),
          },
          { key: 'Dermatology service', value: request.service.name, change: change('type', 'dermatology service') },
        ]}
      />
      <h2 className="nhsuk-heading-m">Consent</h2>
      <SummaryList
        rows={
          consent
            ? [
                {
                  key: 'Referral and sharing photographs',
                  value: consent.withdrawnAt ? `Withdrawn on ${formatDate(consent.withdrawnAt)}` : 'Agreed',
                  change: change('consent', 'consent'),
                },
                {
                  key: 'Teaching use',
                  value: consent.teachingUse ? 'Agreed' : 'Not agreed',
                  change: change('consent', 'teaching use'),
                },
                {
                  key: 'How and when',
                  value: `${consentMethodLabels[consent.method]}, ${formatDate(consent.recordedAt)}${consent.recordedByName ? `, recorded by ${consent.recordedByName}` : ''}`,
                  change: change('consent', 'how consent was given'),
                },
              ]
            : [
                {
                  key: 'Consent',
                  value:
                    request.patientLink && linkInUse(request.patientLink)
                      ? `Not given yet: the patient was sent a secure link to give it on ${formatDate(request.patientLink.sentAt)}`
                      : 'Not recorded',
                  change: change('consent', 'consent'),
                },
              ]
        }
      />
      <h2 className="nhsuk-heading-m">Clinical question and history</h2>
      <HistorySummary
        clinicalQuestion={request.clinicalQuestion}
        history={request.history}
        changeTo={editable ? `${draftPath(request.id, 'history')}${back}` : undefined}
      />
      <h2 className="nhsuk-heading-m">Lesions</h2>
      {request.lesions.length === 0 && <p>No lesions added.</p>}
      {request.lesions.map((lesion, index) => (
        <LesionCard
          key={lesion.id}
          lesion={lesion}
          number={index + 1}
          photoCount={images?.filter((image) => countsForLesion(image, lesion.id)).length}
        />
      ))}
      {editable && (
        <p>
          <Link to={draftPath(request.id, 'lesions')}>
            Change<span className="nhsuk-u-visually-hidden"> the</span> lesions
          </Link>
        </p>
      )}
    </>
  );
}
