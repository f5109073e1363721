import { formatDateTime } from '../../components/dates.ts';
import { MultilineText, SummaryList, type SummaryRow } from '../../components/summary-list.tsx';
import { WarningCallout } from '../../components/warning-callout.tsx';
import type { Letter, Outcome, RequestDetail } from '../requests/requests-api.ts';

/** "Dr James Okafor, GMC 4567890, 26 November 2026 at 2:05pm". */
export const signatory = (outcome: Outcome) =>
  `${outcome.signedByName}, GMC ${outcome.gmcNumber}, ${formatDateTime(outcome.signedAt)}`;

/**
 * The signed outcome, read-only, with its addenda and letters: what the consultant signed and what the referrer
 * is told. Nothing here can be edited; corrections are addenda.
 */
export function OutcomeSummary({ request }: { request: RequestDetail }) {
  const outcome = request.outcomes.find((o) => o.kind === 'outcome');
  if (!outcome) return null;
  const addenda = request.outcomes.filter((o) => o.kind === 'addendum');
  const rows: SummaryRow[] = [
    { key: 'Outcome', value: outcome.categoryLabel ?? 'Not recorded' },
    {
      key: 'Diagnosis',
      value: (
        <>
          {outcome.diagnosisTerm}
          {outcome.diagnosisCode && (
            <span className="app-line nhsuk-body-s app-muted">SNOMED CT {outcome.diagnosisCode}</span>
          )}
        </>
      ),
    },
  ];
  if (outcome.differentials.length)
    rows.push({ key: 'Differential diagnoses', value: outcome.differentials.map((d) => d.term).join('; ') });
  rows.push({ key: 'Management plan', value: <MultilineText text={outcome.plan} empty="None given" /> });
  if (outcome.medicines.length)
    rows.push({
      key: 'For the GP to prescribe',
      value: (
        <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
          {outcome.medicines.map((m, index) => (
            <li key={index}>
              <strong>{[m.name, m.strength, m.form].filter(Boolean).join(' ')}</strong>
              <span className="app-line">{m.directions}</span>
              {m.duration && <span className="app-line">For {m.duration}</span>}
            </li>
          ))}
        </ul>
      ),
    });
  if (outcome.onwardReferral) rows.push({ key: 'Onward referral', value: outcome.onwardReferral });
  if (outcome.leaflets.length)
    rows.push({
      key: 'Leaflets for the patient',
      value: (
        <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
          {outcome.leaflets.map((leaflet) => (
            <li key={leaflet.url}>
              <a href={leaflet.url} target="_blank" rel="noopener noreferrer">
                {leaflet.title} (opens in a new tab)
              </a>
            </li>
          ))}
        </ul>
      ),
    });
  rows.push({ key: 'Signed by', value: signatory(outcome) });

  return (
    <section aria-labelledby="outcome-summary-heading">
      {outcome.category === 'redirect_urgent_cancer' && (
        <WarningCallout heading="Urgent: refer on the suspected cancer pathway" level={2}>
          <p>
            The dermatologist has redirected this request to the urgent suspected cancer pathway. Refer the patient
            urgently today, and tell them they should hear within 2 weeks.
          </p>
        </WarningCallout>
      )}
      <h2 className="nhsuk-heading-m" id="outcome-summary-heading">
        Outcome from the dermatologist
      </h2>
      <SummaryList rows={rows} />
      {addenda.map((addendum, index) => (
        <div className="nhsuk-inset-text" key={addendum.id}>
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">Addendum {index + 1}</h3>
          <p>
            <MultilineText text={addendum.plan} />
          </p>
          <p className="nhsuk-body-s app-muted nhsuk-u-margin-bottom-0">Signed by {signatory(addendum)}</p>
        </div>
      ))}
      <Letters letters={request.letters} />
    </section>
  );
}

/** The latest clinical letter and patient's copy (an addendum's letters carry the outcome too). */
function Letters({ letters }: { letters: Letter[] }) {
  const latest = (audience: Letter['audience']) =>
    letters.filter((l) => l.audience === audience).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const clinical = latest('referrer');
  const patient = latest('patient');
  return (
    <>
      <h3 className="nhsuk-heading-s">Letters</h3>
      {!clinical && !patient ? (
        <p aria-live="polite">The letters are being prepared. They will appear here in a moment.</p>
      ) : (
        <ul className="nhsuk-list">
          {clinical && (
            <li>
              <a href={clinical.url} download>
                Download the clinical letter (PDF, {kilobytes(clinical.bytes)})
              </a>
            </li>
          )}
          {patient && (
            <li>
              <a href={patient.url} download>
                Download the patient&rsquo;s copy (PDF, {kilobytes(patient.bytes)})
              </a>
            </li>
          )}
        </ul>
      )}
    </>
  );
}

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;
