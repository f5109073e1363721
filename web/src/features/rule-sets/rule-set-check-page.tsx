import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { DateInput, type DateParts } from '../../components/date-input.tsx';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/error-summary.tsx';
import { Radios } from '../../components/radios.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { RuleWords } from './rule-list.tsx';
import { diffRuleSets, isEmptyDiff, type RuleChange } from './rule-diff.ts';
import { numberedProblems, rulesOf } from './rule-drafts.ts';
import type { RuleSetEdit } from './rule-set-edit-page.tsx';
import { pathwayNames, usePathway, useRuleSetService } from './rule-set-service.ts';
import { saveRuleSet } from './rule-sets-api.ts';
import { conditionWords, effectWords, type Rule } from './rule-vocabulary.ts';
import './rule-sets.css';

type CheckPageProps = { edit: RuleSetEdit | null; onSaved: () => void };

/** "Check your changes": what the edit adds, removes and changes, in words, and when the new version takes effect. */
export function RuleSetCheckPage({ edit, onSaved }: CheckPageProps) {
  const pathway = usePathway();
  const { serviceId, query } = useRuleSetService();
  if (!pathway) return null;
  // Nothing to check (the page was reloaded, or opened directly): start from the form.
  // Saved: the page is on its way to the rule set's page.
  if (edit?.saved) return null;
  if (!edit || edit.serviceId !== serviceId || edit.pathway !== pathway)
    return <Navigate to={`/admin/rules/${pathway}/edit${query}`} replace />;
  return <CheckChanges edit={edit} onSaved={onSaved} query={query} />;
}

/** A date as typed, as YYYY-MM-DD, or null when it is not a real date. */
function isoDate({ day, month, year }: DateParts): string | null {
  const [d, m, y] = [day, month, year].map((part) => Number(part.trim()));
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y) || y! < 2000 || y! > 2100) return null;
  const date = new Date(Date.UTC(y!, m! - 1, d));
  if (date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function CheckChanges({ edit, onSaved, query }: { edit: RuleSetEdit; onSaved: () => void; query: string }) {
  const navigate = useNavigate();
  const { pathway, serviceId } = edit;
  const rules = rulesOf(edit.drafts);
  const diff = diffRuleSets(edit.basedOn, { name: edit.name, rules });
  const [when, setWhen] = useState<'today' | 'later' | undefined>('today');
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });
  const [problems, setProblems] = useState<{ items: ErrorSummaryItem[]; date?: string; attempt: number }>({
    items: [],
    attempt: 0,
  });
  const [saving, setSaving] = useState(false);
  const hasErrors = problems.items.length > 0;
  usePageTitle('Check your changes', { hasErrors });
  const editPath = `/admin/rules/${pathway}/edit${query}`;

  const refuse = (items: ErrorSummaryItem[], dateError?: string) =>
    setProblems((previous) => ({
      items,
      ...(dateError ? { date: dateError } : {}),
      attempt: previous.attempt + 1,
    }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (isEmptyDiff(diff))
      return refuse([{ text: 'You have not changed anything: change a rule first', to: editPath }]);
    let effectiveFrom: string | undefined;
    if (when === 'later') {
      const typed = isoDate(date);
      const message = [date.day, date.month, date.year].every((part) => !part.trim())
        ? 'Enter the date the new version takes effect'
        : typed
          ? null
          : 'The date it takes effect must be a real date, like 1 3 2027';
      if (message) return refuse([{ text: message, fieldId: 'effectiveFrom-day' }], message);
      effectiveFrom = typed!;
    }
    setSaving(true);
    try {
      const saved = await saveRuleSet(serviceId, pathway, {
        name: edit.name,
        rules,
        ...(effectiveFrom ? { effectiveFrom } : {}),
      });
      await navigate(`/admin/rules/${pathway}${query}`, {
        state: { saved: { version: saved.version, effectiveFrom: saved.effectiveFrom, today: !effectiveFrom } },
      });
      onSaved();
    } catch (error) {
      setSaving(false);
      if (!(error instanceof ApiError)) throw error;
      const fieldErrors = numberedProblems(error.fieldErrors);
      if (fieldErrors.length === 0) return refuse([{ text: error.problem.detail }]);
      const dateError = fieldErrors.find((p) => p.field === 'effectiveFrom')?.message;
      refuse(
        fieldErrors.map((p) =>
          p.field === 'effectiveFrom'
            ? { text: p.message, fieldId: 'effectiveFrom-day' }
            : { text: p.message, to: editPath },
        ),
        dateError,
      );
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={editPath} />
        {hasErrors && <ErrorSummary items={problems.items} attempt={problems.attempt} />}
        <h1 className="nhsuk-heading-l">
          <span className="nhsuk-caption-l">{pathwayNames[pathway]}</span>
          Check your changes
        </h1>
        <p>
          Compared with version {edit.basedOn.version}, {edit.basedOn.name}, the version in effect now.{' '}
          <Link to={editPath}>Change the rules</Link>
        </p>
        {isEmptyDiff(diff) && <p>You have not changed anything.</p>}
        {diff.name && (
          <>
            <h2 className="nhsuk-heading-m">Name</h2>
            <p>
              <span className="app-rule-before">Was: {diff.name.before}</span>
              <span className="app-line">Now: {diff.name.after}</span>
            </p>
          </>
        )}
        <RuleSection heading="Rules added" rules={diff.added} />
        <RuleSection heading="Rules removed" rules={diff.removed} />
        {diff.changed.length > 0 && (
          <>
            <h2 className="nhsuk-heading-m">Rules changed</h2>
            {diff.changed.map((change) => (
              <ChangedRule key={change.after.id} change={change} />
            ))}
          </>
        )}
        <form onSubmit={(event) => void save(event)} noValidate>
          <Radios
            id="effectiveFrom-when"
            name="effectiveFrom-when"
            legend="When does the new version take effect?"
            legendSize="m"
            hint="It decides every request sent from then on. Requests already decided keep the version that decided them."
            options={[
              { value: 'today', label: 'Now, when you save it' },
              { value: 'later', label: 'From the start of a later date' },
            ]}
            value={when}
            onChange={setWhen}
          />
          {when === 'later' && (
            <DateInput
              id="effectiveFrom"
              legend="Date it takes effect"
              hint="For example, 1 3 2027. Within the next year."
              value={date}
              onChange={setDate}
              error={problems.date}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={saving}>
            Save the new version
          </button>
        </form>
      </div>
    </div>
  );
}

function RuleSection({ heading, rules }: { heading: string; rules: Rule[] }) {
  if (rules.length === 0) return null;
  return (
    <>
      <h2 className="nhsuk-heading-m">{heading}</h2>
      <ul className="nhsuk-list">
        {rules.map((rule) => (
          <li key={rule.id} className="nhsuk-u-margin-bottom-4">
            <RuleWords rule={rule} />
          </li>
        ))}
      </ul>
    </>
  );
}

const fieldNames: Record<RuleChange['fields'][number], string> = {
  description: 'What it is for',
  effect: 'What it does',
  when: 'When it applies',
  reason: 'What the referrer is told',
};

function fieldWords(rule: Rule, field: RuleChange['fields'][number]): string {
  if (field === 'when') return conditionWords(rule.when);
  if (field === 'effect') return effectWords[rule.effect];
  return rule[field];
}

function ChangedRule({ change }: { change: RuleChange }) {
  return (
    <div className="nhsuk-u-margin-bottom-5">
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">{change.after.description}</h3>
      <dl className="nhsuk-summary-list">
        {change.fields.map((field) => (
          <div className="nhsuk-summary-list__row" key={field}>
            <dt className="nhsuk-summary-list__key">{fieldNames[field]}</dt>
            <dd className="nhsuk-summary-list__value">
              <span className="app-line app-rule-before">Was: {fieldWords(change.before, field)}</span>
              <span className="app-line">Now: {fieldWords(change.after, field)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
