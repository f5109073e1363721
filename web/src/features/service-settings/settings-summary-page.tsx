import { useLocation, useNavigate } from 'react-router';
import { useLoad } from '../../api/use-load.ts';
import { BackLink } from '../../components/back-link.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { didNotAttendRuleLabels, getServiceSettings, workingDays, type ServiceSettings } from './settings-api.ts';
import { ServiceSelect, useServiceChoice } from '../admin/service-choice.tsx';

const title = 'Response targets and service settings';

/** What the service's settings are now, each part with a Change link to its form. */
export function SettingsSummaryPage() {
  const { services, service, pathFor } = useServiceChoice();
  const navigate = useNavigate();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const loaded = useLoad(
    () => (service ? getServiceSettings(service.id) : Promise.resolve(null)),
    service?.id ?? 'none',
  );
  usePageTitle(title);

  if (!service) {
    return (
      <>
        <h1 className="nhsuk-heading-l">{title}</h1>
        <p>You do not administer a dermatology service.</p>
      </>
    );
  }
  if (loaded.status === 'failed')
    return <LoadFailure problem={loaded.problem} what="The service's settings" onRetry={loaded.reload} />;
  const settings = loaded.status === 'loaded' ? loaded.value : null;
  const change = (path: string, hiddenText: string) => ({ to: pathFor(`/admin/settings/${path}`), hiddenText });

  return (
    <>
      <BackLink to="/admin">Back to administration</BackLink>
      {saved && <NotificationBanner variant="success">{saved} saved.</NotificationBanner>}
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">{service.name}</span>
        {title}
      </h1>
      <ServiceSelect
        id="settings-service"
        services={services}
        value={service.id}
        onChange={(id) => void navigate(`/admin/settings?service=${encodeURIComponent(id)}`)}
      />
      {!settings ? <p aria-live="polite">Loading…</p> : <SettingsSummary settings={settings} change={change} />}
    </>
  );
}

function SettingsSummary({
  settings,
  change,
}: {
  settings: ServiceSettings;
  change: (path: string, hiddenText: string) => { to: string; hiddenText: string };
}) {
  const none = <span className="app-muted">None given</span>;
  return (
    <>
      <h2 className="nhsuk-heading-m">Response targets</h2>
      <p>
        How long the consultant has to respond, in working days from when a case is ready for review (weekends and bank
        holidays in England and Wales do not count, nor does time waiting for the referrer’s answer).
      </p>
      <SummaryList
        rows={[
          {
            key: 'Advice & Guidance, routine',
            value: workingDays(settings.adviceTargetWorkingDays),
            change: change('targets', 'routine Advice & Guidance target'),
          },
          {
            key: 'Advice & Guidance, urgent',
            value: workingDays(settings.urgentAdviceTargetWorkingDays),
            change: change('targets', 'urgent Advice & Guidance target'),
          },
          {
            key: 'Referral for triage, routine',
            value: workingDays(settings.referralTargetWorkingDays),
            change: change('targets', 'routine referral target'),
          },
          {
            key: 'Referral for triage, urgent',
            value: workingDays(settings.urgentReferralTargetWorkingDays),
            change: change('targets', 'urgent referral target'),
          },
        ]}
      />
      <h2 className="nhsuk-heading-m">Clinic appointments</h2>
      <SummaryList
        rows={[
          {
            key: 'When a patient does not attend',
            value: didNotAttendRuleLabels[settings.didNotAttendRule],
            change: change('clinic-rules', 'what happens when a patient does not attend'),
          },
          {
            key: 'Reminders',
            value: settings.reminderWorkingDays.length
              ? `${settings.reminderWorkingDays.join(' and ')} working days before the appointment`
              : 'No reminders',
            change: change('clinic-rules', 'reminders'),
          },
          {
            key: 'Grace period before did not attend',
            value: `${settings.didNotAttendGraceMinutes} minutes after the appointment starts`,
            change: change('clinic-rules', 'grace period before did not attend'),
          },
        ]}
      />
      <h2 className="nhsuk-heading-m">Contact details for patients</h2>
      <p>Printed on every letter and shown on the patient’s pages, for questions about a request or an appointment.</p>
      <SummaryList
        rows={[
          {
            key: 'Telephone',
            value: settings.contactTelephone || none,
            change: change('contact', 'telephone number for patients'),
          },
          { key: 'Email', value: settings.contactEmail || none, change: change('contact', 'email for patients') },
          { key: 'Opening hours', value: settings.openingHours || none, change: change('contact', 'opening hours') },
        ]}
      />
    </>
  );
}
