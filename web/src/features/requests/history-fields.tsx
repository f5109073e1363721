import { Checkboxes } from '../../components/checkboxes.tsx';
import { Fieldset } from '../../components/fieldset.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { durationUnitOptions, type HistoryAnswers, type Symptom } from './history-answers.ts';

export type HistoryFieldsProps = {
  answers: HistoryAnswers;
  set: <K extends keyof HistoryAnswers>(key: K, value: HistoryAnswers[K]) => void;
  errors: Record<string, string>;
};

const symptomOptions: { value: Symptom; label: string }[] = [
  { value: 'itch', label: 'Itch' },
  { value: 'bleeding', label: 'Bleeding' },
  { value: 'pain', label: 'Pain' },
];

/** The clinical question and the story of the problem: how long, how it changed, symptoms and treatment. */
export function QuestionAndStoryFields({ answers, set, errors }: HistoryFieldsProps) {
  const textarea = (key: 'changes' | 'treatmentsTried' | 'treatmentEffect' | 'currentMedicines') => ({
    id: `history-${key}`,
    value: answers[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: errors[`history.${key}`],
  });
  return (
    <>
      <Textarea
        id="clinicalQuestion"
        label="What is your clinical question?"
        labelSize="m"
        hint="What you would like the dermatologist to tell you or do"
        rows={5}
        value={answers.clinicalQuestion}
        onChange={(event) => set('clinicalQuestion', event.target.value)}
        error={errors['clinicalQuestion']}
      />
      <Fieldset
        legend="How long has the patient had the problem?"
        hintId="history-durationValue-hint"
        errorId="history-durationValue-error"
        error={errors['history.durationValue']}
      >
        <div className="app-inline-fields">
          <TextInput
            id="history-durationValue"
            label="Number"
            width={3}
            inputMode="numeric"
            value={answers.durationValue}
            onChange={(event) => set('durationValue', event.target.value)}
          />
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="history-durationUnit">
              Unit
            </label>
            <select
              className="nhsuk-select"
              id="history-durationUnit"
              value={answers.durationUnit}
              onChange={(event) => set('durationUnit', event.target.value as HistoryAnswers['durationUnit'])}
            >
              <option value="">Choose</option>
              {durationUnitOptions.map((unit) => (
                <option key={unit} value={unit}>
                  {unit[0]?.toUpperCase()}
                  {unit.slice(1)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </Fieldset>
      <Textarea
        label="How has it changed? (optional)"
        hint="For example size, shape or colour"
        {...textarea('changes')}
      />
      <Checkboxes
        id="history-symptoms"
        name="symptoms"
        legend="Symptoms"
        hint="Select all that apply"
        options={symptomOptions}
        values={answers.symptoms}
        onChange={(symptoms) => set('symptoms', symptoms)}
      />
      <TextInput
        id="history-otherSymptoms"
        label="Other symptoms (optional)"
        value={answers.otherSymptoms}
        onChange={(event) => set('otherSymptoms', event.target.value)}
        error={errors['history.otherSymptoms']}
      />
      <Textarea
        label="Treatments tried (optional)"
        hint="Medicines and how long they were used"
        {...textarea('treatmentsTried')}
      />
      <Textarea label="What effect did the treatment have? (optional)" {...textarea('treatmentEffect')} />
      <Textarea label="Current medicines (optional)" {...textarea('currentMedicines')} />
    </>
  );
}
