import type { Diagnosis } from './review-api.ts';

/** The diagnoses most often made from photographs, one click each (SNOMED CT concept ids from the curated list). */
const commonCodes = [
  '394726009', // Seborrhoeic keratosis
  '400010006', // Melanocytic naevus of skin
  '201101007', // Actinic keratosis
  '72100002', // Solar lentigo
  '254750001', // Fibrous histiocytoma of skin (dermatofibroma)
  '201091002', // Skin tag
  '5050001', // Senile angioma (cherry angioma)
  '254701007', // Basal cell carcinoma of skin
];

type Props = {
  list: Diagnosis[];
  text: string;
  chosen: Diagnosis | null;
  error?: string | undefined;
  onText: (text: string) => void;
};

/**
 * The diagnosis: one of the common ones with a click, or any of the curated list by typing (the browser offers
 * the matching terms), or free text when nothing fits. Naming a listed diagnosis codes it.
 */
export function DiagnosisField({ list, text, chosen, error, onText }: Props) {
  const common = commonCodes.map((code) => list.find((d) => d.code === code)).filter((d): d is Diagnosis => Boolean(d));
  return (
    <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id="common-diagnoses">
        Common diagnoses
      </h3>
      <ul className="app-quick-picks" aria-labelledby="common-diagnoses">
        {common.map((diagnosis) => (
          <li key={diagnosis.code}>
            <button
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              aria-pressed={chosen?.code === diagnosis.code}
              onClick={() => onText(diagnosis.term)}
            >
              {diagnosis.term}
            </button>
          </li>
        ))}
      </ul>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="diagnosis">
        Diagnosis
      </label>
      <div className="nhsuk-hint" id="diagnosis-hint">
        Start typing to choose from {list.length} coded diagnoses, or describe it in words if none fits
      </div>
      {error && (
        <span className="nhsuk-error-message" id="diagnosis-error">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <input
        className={error ? 'nhsuk-input nhsuk-input--error' : 'nhsuk-input'}
        id="diagnosis"
        type="text"
        list="diagnosis-terms"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => onText(event.target.value)}
        aria-describedby={['diagnosis-hint', 'diagnosis-coded', error ? 'diagnosis-error' : ''].join(' ').trim()}
        aria-invalid={error ? true : undefined}
      />
      <datalist id="diagnosis-terms">
        {list.map((diagnosis) => (
          <option key={diagnosis.code} value={diagnosis.term} />
        ))}
      </datalist>
      <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0" id="diagnosis-coded" aria-live="polite">
        {chosen
          ? `Coded: SNOMED CT ${chosen.code}`
          : text.trim()
            ? 'Not in the list: it will be recorded in your words'
            : ''}
      </p>
    </div>
  );
}
