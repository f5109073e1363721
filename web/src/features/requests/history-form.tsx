import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { formatTime } from '../../components/dates.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors } from '../../components/form-errors.ts';
import { useFocusFromHash } from '../../components/use-focus-from-hash.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { DraftCaption } from './draft-page.tsx';
import { draftPath } from './draft-steps.ts';
import { answersFrom, historyFrom, missingAnswers, type HistoryAnswers } from './history-answers.ts';
import { QuestionAndStoryFields } from './history-fields.tsx';
import { RiskFields } from './history-risk-fields.tsx';
import { updateDraft, type RequestDetail } from './requests-api.ts';

/** How long typing must pause before the draft saves itself. */
const autosaveDelayMs = 1500;

/** The clinical question and history. Saves as the referrer goes, and again on Continue. */
export function HistoryForm({ draft, next }: { draft: RequestDetail; next: string | undefined }) {
  const navigate = useNavigate();
  const [answers, setAnswers] = useState(() => answersFrom(draft.clinicalQuestion, draft.history));
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const { errors, show, showProblem, hasErrors } = useFormErrors();
  // A suspected cancer, once saved, has been redirected to the urgent pathway: say so at once, ask nothing more.
  const save = useDraftSaver(draft, () => navigate(`/requests/${draft.id}/submitted`, { replace: true }));
  usePageTitle('Clinical question and history', { hasErrors });
  useFocusFromHash();

  const set = <K extends keyof HistoryAnswers>(key: K, value: HistoryAnswers[K]) =>
    setAnswers((current) => ({ ...current, [key]: value }));

  const loaded = useRef(answers);
  useEffect(() => {
    if (answers === loaded.current) return;
    const timer = setTimeout(() => {
      const parsed = historyFrom(answers);
      if (!('history' in parsed)) return;
      save(answers.clinicalQuestion, parsed.history).then(
        () => setSavedAt(formatTime(new Date())),
        () => undefined, // Continue saves again and shows any problem.
      );
    }, autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [answers, save]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const parsed = historyFrom(answers);
    if (!('history' in parsed)) return show(parsed.errors);
    setSaving(true);
    try {
      await save(answers.clinicalQuestion, parsed.history);
      const missing = missingAnswers(answers, parsed.history);
      if (missing.length) {
        setSaving(false);
        return show(missing);
      }
      await navigate(next ?? draftPath(draft.id, 'lesions'));
    } catch (error) {
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <>
      {hasErrors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
      <h1 className="nhsuk-heading-l">
        <DraftCaption draft={draft} />
        Clinical question and history
      </h1>
      <p>Your answers are saved as you go. The service needs the ones not marked optional before you submit.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <QuestionAndStoryFields answers={answers} set={set} errors={errors.fields} />
        <h2 className="nhsuk-heading-m">Risks and suspected cancer</h2>
        <RiskFields answers={answers} set={set} errors={errors.fields} />
        <p className="nhsuk-body-s app-muted" aria-live="polite">
          {savedAt ? `Draft saved at ${savedAt}` : ''}
        </p>
        <button className="nhsuk-button" type="submit" disabled={saving}>
          Save and continue
        </button>
      </form>
    </>
  );
}

/**
 * Saves the question and history one save at a time, each with the version the last one returned, so an
 * autosave and a Continue never race each other into a 409. A save that the service answers with a redirect (a
 * suspected cancer was recorded) calls `onRedirected` and saves nothing more.
 */
function useDraftSaver(draft: RequestDetail, onRedirected: () => Promise<void> | void) {
  const version = useRef(draft.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const redirected = useRef(false);
  const [save] = useState(() => (clinicalQuestion: string, history: RequestDetail['history']) => {
    const run = queue.current.then(async () => {
      if (redirected.current) return;
      const saved = await updateDraft(draft.id, version.current, { clinicalQuestion, history });
      version.current = saved.version;
      if (saved.redirected) {
        redirected.current = true;
        await onRedirected();
      }
    });
    queue.current = run.catch(() => undefined);
    return run;
  });
  return save;
}
