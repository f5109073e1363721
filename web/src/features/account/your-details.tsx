import type { Session } from '../auth/session.ts';

type Row = { key: string; value: string };

/** The signed-in person's own details, with professional numbers only where they have them. */
export function YourDetails({ user }: { user: Session['user'] }) {
  const rows: Row[] = [
    { key: 'Name', value: user.displayName },
    { key: 'Email address', value: user.email },
    ...(user.gmcNumber ? [{ key: 'GMC number', value: user.gmcNumber }] : []),
    ...(user.professionalRegistration
      ? [{ key: 'Professional registration', value: user.professionalRegistration }]
      : []),
  ];
  return (
    <section aria-labelledby="your-details">
      <h2 className="nhsuk-heading-m" id="your-details">
        Your details
      </h2>
      <dl className="nhsuk-summary-list">
        {rows.map((row) => (
          <div className="nhsuk-summary-list__row" key={row.key}>
            <dt className="nhsuk-summary-list__key">{row.key}</dt>
            <dd className="nhsuk-summary-list__value">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
