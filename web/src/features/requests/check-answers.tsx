import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/error-summary.tsx';
import { fieldIdFor } from '../../components/form-errors.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { photographyLabels } from '../../../../shared/request-content.ts';
import { countsForLesion, listImages } from '../images/images-api.ts';
import { DraftCaption } from './draft-page.tsx';
import { draftPath, referrerAddsPhotos, stepForField } from './draft-steps.ts';
import { RequestAnswers } from './request-answers.tsx';
import { submitRequest, type RequestDetail } from './requests-api.ts';

/** Check your answers, then submit: eligibility is decided at once and the result page says what it was. */
export function CheckAnswers({ draft }: { draft: RequestDetail }) {
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [problems, setProblems] = useState<{ items: ErrorSummaryItem[]; attempt: number } | null>(null);
  usePageTitle('Check your answers before sending the request', { hasErrors: problems !== null });
  const images = useLoad(() => listImages(draft.id), draft.id);
  const loadedImages = images.status === 'loaded' ? images.value : null;
  const addsPhotos = referrerAddsPhotos(draft);
  const withoutPhotos =
    loadedImages && addsPhotos
      ? draft.lesions.flatMap((lesion, index) =>
          loadedImages.some((image) => countsForLesion(image, lesion.id)) ? [] : [index + 1],
        )
      : [];

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    try {
      await submitRequest(draft.id);
      await navigate(`/requests/${draft.id}/submitted`, { replace: true });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setSubmitting(false);
      // Each missing answer links to the page where it is given, and on that page to the field itself.
      const items = error.fieldErrors.length
        ? error.fieldErrors.map(({ field, message }) => ({
            text: message,
            to: `${draftPath(draft.id, stepForField(field))}?return=check#${fieldIdFor(field)}`,
          }))
        : [{ text: error.problem.detail }];
      setProblems((previous) => ({ items, attempt: (previous?.attempt ?? 0) + 1 }));
    }
  };

  return (
    <>
      {problems && (
        <ErrorSummary title="The request is not complete" items={problems.items} attempt={problems.attempt} />
      )}
      <h1 className="nhsuk-heading-l">
        <DraftCaption draft={draft} />
        Check your answers before sending the request
      </h1>
      <RequestAnswers request={draft} editable images={loadedImages} />
      <h2 className="nhsuk-heading-m">Photographs</h2>
      <SummaryList
        rows={[
          {
            key: 'Who takes them',
            value: draft.photography ? photographyLabels[draft.photography] : 'Not answered',
            change: {
              to: `${draftPath(draft.id, 'type')}?return=check#photography`,
              hiddenText: 'who takes the photographs',
            },
          },
        ]}
      />
      <h2 className="nhsuk-heading-m">Now send the request</h2>
      {!addsPhotos && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Once the service accepts the request, it books the patient into a community photography clinic and sends
            them the appointment. The clinic takes the photographs; the dermatologist reviews the request after that.
          </p>
        </div>
      )}
      {withoutPhotos.length > 0 && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {withoutPhotos.length === 1 ? `Lesion ${withoutPhotos[0]} has` : `Lesions ${withoutPhotos.join(', ')} have`}{' '}
            no photographs. You can send the request now and add them afterwards: the dermatologist reviews it once
            every lesion has at least one.
          </p>
        </div>
      )}
      <p>
        The service checks at once whether it can accept the request. A suspected skin cancer is not accepted: you will
        be told to refer on the urgent suspected cancer pathway instead.
      </p>
      <button className="nhsuk-button" type="button" disabled={submitting} onClick={() => void submit()}>
        Submit request
      </button>
    </>
  );
}
