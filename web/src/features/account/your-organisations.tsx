import { organisationKindLabels, roleLabels } from '../../../../shared/roles.ts';
import type { Membership } from '../auth/session.ts';

/** Each organisation the person works for, what kind it is and the roles they hold there. */
export function YourOrganisations({ memberships }: { memberships: Membership[] }) {
  return (
    <section aria-labelledby="your-organisations">
      <h2 className="nhsuk-heading-m" id="your-organisations">
        {memberships.length === 1 ? 'Your organisation' : 'Your organisations'}
      </h2>
      {memberships.length === 0 && (
        <p>You are not a member of any organisation yet. Ask your service administrator to add you.</p>
      )}
      {memberships.map((membership) => (
        <div className="nhsuk-card" key={membership.organisationId}>
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-s">{membership.organisationName}</h3>
            <dl className="nhsuk-summary-list nhsuk-summary-list--no-border nhsuk-u-margin-bottom-0">
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Type</dt>
                <dd className="nhsuk-summary-list__value">{organisationKindLabels[membership.kind]}</dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">
                  {membership.roles.length === 1 ? 'Your role' : 'Your roles'}
                </dt>
                <dd className="nhsuk-summary-list__value">
                  {membership.roles.map((role) => roleLabels[role]).join(', ')}
                </dd>
              </div>
            </dl>
          </div>
        </div>
      ))}
    </section>
  );
}
