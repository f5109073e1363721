import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { organisationKindLabels, type OrganisationKind } from '../../../../shared/roles.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Checkboxes } from '../../components/checkboxes.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormErrors, type FormErrors } from '../../components/form-errors.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { Radios } from '../../components/radios.tsx';
import { Cell, HeadRow } from '../../components/responsive-table.tsx';
import { Select } from '../../components/select.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { NotFoundPage } from '../../routes/not-found-page.tsx';
import { fetchManagedOrganisations, type ManagedOrganisation } from './users-api.ts';
import './users.css';

type Notice = { notice?: string };

/** A system administrator's organisations: practices, services and clinic sites, and their first administrators (issue 13 §1). */
export function OrganisationsRoutes() {
  return (
    <Routes>
      <Route index element={<OrganisationsIndex />} />
      <Route path="new" element={<NewOrganisationPage />} />
      <Route path=":organisationId/services" element={<LinkServicePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

const sections: { kind: OrganisationKind; heading: string }[] = [
  { kind: 'dermatology_service', heading: 'Dermatology services' },
  { kind: 'gp_practice', heading: 'GP practices' },
  { kind: 'community_clinic', heading: 'Community clinics' },
];

function OrganisationsIndex() {
  usePageTitle('Organisations');
  const loaded = useLoad(fetchManagedOrganisations, 'managed-organisations');
  const notice = (useLocation().state as Notice | null)?.notice;
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Organisations" onRetry={loaded.reload} />;
  if (loaded.status !== 'loaded') return null;
  const { organisations } = loaded.value;
  const names = new Map(organisations.map((o) => [o.id, o.name]));

  return (
    <>
      <BackLink to="/admin">Administration</BackLink>
      {notice && <NotificationBanner variant="success">{notice}</NotificationBanner>}
      <h1 className="nhsuk-heading-l">Organisations</h1>
      <p>
        <Link className="nhsuk-button" to="/admin/organisations/new" role="button" draggable="false">
          Add a practice or service
        </Link>
      </p>
      {sections.map(({ kind, heading }) => {
        const rows = organisations.filter((o) => o.kind === kind);
        return (
          <section key={kind} aria-labelledby={`heading-${kind}`}>
            <h2 className="nhsuk-heading-m" id={`heading-${kind}`}>
              {heading} ({rows.length})
            </h2>
            {rows.length === 0 ? (
              <p>None yet.</p>
            ) : (
              <table className="nhsuk-table-responsive">
                <caption className="nhsuk-u-visually-hidden">{heading}</caption>
                <HeadRow
                  headings={[
                    'Name',
                    'Contact',
                    kind === 'community_clinic' ? 'Sites' : kind === 'gp_practice' ? 'Refers to' : 'Users',
                    'Actions',
                  ]}
                />
                <tbody className="nhsuk-table__body">
                  {rows.map((o) => (
                    <OrganisationRow key={o.id} organisation={o} names={names} />
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </>
  );
}

function OrganisationRow({
  organisation: o,
  names,
}: {
  organisation: ManagedOrganisation;
  names: Map<string, string>;
}) {
  const third =
    o.kind === 'community_clinic'
      ? o.sites.map((s) => `${s.name} (${s.postcode})`).join('; ') || 'No sites yet'
      : o.kind === 'gp_practice'
        ? o.serviceIds.map((id) => names.get(id) ?? id).join('; ') || 'No service yet'
        : `${o.userCount} ${o.userCount === 1 ? 'user' : 'users'}`;
  return (
    <tr className="nhsuk-table__row">
      <Cell heading="Name" block>
        {o.name}
        <div className="nhsuk-body-s nhsuk-u-margin-bottom-0">ODS {o.odsCode}</div>
      </Cell>
      <Cell heading="Contact" block>
        {[o.telephone, o.email].filter(Boolean).map((line) => (
          <div className="app-break-anywhere" key={line}>
            {line}
          </div>
        ))}
        {!o.telephone && !o.email && 'None given'}
      </Cell>
      <Cell heading={o.kind === 'community_clinic' ? 'Sites' : o.kind === 'gp_practice' ? 'Refers to' : 'Users'}>
        {third}
      </Cell>
      <Cell heading="Actions" block>
        <div>
          <Link to={`/admin/users/invite?organisationId=${o.id}`}>
            {o.userCount === 0 ? 'Invite its first user' : 'Invite a user'}
            <span className="nhsuk-u-visually-hidden"> to {o.name}</span>
          </Link>
        </div>
        {o.kind !== 'dermatology_service' && (
          <div>
            <Link to={`/admin/organisations/${o.id}/services`}>
              Link to a service<span className="nhsuk-u-visually-hidden"> ({o.name})</span>
            </Link>
          </div>
        )}
      </Cell>
    </tr>
  );
}

function NewOrganisationPage() {
  const navigate = useNavigate();
  const loaded = useLoad(fetchManagedOrganisations, 'managed-organisations');
  const { errors, show, showProblem, hasErrors } = useFormErrors({ kind: 'kind', serviceIds: 'serviceIds' });
  const [kind, setKind] = useState<'gp_practice' | 'dermatology_service' | null>(null);
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  usePageTitle('Add a practice or service', { hasErrors });
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Organisations" onRetry={loaded.reload} />;
  if (loaded.status !== 'loaded') return null;
  const services = loaded.value.organisations.filter((o) => o.kind === 'dermatology_service');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!kind) return show([{ field: 'kind', message: 'Choose a GP practice or a dermatology service' }]);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => ((form.get(name) as string | null) ?? '').trim();
    setSaving(true);
    try {
      const { id } = await api.post<{ id: string }>('/api/admin/organisations', {
        kind,
        name: text('name'),
        odsCode: text('odsCode'),
        address: text('address'),
        postcode: text('postcode'),
        telephone: text('telephone'),
        email: text('email'),
        serviceIds: kind === 'gp_practice' ? serviceIds : [],
      });
      await navigate(`/admin/users/invite?organisationId=${id}`, { replace: false });
    } catch (error) {
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <OrganisationFormPage errors={hasErrors ? errors : null}>
      <h1 className="nhsuk-heading-l">Add a practice or service</h1>
      <p>Once it is added you can invite its first user.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Radios
          id="kind"
          name="kind"
          legend="What kind of organisation is it?"
          legendSize="s"
          options={[
            { value: 'gp_practice', label: organisationKindLabels.gp_practice },
            { value: 'dermatology_service', label: organisationKindLabels.dermatology_service },
          ]}
          value={kind}
          onChange={setKind}
          error={errors.fields['kind']}
        />
        <TextInput id="name" name="name" label="Name" autoComplete="off" error={errors.fields['name']} />
        <TextInput
          id="odsCode"
          name="odsCode"
          label="ODS code"
          hint="Its Organisation Data Service code, for example Y01234"
          autoComplete="off"
          spellCheck={false}
          width={10}
          error={errors.fields['odsCode']}
        />
        <TextInput
          id="address"
          name="address"
          label="Address (optional)"
          autoComplete="off"
          error={errors.fields['address']}
        />
        <TextInput
          id="postcode"
          name="postcode"
          label="Postcode (optional)"
          autoComplete="off"
          width={10}
          error={errors.fields['postcode']}
        />
        <TextInput
          id="telephone"
          name="telephone"
          type="tel"
          label="Telephone (optional)"
          autoComplete="off"
          width={20}
          error={errors.fields['telephone']}
        />
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address (optional)"
          autoComplete="off"
          spellCheck={false}
          error={errors.fields['email']}
        />
        {kind === 'gp_practice' && services.length > 0 && (
          <Checkboxes
            id="serviceIds"
            name="serviceIds"
            legend="Which dermatology services does it refer to?"
            legendSize="s"
            options={services.map((s) => ({ value: s.id, label: s.name }))}
            values={serviceIds}
            onChange={setServiceIds}
            error={errors.fields['serviceIds']}
          />
        )}
        <button className="nhsuk-button" type="submit" disabled={saving}>
          Add organisation
        </button>
      </form>
    </OrganisationFormPage>
  );
}

function LinkServicePage() {
  const { organisationId = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useLoad(fetchManagedOrganisations, 'managed-organisations');
  const { errors, showProblem, hasErrors } = useFormErrors();
  const [saving, setSaving] = useState(false);
  const organisation =
    loaded.status === 'loaded' ? loaded.value.organisations.find((o) => o.id === organisationId) : undefined;
  usePageTitle(organisation ? `Link ${organisation.name} to a service` : 'Link to a service', { hasErrors });
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="Organisations" onRetry={loaded.reload} />;
  if (loaded.status !== 'loaded') return null;
  if (!organisation || organisation.kind === 'dermatology_service')
    return (
      <LoadFailure
        problem={{ type: 'about:blank', title: 'Not found', status: 404, detail: '', code: 'not_found' }}
        what="The organisation"
      />
    );
  const services = loaded.value.organisations.filter(
    (o) => o.kind === 'dermatology_service' && !organisation.serviceIds.includes(o.id),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const serviceId = (new FormData(event.currentTarget).get('serviceId') as string | null) ?? '';
    setSaving(true);
    try {
      await api.post(`/api/admin/organisations/${organisation.id}/services`, { serviceId });
      const name = services.find((s) => s.id === serviceId)?.name ?? 'the service';
      await navigate('/admin/organisations', { state: { notice: `${organisation.name} now works with ${name}.` } });
    } catch (error) {
      setSaving(false);
      showProblem(error);
    }
  };

  return (
    <OrganisationFormPage errors={hasErrors ? errors : null}>
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">{organisation.name}</span>
        Link to a dermatology service
      </h1>
      {services.length === 0 ? (
        <p>It already works with every dermatology service.</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Select id="serviceId" name="serviceId" label="Dermatology service" error={errors.fields['serviceId']}>
            <option value="">Choose a service</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
          <button className="nhsuk-button" type="submit" disabled={saving}>
            Link
          </button>
        </form>
      )}
    </OrganisationFormPage>
  );
}

/** An organisation form's page: back to the list, and the problems of the last attempt above the heading. */
function OrganisationFormPage({ errors, children }: { errors: FormErrors | null; children: ReactNode }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/organisations">Organisations</BackLink>
        {errors && <ErrorSummary items={errors.summary} attempt={errors.attempt} />}
        {children}
      </div>
    </div>
  );
}
