import { Checkboxes } from '../../components/checkboxes.tsx';
import { Fieldset } from '../../components/fieldset.tsx';
import { Radios } from '../../components/radios.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { Textarea } from '../../components/textarea.tsx';
import type { QuestionnaireDraft } from './questionnaire-draft.ts';
import { durationUnits, previousSkinCancerLabels, questionLabels, symptomLabels } from './questionnaire-labels.ts';

type QuestionnaireFieldsProps = {
  draft: QuestionnaireDraft;
  onChange: (draft: QuestionnaireDraft) => void;
  errors: Record<string, string>;
};

/** The patient's questions about their skin, one after another, each in plain words with an example. */
export function QuestionnaireFields({ draft, onChange, errors }: QuestionnaireFieldsProps) {
  const set = <K extends keyof QuestionnaireDraft>(key: K, value: QuestionnaireDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const textarea = (key: 'otherSymptoms' | 'changes' | 'treatmentsTried' | 'medicines' | 'allergies') => ({
    id: key,
    name: key,
    label: questionLabels[key],
    labelSize: 's' as const,
    rows: 3,
    value: draft[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  });

  return (
    <>
      <Fieldset
        legend={questionLabels.duration}
        legendSize="s"
        hint="If you have had it on and off, tell us how long since it first appeared"
        hintId="durationValue-hint"
        errorId="durationValue-error"
        error={errors['durationValue']}
      >
        <div className="app-inline-fields">
          <TextInput
            id="durationValue"
            label="Number"
            width={3}
            inputMode="numeric"
            value={draft.durationValue}
            onChange={(event) => set('durationValue', event.target.value)}
          />
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="durationUnit">
              Days, weeks, months or years
            </label>
            <select
              className="nhsuk-select"
              id="durationUnit"
              value={draft.durationUnit}
              onChange={(event) => set('durationUnit', event.target.value as QuestionnaireDraft['durationUnit'])}
            >
              <option value="">Choose</option>
              {durationUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {unit[0]?.toUpperCase()}
                  {unit.slice(1)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </Fieldset>
      <Checkboxes
        id="symptoms"
        name="symptoms"
        legend={questionLabels.symptoms}
        legendSize="s"
        hint="Select all that apply"
        error={errors['symptoms']}
        options={[
          { value: 'itch', label: symptomLabels.itch },
          { value: 'bleeding', label: symptomLabels.bleeding },
          { value: 'pain', label: symptomLabels.pain },
          { value: 'none', label: symptomLabels.none, exclusive: true },
        ]}
        values={draft.symptoms}
        onChange={(values) => set('symptoms', values)}
      />
      <Textarea {...textarea('otherSymptoms')} hint="For example, it is crusty, it weeps, or it comes and goes" />
      <Textarea {...textarea('changes')} hint="For example, it has grown, changed shape or got darker" />
      <Textarea {...textarea('treatmentsTried')} hint="For example, creams from a pharmacy, and whether they helped" />
      <Textarea
        {...textarea('medicines')}
        hint="Include creams, inhalers and medicines you buy yourself. If you take none, write none."
      />
      <Textarea
        {...textarea('allergies')}
        hint="For example, to medicines or plasters. If you have none, write none."
      />
      <Radios
        id="previousSkinCancer"
        name="previousSkinCancer"
        legend={questionLabels.previousSkinCancer}
        legendSize="s"
        error={errors['previousSkinCancer']}
        options={(['yes', 'no', 'not_sure'] as const).map((value) => ({
          value,
          label: previousSkinCancerLabels[value],
        }))}
        value={draft.previousSkinCancer}
        onChange={(value) => set('previousSkinCancer', value)}
      />
      {draft.previousSkinCancer === 'yes' && (
        <div className="app-follow-on">
          <Textarea
            id="previousSkinCancerDetails"
            name="previousSkinCancerDetails"
            label={questionLabels.previousSkinCancerDetails}
            rows={2}
            value={draft.previousSkinCancerDetails}
            error={errors['previousSkinCancerDetails']}
            onChange={(event) => set('previousSkinCancerDetails', event.target.value)}
          />
        </div>
      )}
    </>
  );
}
