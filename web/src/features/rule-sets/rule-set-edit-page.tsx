import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import type { RequestKind } from '../../../../shared/request-content.ts';
import { FixedRulesNote } from './rule-list.tsx';
import { draftProblems, newRuleDraft, numberedProblems, rulesOf, toDraft, type RuleDraft } from './rule-drafts.ts';
import { RuleFields } from './rule-fields.tsx';
import { checkRuleSet, getRuleSet, type RuleSet } from './rule-sets-api.ts';
import { pathwayNames, usePathway, useRuleSetService } from './rule-set-service.ts';
import './rule-sets.css';

/** An edit on its way to being saved: the version it started from, and the form's answers. */
export type RuleSetEdit = {
  serviceId: string;
  pathway: RequestKind;
  basedOn: RuleSet;
  name: string;
  drafts: RuleDraft[];
  /** Saved: the form starts afresh from the new version, and the check page has nothing left to check. */
  saved?: boolean;
};

type EditPageProps = { edit: RuleSetEdit | null; onContinue: (edit: RuleSetEdit) => void };

/** The rule form: the version in effect, ready to change; continuing checks the rules with the service. */
export function RuleSetEditPage({ edit, onContinue }: EditPageProps) {
  const pathway = usePathway();
  const { serviceId } = useRuleSetService();
  const resumed = edit && !edit.saved && edit.serviceId === serviceId && edit.pathway === pathway ? edit : null;
  const loaded = useLoad(
    () => (pathway ? getRuleSet(serviceId, pathway).then((o) => o.current) : Promise.reject(new Error('no pathway'))),
    `${serviceId}:${pathway}:${resumed ? 'resumed' : 'fresh'}`,
  );
  if (!pathway) return null;
  if (resumed) return <EditForm pathway={pathway} serviceId={serviceId} start={resumed} onContinue={onContinue} />;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Rule set" onRetry={loaded.reload} />;
  if (loaded.status === 'loading') return null;
  const current = loaded.value;
  return (
    <EditForm
      pathway={pathway}
      serviceId={serviceId}
      start={{ serviceId, pathway, basedOn: current, name: current.name, drafts: current.rules.map(toDraft) }}
      onContinue={onContinue}
    />
  );
}

type EditFormProps = {
  pathway: RequestKind;
  serviceId: string;
  start: RuleSetEdit;
  onContinue: (edit: RuleSetEdit) => void;
};

function EditForm({ pathway, serviceId, start, onContinue }: EditFormProps) {
  const navigate = useNavigate();
  const { service, query } = useRuleSetService();
  const [name, setName] = useState(start.name);
  const [drafts, setDrafts] = useState<RuleDraft[]>(start.drafts);
  const [checking, setChecking] = useState(false);
  const { errors, show, hasErrors } = useFormErrors();
  const title = pathway === 'referral' ? 'Change the referral rules' : 'Change the Advice & Guidance rules';
  usePageTitle(title, { hasErrors });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checking) return;
    const problems = draftProblems(name, drafts);
    if (problems.length > 0) return show(problems);
    setChecking(true);
    try {
      await checkRuleSet(serviceId, pathway, { name, rules: rulesOf(drafts) });
    } catch (error) {
      setChecking(false);
      if (!(error instanceof ApiError)) throw error;
      return show(
        error.fieldErrors.length ? numberedProblems(error.fieldErrors) : [{ field: '', message: error.problem.detail }],
      );
    }
    onContinue({ ...start, name, drafts });
    await navigate(`/admin/rules/${pathway}/check${query}`);
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/admin/rules/${pathway}${query}`}>{pathwayNames[pathway]}</BackLink>
        {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
        <h1 className="nhsuk-heading-l">
          {service && <span className="nhsuk-caption-l">{service.name}</span>}
          {title}
        </h1>
        <p>
          You are changing version {start.basedOn.version}. Your changes are saved as a new version: next you will see
          what changed and choose the date it takes effect. Each rule below refuses a request when it applies, with the
          words you give for the referrer.
        </p>
        <FixedRulesNote />
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput
            id="name"
            label="Name of the rule set"
            hint="Staff see it beside each decision"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.fields['name']}
          />
          {drafts.map((draft, index) => (
            <RuleFields
              key={draft.key}
              index={index}
              draft={draft}
              errors={errors.fields}
              onChange={(next) => setDrafts((all) => all.map((d) => (d.key === draft.key ? next : d)))}
              onRemove={() => setDrafts((all) => all.filter((d) => d.key !== draft.key))}
            />
          ))}
          <p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => setDrafts((all) => [...all, newRuleDraft()])}
            >
              Add a rule
            </button>
          </p>
          <button className="nhsuk-button" type="submit" disabled={checking}>
            Continue
          </button>
        </form>
      </div>
    </div>
  );
}
