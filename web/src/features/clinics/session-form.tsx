import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Checkboxes } from '../../components/checkboxes.tsx';
import { DateInput, type DateParts } from '../../components/date-input.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { Select } from '../../components/select.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { addSession, type Photographer, type Site } from './clinics-api.ts';
import { londonDate } from '../../../../shared/london-time.ts';
import { clockTime, isoFromParts } from './date-inputs.ts';

type SessionFormProps = { sites: Site[]; photographers: Photographer[] };

type Answers = {
  siteId: string;
  date: DateParts;
  start: string;
  end: string;
  slotMinutes: string;
  photographerIds: string[];
};

/** The service's error fields, mapped to the inputs they link to. */
const fieldIds = { date: 'date-day', photographerIds: 'photographerIds' };

/** Adds a clinic session at a site: its day, hours, the length of each appointment and who photographs. */
export function SessionForm({ sites, photographers }: SessionFormProps) {
  const navigate = useNavigate();
  const [answers, setAnswers] = useState<Answers>({
    siteId: sites.length === 1 ? (sites[0]?.id ?? '') : '',
    date: { day: '', month: '', year: '' },
    start: '',
    end: '',
    slotMinutes: '20',
    photographerIds: [],
  });
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, hasErrors } = useFormErrors(fieldIds);
  usePageTitle('Add a session', { hasErrors });
  const set = (changes: Partial<Answers>) => setAnswers((previous) => ({ ...previous, ...changes }));
  const site = sites.find((s) => s.id === answers.siteId);
  // Only the photographers of the clinic that runs the site can work there.
  const available = site ? photographers.filter((p) => p.clinicId === site.clinicId) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const date = isoFromParts(answers.date);
    const start = clockTime(answers.start);
    const end = clockTime(answers.end);
    const slotMinutes = Number(answers.slotMinutes.trim());
    const photographerIds = answers.photographerIds.filter((id) => available.some((p) => p.id === id));
    const problems: { field: string; message: string }[] = [];
    if (!site) problems.push({ field: 'siteId', message: 'Choose the site' });
    if (!date) problems.push({ field: 'date', message: 'Enter the date of the session, for example 27 11 2026' });
    else if (date < londonDate()) problems.push({ field: 'date', message: 'The date must be today or in the future' });
    if (!start) problems.push({ field: 'start', message: 'Enter the start time, for example 09:00' });
    if (!end) problems.push({ field: 'end', message: 'Enter the end time, for example 12:30' });
    else if (start && end <= start)
      problems.push({ field: 'end', message: 'The end time must be after the start time' });
    if (!Number.isInteger(slotMinutes) || slotMinutes < 5 || slotMinutes > 120) {
      problems.push({ field: 'slotMinutes', message: 'Enter the length of each appointment, from 5 to 120 minutes' });
    }
    if (photographerIds.length === 0) {
      problems.push({ field: 'photographerIds', message: 'Choose at least one photographer' });
    }
    if (problems.length || !site || !date || !start || !end) return show(problems);
    setSaving(true);
    try {
      const added = await addSession({ siteId: site.id, date, start, end, slotMinutes, photographerIds });
      await navigate(`/clinics/sessions/${added.id}`, { state: { added: true } });
    } catch (error) {
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h1 className="nhsuk-heading-l">Add a session</h1>
      {sites.length === 0 ? (
        <p>There are no clinic sites yet. Add a site first.</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Select
            id="siteId"
            label="Site"
            value={answers.siteId}
            onChange={(event) => set({ siteId: event.target.value, photographerIds: [] })}
            error={errors.fields['siteId']}
          >
            <option value="">Choose a site</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}, {s.postcode}
              </option>
            ))}
          </Select>
          <DateInput
            id="date"
            legend="Date"
            hint="For example, 27 11 2026"
            value={answers.date}
            onChange={(date) => set({ date })}
            error={errors.fields['date']}
          />
          <div className="app-time-fields">
            <TextInput
              id="start"
              label="Start time"
              hint="24-hour clock, for example 09:00"
              width={5}
              inputMode="numeric"
              value={answers.start}
              onChange={(event) => set({ start: event.target.value })}
              error={errors.fields['start']}
            />
            <TextInput
              id="end"
              label="End time"
              hint="For example, 12:30"
              width={5}
              inputMode="numeric"
              value={answers.end}
              onChange={(event) => set({ end: event.target.value })}
              error={errors.fields['end']}
            />
          </div>
          <TextInput
            id="slotMinutes"
            label="Length of each appointment, in minutes"
            hint="Appointments follow one another from the start time; none runs past the end."
            width={3}
            inputMode="numeric"
            value={answers.slotMinutes}
            onChange={(event) => set({ slotMinutes: event.target.value })}
            error={errors.fields['slotMinutes']}
          />
          {site && available.length === 0 ? (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>{site.clinicName} has no photographers yet. Ask its administrator to add them.</p>
            </div>
          ) : (
            <Checkboxes
              id="photographerIds"
              name="photographerIds"
              legend="Photographers"
              legendSize="s"
              hint={site ? `Photographers of ${site.clinicName}` : 'Choose the site first'}
              options={available.map((p) => ({ value: p.id, label: p.displayName }))}
              values={answers.photographerIds}
              onChange={(photographerIds) => set({ photographerIds })}
              error={errors.fields['photographerIds']}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={saving}>
            Add session
          </button>
        </form>
      )}
    </>
  );
}
