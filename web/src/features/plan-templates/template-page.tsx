import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Checkboxes } from '../../components/checkboxes.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { MultilineText } from '../../components/summary-list.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import {
  outcomeCategories,
  outcomeCategoryLabels,
  type OutcomeCategory,
} from '../../../../shared/outcome-categories.ts';
import { LeafletsForm } from './leaflets-form.tsx';
import { getServiceDiagnoses, saveTemplate, setRetired, type ServiceDiagnosis } from './plan-templates-api.ts';
import { useServiceChoice } from '../admin/service-choice.tsx';
import { templateStatus } from './template-words.ts';
import './plan-templates.css';

/** One diagnosis: its plan template (text, outcomes it fits, retired or not) and the leaflets offered for it. */
export function TemplatePage() {
  const { code = '' } = useParams();
  const { service, pathFor } = useServiceChoice();
  const loaded = useLoad(
    () => (service ? getServiceDiagnoses(service.id) : Promise.resolve([])),
    `templates:${service?.id ?? ''}`,
  );
  const [notice, setNotice] = useState<string | null>(null);
  const errors = useFormErrors();
  // A problem shown replaces the last success: only one message at a time is announced.
  useEffect(() => {
    if (errors.hasErrors) setNotice(null);
  }, [errors.errors.attempt, errors.hasErrors]);
  const diagnosis = loaded.status === 'loaded' ? loaded.value.find((d) => d.code === code) : undefined;
  usePageTitle(diagnosis ? `Plan template: ${diagnosis.term}` : 'Plan template', { hasErrors: errors.hasErrors });

  const back = <BackLink to={pathFor('/admin/templates')}>Plan templates and leaflets</BackLink>;
  if (!service) return <p>You are not an administrator of a dermatology service.</p>;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="The plan template" onRetry={loaded.reload} />;
  if (loaded.status === 'loading') return <p aria-live="polite">Loading the template…</p>;
  if (!diagnosis)
    return (
      <>
        {back}
        <h1 className="nhsuk-heading-l">Diagnosis not found</h1>
        <p>There is no diagnosis {code} in the curated list.</p>
      </>
    );

  const done = (words: string) => {
    errors.clear();
    setNotice(words);
    loaded.reload();
  };
  return (
    <>
      {back}
      {errors.hasErrors && <ErrorSummary items={errors.errors.summary} attempt={errors.errors.attempt} />}
      {notice && <NotificationBanner variant="success">{notice}</NotificationBanner>}
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">{service.name}</span>
        {diagnosis.term}
      </h1>
      <p className="nhsuk-body-s app-muted">
        SNOMED CT {diagnosis.code}
        {diagnosis.cancer ? ' · a skin cancer' : ''}
      </p>
      <TemplateSection
        key={`${diagnosis.template.text}:${diagnosis.template.outcomes.join()}`}
        serviceId={service.id}
        diagnosis={diagnosis}
        errors={errors}
        onDone={done}
      />
      <LeafletsForm
        key={JSON.stringify(diagnosis.leaflets.items)}
        serviceId={service.id}
        diagnosis={diagnosis}
        errors={errors}
        onDone={done}
      />
    </>
  );
}

type SectionProps = {
  serviceId: string;
  diagnosis: ServiceDiagnosis;
  errors: ReturnType<typeof useFormErrors>;
  onDone: (notice: string) => void;
};

function TemplateSection({ serviceId, diagnosis, errors, onDone }: SectionProps) {
  const { template } = diagnosis;
  const [text, setText] = useState(template.text);
  const [outcomes, setOutcomes] = useState<OutcomeCategory[]>(template.outcomes);
  const [busy, setBusy] = useState(false);
  const status = templateStatus(template);
  const term = diagnosis.term.toLowerCase();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = [
      ...(!text.trim() ? [{ field: 'text', message: 'Write the plan template' }] : []),
      ...(outcomes.length === 0
        ? [{ field: 'outcomes', message: 'Choose at least one outcome the template is written for' }]
        : []),
    ];
    if (problems.length) return errors.show(problems);
    setBusy(true);
    try {
      await saveTemplate(serviceId, diagnosis.code, { text, outcomes });
      onDone(
        template.retiredAt
          ? `The template for ${term} was saved. It is still retired: bring it back to offer it.`
          : `The template for ${term} was saved. Consultants are offered it from the next case they open.`,
      );
    } catch (error) {
      errors.showProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const retire = async (retired: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      await setRetired(serviceId, diagnosis.code, retired);
      onDone(
        retired
          ? `The template for ${term} was retired. Consultants are no longer offered it; signed outcomes keep their plans.`
          : `The template for ${term} was brought back. Consultants are offered it again.`,
      );
    } catch (error) {
      errors.showProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="template-heading">
      <h2 className="nhsuk-heading-m" id="template-heading">
        Management plan template{' '}
        <strong className={`nhsuk-tag nhsuk-tag--${status.colour} nhsuk-u-font-size-16`}>{status.tag}</strong>
      </h2>
      <p className="nhsuk-body">{status.detail}</p>
      <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="template-heading">
        <Textarea
          id="text"
          label="Template text"
          labelSize="s"
          hint="Written for the GP. The consultant can change it before signing."
          rows={8}
          maxLength={4000}
          error={errors.errors.fields['text']}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Checkboxes
          id="outcomes"
          name="outcomes"
          legend="Offered for these outcomes"
          legendSize="s"
          hint="Consultants are offered the template only when they choose one of these outcomes."
          error={errors.errors.fields['outcomes']}
          options={outcomeCategories.map((value) => ({ value, label: outcomeCategoryLabels[value] }))}
          values={outcomes}
          onChange={setOutcomes}
        />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit" disabled={busy}>
            Save the template
          </button>
        </div>
      </form>
      {template.source === 'service' && template.text !== diagnosis.builtIn.text && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">The built-in template</span>
          </summary>
          <div className="nhsuk-details__text">
            <p className="app-template-text">
              <MultilineText text={diagnosis.builtIn.text} />
            </p>
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
              type="button"
              onClick={() => setText(diagnosis.builtIn.text)}
            >
              Put the built-in text in the box
            </button>
          </div>
        </details>
      )}
      <h3 className="nhsuk-heading-s">{template.retiredAt ? 'Bring the template back' : 'Retire the template'}</h3>
      <p className="nhsuk-body">
        {template.retiredAt
          ? 'Consultants are not offered a template for this diagnosis. Bring it back to offer it again, as it is above.'
          : 'Retired, it is no longer offered to consultants: they write the plan themselves. Outcomes already signed keep their plans, and you can bring it back.'}
      </p>
      <button
        className={template.retiredAt ? 'nhsuk-button' : 'nhsuk-button nhsuk-button--warning'}
        type="button"
        disabled={busy}
        onClick={() => void retire(!template.retiredAt)}
      >
        {template.retiredAt ? 'Bring the template back' : 'Retire the template'}
      </button>
    </section>
  );
}
