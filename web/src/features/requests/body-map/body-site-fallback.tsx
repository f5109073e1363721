import { Radios } from '../../../components/radios.tsx';
import { Select } from '../../../components/select.tsx';
import { bodySiteByCode, bodySites, type Laterality } from '../../../../../shared/body-sites.ts';
import { chooseSite, type BodySiteChoice } from './body-site-choice.ts';

const sideOptions = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'bilateral', label: 'Both sides' },
] as const satisfies readonly { value: Laterality; label: string }[];

type BodySiteFallbackProps = {
  choice: BodySiteChoice | null;
  onChoose: (choice: BodySiteChoice | null) => void;
  errors: Record<string, string>;
};

/**
 * The same choice as the body map, as a list and side buttons, for anyone who cannot use the picture. Both
 * show the one choice, so either can be used to correct the other.
 */
export function BodySiteFallback({ choice, onChoose, errors }: BodySiteFallbackProps) {
  const site = choice ? bodySiteByCode.get(choice.code) : undefined;
  return (
    <>
      <Select
        id="bodySite"
        label="Body site"
        hint="Or choose it from this list"
        value={choice?.code ?? ''}
        onChange={(event) => onChoose(chooseSite(choice, event.target.value))}
        error={errors['bodySite']}
      >
        <option value="">Choose a body site</option>
        {(['front', 'back'] as const).map((view) => (
          <optgroup key={view} label={view === 'front' ? 'Front of the body' : 'Back of the body'}>
            {bodySites
              .filter((s) => s.view === view)
              .map((s) => (
                <option key={s.code} value={s.code}>
                  {s.label}
                </option>
              ))}
          </optgroup>
        ))}
      </Select>
      {site?.paired && choice && (
        <Radios
          id="laterality"
          name="laterality"
          legend="Which side?"
          legendSize="s"
          hint="The patient's own left or right"
          options={sideOptions}
          value={choice.laterality}
          onChange={(laterality) => onChoose({ ...choice, laterality })}
          error={errors['laterality']}
        />
      )}
    </>
  );
}
