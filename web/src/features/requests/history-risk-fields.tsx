import { Checkboxes } from '../../components/checkboxes.tsx';
import { YesNoRadios } from '../../components/radios.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { skinCancerLabels } from '../../../../shared/request-content.ts';
import type { HistoryFieldsProps } from './history-fields.tsx';

const previousCancerOptions = [
  ...(['melanoma', 'scc', 'high_risk_bcc', 'low_risk_bcc', 'other'] as const).map((value) => ({
    value,
    label: skinCancerLabels[value],
  })),
  { value: 'none', label: 'None', exclusive: true },
] as const;

const suspectedCancerOptions = [
  ...(['melanoma', 'scc', 'high_risk_bcc'] as const).map((value) => ({ value, label: skinCancerLabels[value] })),
  { value: 'no', label: 'No, I do not suspect skin cancer', exclusive: true },
] as const;

type YesNoKey = 'immunosuppressed' | 'transplant' | 'underHospitalConsultant' | 'needsTertiaryCare';
const yesNoQuestions: { key: YesNoKey; legend: string; hint?: string }[] = [
  { key: 'immunosuppressed', legend: 'Is the patient immunosuppressed?', hint: 'Including by medicines' },
  { key: 'transplant', legend: 'Has the patient had an organ transplant?' },
  {
    key: 'underHospitalConsultant',
    legend: 'Is a hospital consultant already treating the patient for a severe inflammatory skin disease?',
    hint: 'For example severe psoriasis or eczema on a biologic medicine',
  },
  { key: 'needsTertiaryCare', legend: 'Does the condition need care at a specialist (tertiary) centre?' },
];

/** The answers the eligibility rules read: immune status, cancers past and suspected, specialist care. */
export function RiskFields({ answers, set, errors }: HistoryFieldsProps) {
  return (
    <>
      {yesNoQuestions.map((question) => (
        <YesNoRadios
          key={question.key}
          id={`history-${question.key}`}
          name={question.key}
          legend={question.legend}
          legendSize="s"
          {...(question.hint ? { hint: question.hint } : {})}
          value={answers[question.key]}
          onChange={(value) => set(question.key, value)}
          error={errors[`history.${question.key}`]}
        />
      ))}
      <Checkboxes
        id="history-previousSkinCancer"
        name="previousSkinCancer"
        legend="Has the patient had skin cancer before?"
        legendSize="s"
        hint="Select all that apply"
        options={previousCancerOptions}
        values={answers.previousSkinCancer}
        onChange={(values) => set('previousSkinCancer', values)}
        error={errors['history.previousSkinCancer']}
      />
      {answers.previousSkinCancer.some((value) => value !== 'none') && (
        <TextInput
          id="history-previousSkinCancerDetails"
          label="Details of the previous skin cancer (optional)"
          hint="Where and when, and how it was treated"
          value={answers.previousSkinCancerDetails}
          onChange={(event) => set('previousSkinCancerDetails', event.target.value)}
        />
      )}
      <Checkboxes
        id="history-suspectedCancer"
        name="suspectedCancer"
        legend="Do you suspect skin cancer?"
        legendSize="s"
        hint="A suspected melanoma, SCC or high-risk BCC must go on the urgent suspected cancer pathway (two-week wait)"
        options={suspectedCancerOptions}
        values={answers.suspectedCancer}
        onChange={(values) => set('suspectedCancer', values)}
        error={errors['history.suspectedCancer']}
      />
      <Textarea
        id="history-relevantHistory"
        label="Other relevant history (optional)"
        hint="Past medical history, family history of skin cancer, allergies"
        value={answers.relevantHistory}
        onChange={(event) => set('relevantHistory', event.target.value)}
        error={errors['history.relevantHistory']}
      />
    </>
  );
}
