import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useSignedInSession } from '../auth/session-context.ts';

type Section = { to: string; label: string; description: string };

const serviceSections: Section[] = [
  {
    to: '/admin/rules',
    label: 'Eligibility rules',
    description: 'Who the service takes on each pathway: each rule set, its versions and what changed.',
  },
  {
    to: '/admin/settings',
    label: 'Response targets and service settings',
    description: 'Targets in working days, did-not-attend rules, reminders, and the contact details patients see.',
  },
  {
    to: '/admin/templates',
    label: 'Plan templates and leaflets',
    description: 'The plan text and patient leaflets offered for each diagnosis.',
  },
];

const everyAdminSections: Section[] = [
  {
    to: '/admin/users',
    label: 'Users',
    description: 'Invite people, give and take roles, disable and re-enable accounts.',
  },
  {
    to: '/admin/audit',
    label: 'Audit trail',
    description: 'Who did what, to which record and when; export it and check the trail is unbroken.',
  },
];

const systemSections: Section[] = [
  {
    to: '/admin/organisations',
    label: 'Organisations',
    description: 'GP practices, dermatology services and clinic sites, and their first administrators.',
  },
];

/** The administrator's hub: each part of running the service, for the roles the person holds. */
export function AdminPage() {
  usePageTitle('Administration');
  const session = useSignedInSession();
  const sections = [
    ...(session.roles.includes('service_admin') ? serviceSections : []),
    ...everyAdminSections,
    ...(session.roles.includes('system_admin') ? systemSections : []),
  ];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">Administration</h1>
        <ul className="nhsuk-list">
          {sections.map((section) => (
            <li key={section.to} className="nhsuk-u-margin-bottom-4">
              <Link to={section.to} className="nhsuk-body-l nhsuk-u-font-weight-bold">
                {section.label}
              </Link>
              <p className="nhsuk-u-margin-bottom-0">{section.description}</p>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
