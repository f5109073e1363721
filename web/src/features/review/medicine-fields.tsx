import { TextInput } from '../../components/text-input.tsx';
import type { Medicine } from '../requests/requests-api.ts';

type Props = {
  medicines: Medicine[];
  errors: Record<string, string>;
  onChange: (medicines: Medicine[]) => void;
};

const fields: [key: keyof Medicine, label: string, hint?: string][] = [
  ['name', 'Medicine'],
  ['strength', 'Strength (optional)', 'For example, 5%'],
  ['form', 'Form (optional)', 'For example, cream'],
  ['directions', 'Directions'],
  ['duration', 'Duration (optional)', 'For example, 4 weeks'],
];

/** What the GP is to prescribe, one box per medicine; the diagnosis's usual medicine is filled in when there is one. */
export function MedicineFields({ medicines, errors, onChange }: Props) {
  const change = (index: number, key: keyof Medicine, value: string) =>
    onChange(medicines.map((m, i) => (i === index ? { ...m, [key]: value } : m)));
  return (
    <>
      {medicines.map((medicine, index) => (
        <fieldset className="nhsuk-fieldset app-medicine" key={index}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Medicine {index + 1}</legend>
          {fields.map(([key, label, hint]) => (
            <TextInput
              key={key}
              id={`medicines-${index}-${key}`}
              label={label}
              {...(hint ? { hint } : {})}
              error={
                errors[`medicines.${index}.${key}`] ?? (index === 0 && key === 'name' ? errors['medicines'] : undefined)
              }
              value={medicine[key]}
              onChange={(event) => change(index, key, event.target.value)}
            />
          ))}
          {medicines.length > 1 && (
            <p>
              <button
                className="app-link-button"
                type="button"
                onClick={() => onChange(medicines.filter((_, i) => i !== index))}
              >
                Remove medicine {index + 1}
              </button>
            </p>
          )}
        </fieldset>
      ))}
      {medicines.length < 5 && (
        <p>
          <button
            className="app-link-button"
            type="button"
            onClick={() => onChange([...medicines, { name: '', strength: '', form: '', directions: '', duration: '' }])}
          >
            Add another medicine
          </button>
        </p>
      )}
    </>
  );
}
