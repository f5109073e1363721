import { Link } from 'react-router';
import { MultilineText, SummaryList } from '../../components/summary-list.tsx';
import type { LocatedSite } from './clinics-api.ts';

/**
 * A clinic site as an NHS.UK summary card: where it is, how to get in, when it is open, with a Change link, and
 * whether the service's postcode data locates it (without a location, distances to it cannot be shown).
 */
export function SiteCard({ site, canChange }: { site: LocatedSite; canChange: boolean }) {
  return (
    <div className="nhsuk-card app-site-card">
      <div className="nhsuk-card__heading-container">
        <h3 className="nhsuk-card__heading">{site.name}</h3>
        {canChange && (
          <div className="nhsuk-card__actions">
            <Link to={`/clinics/sites/${site.id}`}>
              Change<span className="nhsuk-u-visually-hidden"> {site.name}</span>
            </Link>
          </div>
        )}
      </div>
      <div className="nhsuk-card__content">
        <SummaryList
          noBorder
          rows={[
            { key: 'Clinic', value: site.clinicName },
            {
              key: 'Address',
              value: (
                <>
                  <MultilineText text={site.address} />
                  <span className="app-line">{site.postcode}</span>
                </>
              ),
            },
            { key: 'Accessibility', value: <MultilineText text={site.accessibility} empty="Nothing recorded" /> },
            { key: 'Opening hours', value: <MultilineText text={site.openingHours} empty="Not recorded" /> },
            {
              key: 'Distance to patients',
              value: site.location
                ? 'Shown to patients and clerks, from the postcode'
                : 'Not known: the postcode is not in the service’s postcode data, so the site is offered by postcode district',
            },
          ]}
        />
      </div>
    </div>
  );
}
