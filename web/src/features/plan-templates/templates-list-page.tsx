import { Link, useSearchParams } from 'react-router';
import { useLoad } from '../../api/use-load.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { getServiceDiagnoses, type ServiceDiagnosis } from './plan-templates-api.ts';
import { ServiceSelect, useServiceChoice } from '../admin/service-choice.tsx';
import { groupHeading, outcomeWords, templateStatus } from './template-words.ts';
import './plan-templates.css';

/**
 * The service's plan templates by diagnosis: whose each is (built in, the service's own, retired), the outcomes it is
 * offered for, and the leaflets offered for the diagnosis.
 */
export function TemplatesListPage() {
  usePageTitle('Plan templates and leaflets');
  const { services, service, pathFor } = useServiceChoice();
  const [, setSearch] = useSearchParams();
  const loaded = useLoad(
    () => (service ? getServiceDiagnoses(service.id) : Promise.resolve([])),
    `templates:${service?.id ?? ''}`,
  );
  if (!service) return <p>You are not an administrator of a dermatology service.</p>;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Plan templates" onRetry={loaded.reload} />;
  const list = loaded.status === 'loaded' ? loaded.value : null;
  const groups = list ? [...new Set(list.map((d) => d.group))] : [];
  const retired = list?.filter((d) => d.template.retiredAt).length ?? 0;
  const own = list?.filter((d) => d.template.source === 'service' && !d.template.retiredAt).length ?? 0;

  return (
    <>
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">{service.name}</span>
        Plan templates and leaflets
      </h1>
      <ServiceSelect
        id="templates-service"
        services={services}
        value={service.id}
        onChange={(id) => setSearch({ service: id })}
      />
      <p className="nhsuk-body">
        When a consultant codes a diagnosis, the outcome form offers its management plan template for the outcomes the
        template is written for, and the leaflets for the patient. Signed outcomes keep the plan and leaflets they were
        signed with: changing or retiring a template changes only what is offered next.
      </p>
      {!list && <p aria-live="polite">Loading the templates…</p>}
      {list && (
        <p className="nhsuk-body" aria-live="polite">
          {list.length} diagnoses: {own} with the service’s own template, {list.length - own - retired} with the
          built-in template, {retired} with no template offered (retired).
        </p>
      )}
      {groups.length > 0 && (
        <nav className="nhsuk-contents-list" aria-label="Groups of diagnoses">
          <ol className="nhsuk-contents-list__list">
            {groups.map((group) => (
              <li className="nhsuk-contents-list__item" key={group}>
                <a className="nhsuk-contents-list__link" href={`#${groupId(group)}`}>
                  {groupHeading(group)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {groups.map((group) => (
        <GroupTable
          key={group}
          group={group}
          list={list!.filter((d) => d.group === group)}
          link={(code) => pathFor(`/admin/templates/${code}`)}
        />
      ))}
    </>
  );
}

const groupId = (group: string) => `group-${group.replace(/\W+/g, '-')}`;

function GroupTable({
  group,
  list,
  link,
}: {
  group: string;
  list: ServiceDiagnosis[];
  link: (code: string) => string;
}) {
  const id = groupId(group);
  return (
    <section aria-labelledby={id}>
      <h2 className="nhsuk-heading-m" id={id}>
        {groupHeading(group)}
      </h2>
      <table className="nhsuk-table-responsive app-templates-table" aria-labelledby={id}>
        <HeadRow headings={['Diagnosis', 'Plan template', 'Offered for', 'Leaflets']} />
        <tbody className="nhsuk-table__body">
          {list.map((d) => {
            const status = templateStatus(d.template);
            return (
              <tr className="nhsuk-table__row" role="row" key={d.code}>
                <Cell heading="Diagnosis">
                  <Link to={link(d.code)}>{d.term}</Link>
                  {d.cancer && <span className="app-muted"> (skin cancer)</span>}
                </Cell>
                <Cell heading="Plan template">
                  <strong className={`nhsuk-tag nhsuk-tag--${status.colour}`}>{status.tag}</strong>
                </Cell>
                <Cell heading="Offered for" block>
                  {d.template.retiredAt ? (
                    <span className="app-muted">Not offered</span>
                  ) : (
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0 nhsuk-body-s">
                      {outcomeWords(d.template.outcomes).map((words) => (
                        <li key={words} className="nhsuk-u-margin-bottom-0">
                          {words}
                        </li>
                      ))}
                    </ul>
                  )}
                </Cell>
                <Cell heading="Leaflets">
                  {d.leaflets.items.length === 0
                    ? 'None'
                    : `${d.leaflets.items.length}${d.leaflets.source === 'built_in' ? ' (built in)' : ''}`}
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
