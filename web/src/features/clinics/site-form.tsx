import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { Radios } from '../../components/radios.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { addSite, changeSite, type Site } from './clinics-api.ts';

type SiteFormProps = {
  /** The site being changed; without one, the form adds a site. */
  site?: Site;
  /** The clinics a new site may belong to. */
  clinics: { id: string; name: string }[];
};

type Answers = {
  clinicId: string;
  name: string;
  address: string;
  postcode: string;
  accessibility: string;
  openingHours: string;
};

/** Adds a clinic site, or changes one: where it is, how patients get in, and when it is open. */
export function SiteForm({ site, clinics }: SiteFormProps) {
  const navigate = useNavigate();
  const [answers, setAnswers] = useState<Answers>({
    clinicId: site?.clinicId ?? (clinics.length === 1 ? (clinics[0]?.id ?? '') : ''),
    name: site?.name ?? '',
    address: site?.address ?? '',
    postcode: site?.postcode ?? '',
    accessibility: site?.accessibility ?? '',
    openingHours: site?.openingHours ?? '',
  });
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  const title = site ? `Change ${site.name}` : 'Add a clinic site';
  usePageTitle(title, { hasErrors });
  const set = (changes: Partial<Answers>) => setAnswers((previous) => ({ ...previous, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const missing = [
      ...(!answers.clinicId ? [{ field: 'clinicId', message: 'Choose the clinic that runs the site' }] : []),
      ...(!answers.name.trim() ? [{ field: 'name', message: 'Enter the name of the site' }] : []),
      ...(!answers.address.trim() ? [{ field: 'address', message: 'Enter the address of the site' }] : []),
      ...(!answers.postcode.trim() ? [{ field: 'postcode', message: 'Enter the postcode of the site' }] : []),
    ];
    if (missing.length) return show(missing);
    setSaving(true);
    const { clinicId, ...details } = answers;
    try {
      const saved = site ? await changeSite(site.id, details) : await addSite({ clinicId, ...details });
      await navigate('/clinics', { state: { notice: site ? `${saved.name} was changed` : `${saved.name} was added` } });
    } catch (error) {
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h1 className="nhsuk-heading-l">{title}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {site ? null : clinics.length === 1 ? (
          <p>
            The site is run by <strong>{clinics[0]?.name}</strong>.
          </p>
        ) : (
          <Radios
            id="clinicId"
            name="clinicId"
            legend="Which clinic runs the site?"
            legendSize="s"
            options={clinics.map((clinic) => ({ value: clinic.id, label: clinic.name }))}
            value={answers.clinicId || undefined}
            onChange={(clinicId) => set({ clinicId })}
            error={errors.fields['clinicId']}
          />
        )}
        <TextInput
          id="name"
          label="Name of the site"
          hint="As patients will see it on their letter, for example Northgate Health Centre"
          value={answers.name}
          onChange={(event) => set({ name: event.target.value })}
          error={errors.fields['name']}
        />
        <Textarea
          id="address"
          label="Address"
          rows={3}
          autoComplete="street-address"
          value={answers.address}
          onChange={(event) => set({ address: event.target.value })}
          error={errors.fields['address']}
        />
        <TextInput
          id="postcode"
          label="Postcode"
          width={10}
          autoComplete="postal-code"
          hint="Patients are offered the nearest sites first, by postcode"
          value={answers.postcode}
          onChange={(event) => set({ postcode: event.target.value })}
          error={errors.fields['postcode']}
        />
        <Textarea
          id="accessibility"
          label="Accessibility"
          hint="Step-free access, parking, a hearing loop, where to report on arrival"
          rows={3}
          value={answers.accessibility}
          onChange={(event) => set({ accessibility: event.target.value })}
          error={errors.fields['accessibility']}
        />
        <Textarea
          id="openingHours"
          label="Opening hours"
          hint="For example, Monday to Friday, 8am to 6pm"
          rows={2}
          value={answers.openingHours}
          onChange={(event) => set({ openingHours: event.target.value })}
          error={errors.fields['openingHours']}
        />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {site ? 'Save changes' : 'Add site'}
        </button>
      </form>
    </>
  );
}
