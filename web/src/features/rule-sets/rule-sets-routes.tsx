import { useState } from 'react';
import { Link, Route, Routes, useLocation, useParams, useSearchParams } from 'react-router';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { formatDate, formatDateTime } from '../../components/dates.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { requestKindLabels, requestKinds, type RequestKind } from '../../../../shared/request-content.ts';
import { FixedRulesNote, RuleList } from './rule-list.tsx';
import { RuleSetCheckPage } from './rule-set-check-page.tsx';
import { RuleSetEditPage, type RuleSetEdit } from './rule-set-edit-page.tsx';
import { getRuleSet, getRuleSetVersion, statusWords, type VersionSummary } from './rule-sets-api.ts';
import { ServiceSelect } from '../admin/service-choice.tsx';
import { notFoundProblem, pathwayNames, usePathway, useRuleSetService } from './rule-set-service.ts';

/** The service's eligibility rule sets, one per pathway, and their versions (issue 13 §1). */
export function RuleSetsRoutes() {
  // The edit waiting to be checked and saved: kept here, above the form and the check page, so "Back" keeps it.
  const [edit, setEdit] = useState<RuleSetEdit | null>(null);
  return (
    <Routes>
      <Route index element={<RuleSetsIndex />} />
      <Route path=":pathway" element={<RuleSetPage />} />
      <Route path=":pathway/versions/:version" element={<RuleSetVersionPage />} />
      <Route path=":pathway/edit" element={<RuleSetEditPage edit={edit} onContinue={setEdit} />} />
      <Route
        path=":pathway/check"
        element={<RuleSetCheckPage edit={edit} onSaved={() => setEdit((e) => e && { ...e, saved: true })} />}
      />
    </Routes>
  );
}

function RuleSetsIndex() {
  usePageTitle('Eligibility rules');
  const { services, service, serviceId, query } = useRuleSetService();
  const [, setSearch] = useSearchParams();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin">Administration</BackLink>
        <h1 className="nhsuk-heading-l">
          {service && <span className="nhsuk-caption-l">{service.name}</span>}
          Eligibility rules
        </h1>
        <p>
          Each pathway has its own rule set. It decides, the moment a referrer sends a request, whether the service
          takes it. A change is saved as a new version; requests already decided keep the version that decided them.
        </p>
        <ServiceSelect
          id="rules-service"
          services={services}
          value={serviceId}
          onChange={(id) => setSearch({ service: id })}
        />
        {serviceId && (
          <ul className="nhsuk-list">
            {requestKinds.map((pathway) => (
              <PathwaySummary key={`${serviceId}:${pathway}`} serviceId={serviceId} pathway={pathway} query={query} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function PathwaySummary({ serviceId, pathway, query }: { serviceId: string; pathway: RequestKind; query: string }) {
  const loaded = useLoad(() => getRuleSet(serviceId, pathway), `${serviceId}:${pathway}`);
  const current = loaded.status === 'loaded' ? loaded.value.current : null;
  const scheduled = loaded.status === 'loaded' ? loaded.value.versions.filter((v) => v.status === 'scheduled') : [];
  return (
    <li className="nhsuk-u-margin-bottom-4">
      <Link to={`/admin/rules/${pathway}${query}`} className="nhsuk-body-l nhsuk-u-font-weight-bold">
        {pathwayNames[pathway]}
      </Link>
      <p className="nhsuk-u-margin-bottom-0">
        {loaded.status === 'failed'
          ? 'The rule set could not be loaded.'
          : current
            ? `${requestKindLabels[pathway]}: ${current.name}, version ${current.version}, with ${current.rules.length} ${current.rules.length === 1 ? 'rule' : 'rules'}.`
            : 'Loading…'}
        {scheduled.length > 0 &&
          ` Version ${scheduled[scheduled.length - 1]!.version} takes effect on ${formatDate(scheduled[scheduled.length - 1]!.effectiveFrom)}.`}
      </p>
    </li>
  );
}

type SavedNotice = { saved?: { version: number; effectiveFrom: string; today: boolean } };

/** A pathway's rule set: the version in effect, in words, and every version with who saved it and when. */
function RuleSetPage() {
  const pathway = usePathway();
  const { service, serviceId, query } = useRuleSetService();
  const saved = (useLocation().state as SavedNotice | null)?.saved;
  const loaded = useLoad(
    () => (pathway ? getRuleSet(serviceId, pathway) : Promise.reject(new Error('no pathway'))),
    `${serviceId}:${pathway}`,
  );
  usePageTitle(pathway ? pathwayNames[pathway] : 'Eligibility rules');
  if (!pathway) return <LoadFailure problem={notFoundProblem} what="Rule set" />;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Rule set" onRetry={loaded.reload} />;
  if (loaded.status === 'loading') return null;
  const { current, versions } = loaded.value;
  const inEffect = versions.find((v) => v.status === 'in_effect');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/admin/rules${query}`}>Eligibility rules</BackLink>
        {saved && (
          <NotificationBanner variant="success">
            Version {saved.version} was saved.{' '}
            {saved.today
              ? 'It decides every request sent from now on.'
              : `It decides requests sent from ${formatDate(saved.effectiveFrom)}.`}
          </NotificationBanner>
        )}
        <h1 className="nhsuk-heading-l">
          {service && <span className="nhsuk-caption-l">{service.name}</span>}
          {pathwayNames[pathway]}
        </h1>
        <h2 className="nhsuk-heading-m">
          {current.name}, version {current.version}
        </h2>
        <p>
          In effect now
          {inEffect && inEffect.version > 1 ? `, since ${formatDateTime(inEffect.effectiveFrom)}` : ''}. It decides
          every {pathway === 'referral' ? 'referral' : 'Advice & Guidance request'} as it is sent.
        </p>
        <p>
          <Link className="nhsuk-button" to={`/admin/rules/${pathway}/edit${query}`}>
            Change the rules
          </Link>
        </p>
        <FixedRulesNote />
        <RuleList rules={current.rules} />
        <VersionsTable versions={versions} pathway={pathway} query={query} />
      </div>
    </div>
  );
}

function VersionsTable({
  versions,
  pathway,
  query,
}: {
  versions: VersionSummary[];
  pathway: RequestKind;
  query: string;
}) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Versions</h2>
      <table className="nhsuk-table-responsive">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          Versions of the {pathwayNames[pathway]}
        </caption>
        <HeadRow headings={['Version', 'Status', 'Takes effect', 'Saved by']} />
        <tbody className="nhsuk-table__body">
          {versions.map((v) => (
            <tr className="nhsuk-table__row" key={v.version}>
              <Cell heading="Version">
                <Link to={`/admin/rules/${pathway}/versions/${v.version}${query}`}>Version {v.version}</Link>
                <span className="app-line">{v.name}</span>
              </Cell>
              <Cell heading="Status">{statusWords[v.status]}</Cell>
              <Cell heading="Takes effect">{v.version === 1 ? 'From the start' : formatDateTime(v.effectiveFrom)}</Cell>
              <Cell heading="Saved by">
                {v.createdByName ?? 'The service’s starting rules'}
                <span className="app-line">{formatDateTime(v.createdAt)}</span>
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** One version as it was saved, to read. */
function RuleSetVersionPage() {
  const pathway = usePathway();
  const { version = '' } = useParams();
  const { serviceId, query } = useRuleSetService();
  const number = Number(version);
  const loaded = useLoad(
    () =>
      pathway && Number.isInteger(number) && number > 0
        ? getRuleSetVersion(serviceId, pathway, number)
        : Promise.reject(new Error('no such version')),
    `${serviceId}:${pathway}:${version}`,
  );
  usePageTitle(pathway ? `${pathwayNames[pathway]}, version ${version}` : 'Eligibility rules');
  if (!pathway) return <LoadFailure problem={notFoundProblem} what="Rule set" />;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem.status ? loaded.problem : notFoundProblem} what="Version" />;
  if (loaded.status === 'loading') return null;
  const { ruleSet, summary } = loaded.value;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/admin/rules/${pathway}${query}`}>{pathwayNames[pathway]}</BackLink>
        <h1 className="nhsuk-heading-l">
          <span className="nhsuk-caption-l">{pathwayNames[pathway]}</span>
          {ruleSet.name}, version {ruleSet.version}
        </h1>
        <dl className="nhsuk-summary-list">
          {[
            ['Status', statusWords[summary.status]],
            ['Takes effect', summary.version === 1 ? 'From the start' : formatDateTime(summary.effectiveFrom)],
            ['Saved by', summary.createdByName ?? 'The service’s starting rules'],
            ['Saved on', formatDateTime(summary.createdAt)],
          ].map(([key, value]) => (
            <div className="nhsuk-summary-list__row" key={key}>
              <dt className="nhsuk-summary-list__key">{key}</dt>
              <dd className="nhsuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
        <h2 className="nhsuk-heading-m">Rules</h2>
        <RuleList rules={ruleSet.rules} />
      </div>
    </div>
  );
}
