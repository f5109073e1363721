import { formatDateTime } from '../../components/dates.ts';
import { MultilineText, SummaryList } from '../../components/summary-list.tsx';
import type { Questionnaire } from '../../../../shared/patient-questions.ts';
import type { PatientQuestionnaire } from './patient-link-api.ts';
import { durationText, previousSkinCancerLabels, questionLabels, symptomLabels } from './questionnaire-labels.ts';

/** The patient's answers to the questionnaire, for the practice and the dermatologist, under the questions asked. */
export function PatientAnswers({ questionnaire }: { questionnaire: PatientQuestionnaire }) {
  return (
    <section aria-labelledby="patient-answers-heading">
      <h3 className="nhsuk-heading-s" id="patient-answers-heading">
        The patient&rsquo;s answers
      </h3>
      <p className="nhsuk-body-s app-muted">
        {questionnaire.completedAt
          ? `Finished on ${formatDateTime(questionnaire.completedAt)}`
          : `Not finished yet: last saved on ${formatDateTime(questionnaire.updatedAt)}`}
      </p>
      <QuestionnaireAnswers answers={questionnaire.answers} />
    </section>
  );
}

/** The answers alone, under the questions asked: for the practice, and for the photographer going through them. */
export function QuestionnaireAnswers({ answers }: { answers: Questionnaire }) {
  const cancer = answers.previousSkinCancer;
  return (
    <SummaryList
      rows={[
        { key: questionLabels.duration, value: <MultilineText text={durationText(answers)} /> },
        {
          key: questionLabels.symptoms,
          value: <MultilineText text={answers.symptoms?.map((s) => symptomLabels[s]).join('\n')} />,
        },
        { key: 'Anything else noticed', value: <MultilineText text={answers.otherSymptoms} /> },
        { key: 'Changes', value: <MultilineText text={answers.changes} /> },
        { key: 'Treatments tried', value: <MultilineText text={answers.treatmentsTried} /> },
        { key: 'Medicines', value: <MultilineText text={answers.medicines} /> },
        { key: 'Allergies', value: <MultilineText text={answers.allergies} /> },
        {
          key: 'Skin cancer before',
          value: (
            <MultilineText
              text={
                cancer
                  ? [previousSkinCancerLabels[cancer], answers.previousSkinCancerDetails].filter(Boolean).join('\n')
                  : null
              }
            />
          ),
        },
      ]}
    />
  );
}
