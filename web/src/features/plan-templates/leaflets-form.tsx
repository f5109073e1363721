import { useState, type FormEvent } from 'react';
import type { useFormErrors } from '../../components/form-errors.ts';
import { TextInput } from '../../components/text-input.tsx';
import { saveLeaflets, type Leaflet, type ServiceDiagnosis } from './plan-templates-api.ts';

type Props = {
  serviceId: string;
  diagnosis: ServiceDiagnosis;
  errors: ReturnType<typeof useFormErrors>;
  onDone: (notice: string) => void;
};

const httpsHint = 'The full address, starting with https://';

/** What the form can tell before asking the service (which checks again): a title and an https address each. */
function leafletProblems(leaflets: Leaflet[]) {
  return leaflets.flatMap((leaflet, index) => {
    const n = leaflets.length > 1 ? ` ${index + 1}` : '';
    const problems: { field: string; message: string }[] = [];
    if (!leaflet.title.trim())
      problems.push({ field: `leaflets.${index}.title`, message: `Enter the title of leaflet${n}` });
    const url = leaflet.url.trim();
    if (!url) problems.push({ field: `leaflets.${index}.url`, message: `Enter the web address of leaflet${n}` });
    else if (!/^https:\/\/[^\s/]+\.[^\s/]+/i.test(url))
      problems.push({
        field: `leaflets.${index}.url`,
        message: `The web address of leaflet${n} must start with https://, like https://www.nhs.uk/conditions/moles/`,
      });
    return problems;
  });
}

/** The leaflets offered for the diagnosis: added to the patient's letter when the outcome is signed. */
export function LeafletsForm({ serviceId, diagnosis, errors, onDone }: Props) {
  const [leaflets, setLeaflets] = useState<Leaflet[]>(diagnosis.leaflets.items);
  const [busy, setBusy] = useState(false);
  const change = (index: number, changes: Partial<Leaflet>) =>
    setLeaflets((list) => list.map((l, i) => (i === index ? { ...l, ...changes } : l)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const kept = leaflets.filter((l) => l.title.trim() || l.url.trim());
    const problems = leafletProblems(kept);
    if (problems.length) {
      setLeaflets(kept);
      return errors.show(problems);
    }
    setBusy(true);
    try {
      await saveLeaflets(
        serviceId,
        diagnosis.code,
        kept.map((l) => ({ title: l.title.trim(), url: l.url.trim() })),
      );
      onDone(
        kept.length
          ? `The leaflets for ${diagnosis.term.toLowerCase()} were saved.`
          : `No leaflets are offered for ${diagnosis.term.toLowerCase()} now.`,
      );
    } catch (error) {
      errors.showProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="leaflets-heading">
      <h2 className="nhsuk-heading-m" id="leaflets-heading">
        Leaflets for the patient
      </h2>
      <p className="nhsuk-body">
        {diagnosis.leaflets.source === 'built_in'
          ? 'These are the built-in leaflets (NHS.UK and British Association of Dermatologists pages). '
          : 'These are the service’s leaflets. '}
        The consultant sees them on the outcome form, and the patient’s letter lists them.
      </p>
      <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="leaflets-heading">
        {leaflets.length === 0 && <p className="nhsuk-body">No leaflets are offered for this diagnosis.</p>}
        {leaflets.map((leaflet, index) => (
          <fieldset className="nhsuk-fieldset app-leaflet" key={index}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Leaflet {index + 1}</legend>
            <TextInput
              id={`leaflets-${index}-title`}
              label="Title"
              error={errors.errors.fields[`leaflets.${index}.title`]}
              value={leaflet.title}
              maxLength={200}
              onChange={(event) => change(index, { title: event.target.value })}
            />
            <TextInput
              id={`leaflets-${index}-url`}
              label="Web address"
              hint={httpsHint}
              type="url"
              inputMode="url"
              spellCheck={false}
              autoComplete="off"
              error={errors.errors.fields[`leaflets.${index}.url`]}
              value={leaflet.url}
              onChange={(event) => change(index, { url: event.target.value })}
            />
            <button
              className="app-link-button"
              type="button"
              onClick={() => setLeaflets((list) => list.filter((_, i) => i !== index))}
            >
              Remove leaflet {index + 1}
              <span className="nhsuk-u-visually-hidden"> ({leaflet.title || 'no title'})</span>
            </button>
          </fieldset>
        ))}
        {leaflets.length < 10 && (
          <p>
            <button
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              onClick={() => setLeaflets((list) => [...list, { title: '', url: '' }])}
            >
              Add a leaflet
            </button>
          </p>
        )}
        {diagnosis.leaflets.source === 'service' && diagnosis.builtIn.leaflets.length > 0 && (
          <p>
            <button className="app-link-button" type="button" onClick={() => setLeaflets(diagnosis.builtIn.leaflets)}>
              Put back the built-in leaflets
            </button>
          </p>
        )}
        <button className="nhsuk-button" type="submit" disabled={busy}>
          Save the leaflets
        </button>
      </form>
    </section>
  );
}
