import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, type FieldError } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors, type FormErrors } from '../../components/form-errors.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { getServiceSettings, saveServiceSettings, type ServiceSettings, type SettingsChange } from './settings-api.ts';
import { useServiceChoice } from '../admin/service-choice.tsx';

type SettingsFormProps = {
  title: string;
  /** Said in the banner on the summary page once saved: "Response targets saved." */
  savedMessage: string;
  /** What the form sends in place of the settings it changes, from its fields; or its own errors, in words. */
  read: (form: FormData, settings: ServiceSettings) => Partial<SettingsChange> | FieldError[];
  /** The fields, filled from the settings as they are. */
  children: (settings: ServiceSettings, errors: FormErrors) => ReactNode;
};

/** The service gives an error in a list (`reminderWorkingDays.1`) for the field that holds the list. */
const fieldOfList = (error: FieldError): FieldError => ({ ...error, field: error.field.replace(/\.\d+$/, '') });

/**
 * One part of the service's settings as a form: loads them, sends them back whole with this part changed, and shows
 * the service's refusal in an error summary linked to the fields. Saved, it goes back to the summary.
 */
export function SettingsForm({ title, savedMessage, read, children }: SettingsFormProps) {
  const { service, pathFor } = useServiceChoice();
  const navigate = useNavigate();
  const loaded = useLoad(
    () => (service ? getServiceSettings(service.id) : Promise.reject(new Error('no service'))),
    service?.id ?? 'none',
  );
  const { errors, show, hasErrors } = useFormErrors();
  const [saving, setSaving] = useState(false);
  usePageTitle(title, { hasErrors });
  const back = pathFor('/admin/settings');

  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="The service's settings" onRetry={loaded.reload} />;
  if (loaded.status !== 'loaded' || !service) return null;
  const settings = loaded.value;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const change = read(new FormData(event.currentTarget), settings);
    if (Array.isArray(change)) return show(change);
    setSaving(true);
    try {
      await saveServiceSettings(service.id, { ...settings, ...change });
      await navigate(back, { state: { saved: savedMessage } });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      show(
        error.fieldErrors.length ? error.fieldErrors.map(fieldOfList) : [{ field: '', message: error.problem.detail }],
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <BackLink to={back}>Back to the settings</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
          <h1 className="nhsuk-heading-l">
            <span className="nhsuk-caption-l">{service.name}</span>
            {title}
          </h1>
          <form onSubmit={(event) => void submit(event)} noValidate>
            {children(settings, errors)}
            <button className="nhsuk-button" type="submit" disabled={saving}>
              Save
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
