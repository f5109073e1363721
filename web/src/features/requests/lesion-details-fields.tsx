import { CheckboxItem } from '../../components/checkboxes.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { asksObscuredByHair, type LesionAnswers } from './lesion-answers.ts';

type LesionDetailsFieldsProps = {
  answers: LesionAnswers;
  set: (changes: Partial<LesionAnswers>) => void;
  errors: Record<string, string>;
};

/** What the lesion looks like, its size, and (on a hair-bearing site) whether hair hides it. */
export function LesionDetailsFields({ answers, set, errors }: LesionDetailsFieldsProps) {
  return (
    <>
      <Textarea
        id="description"
        label="Description"
        hint="For example colour, shape, border and surface"
        value={answers.description}
        onChange={(event) => set({ description: event.target.value })}
        error={errors['description']}
      />
      <TextInput
        id="sizeMm"
        label="Size in millimetres (optional)"
        hint="The largest diameter, if you measured it"
        width={4}
        inputMode="decimal"
        value={answers.sizeMm}
        onChange={(event) => set({ sizeMm: event.target.value })}
        error={errors['sizeMm']}
      />
      {asksObscuredByHair(answers.choice) && (
        <div className={errors['obscuredByHair'] ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
          {errors['obscuredByHair'] && (
            <p className="nhsuk-error-message" id="obscuredByHair-error">
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {errors['obscuredByHair']}
            </p>
          )}
          <div className="nhsuk-checkboxes">
            <CheckboxItem
              id="obscuredByHair"
              name="obscuredByHair"
              label="The lesion is in hair that photographs cannot see through"
              hint="The service cannot assess a lesion that photographs cannot show"
              checked={answers.obscuredByHair}
              onChange={(obscuredByHair) => set({ obscuredByHair })}
            />
          </div>
        </div>
      )}
    </>
  );
}
