import { londonDate } from '../../../../shared/london-time.ts';
import { formatDay, formatTime } from '../../components/dates.ts';
import { Fieldset } from '../../components/fieldset.tsx';
import { formatMiles, nearnessLabels, patientNearnessLabels } from './appointment-words.ts';
import { addressLine, type Offer, type OfferPage, type Site } from './clinics-api.ts';
import { OfferWeeks, OfferWeekSteps, weekWords } from './offer-weeks.tsx';

/** Who is choosing: the words differ ("the patient", "your postcode"), not what is offered. */
export type Chooser = 'clerk' | 'patient';

type SiteGroup = { site: Site; distanceMiles: number | null; nearness: Offer['nearness']; offers: Offer[] };
type DateGroup = { date: string; sites: SiteGroup[] };

/**
 * The week's offers by London date, and within a date by site in the order the service gives them (nearest
 * first), each site's times earliest first.
 */
export function groupByDate(offers: Offer[]): DateGroup[] {
  const dates: DateGroup[] = [];
  for (const offer of offers) {
    const date = londonDate(offer.startsAt);
    let day = dates.at(-1);
    if (day?.date !== date) {
      day = { date, sites: [] };
      dates.push(day);
    }
    let group = day.sites.find((g) => g.site.id === offer.site.id);
    if (!group) {
      group = { site: offer.site, distanceMiles: offer.distanceMiles, nearness: offer.nearness, offers: [] };
      day.sites.push(group);
    }
    group.offers.push(offer);
  }
  return dates;
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const labelsFor = (chooser: Chooser) => (chooser === 'clerk' ? nearnessLabels : patientNearnessLabels);

/**
 * How far the site is: in miles when both postcodes are in the data set (with "same postcode district" too,
 * when it is, as people think in districts), else by the district rule alone.
 */
function distanceLine(group: SiteGroup, located: boolean, chooser: Chooser): string {
  const from = chooser === 'clerk' ? 'the patient’s postcode' : 'your postcode';
  if (group.distanceMiles !== null)
    return `${capitalise(formatMiles(group.distanceMiles))} from ${from}, in a straight line`;
  if (located) return 'Distance not known for this site’s postcode';
  return labelsFor(chooser)[group.nearness];
}

/** Said once, above the times, when the postcode data set lacks the patient's postcode. */
function DistanceNotKnown({ chooser, postcode }: { chooser: Chooser; postcode?: string | undefined }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        {chooser === 'clerk'
          ? `Distance not known for this postcode${postcode ? ` (${postcode})` : ''}; sites in the same district first.`
          : 'Distance not known for your postcode; sites in your postcode district come first.'}
      </p>
    </div>
  );
}

type OfferChoiceProps = {
  page: OfferPage;
  chooser: Chooser;
  legend: string;
  /** The chosen slot, if it is among this week's. */
  chosen: string | null;
  onChoose: (slotId: string) => void;
  error?: string | undefined;
  /** The patient's postcode, when the page knows it, for saying that its distance is not known. */
  postcode?: string | undefined;
};

/**
 * Every free time of one week as radios under a heading per date and a heading per site (nearest first),
 * with the week-by-week list to choose another week. Each radio's label says its time, date and site, so that
 * a screen reader moving from radio to radio hears the whole of each choice. The first radio's id is `slotId`,
 * which the error summary links to.
 */
export function OfferChoice({ page, chooser, legend, chosen, onChoose, error, postcode }: OfferChoiceProps) {
  const days = groupByDate(page.offers);
  const sites = [...new Map(page.offers.map((offer) => [offer.site.id, offer.site])).values()];
  return (
    <>
      {!page.patientLocated && <DistanceNotKnown chooser={chooser} postcode={postcode} />}
      <OfferWeeks page={page} />
      {sites.length > 0 && <SiteAccess sites={sites} />}
      <Fieldset
        legend={page.week ? `${legend}: ${weekWords(page.week)}` : legend}
        legendSize="s"
        hint="By date; on each date the nearest site comes first. All times are UK time."
        hintId="slotId-hint"
        error={error}
        errorId="slotId-error"
      >
        {days.length === 0 && <p>No times are free that week. Choose another week.</p>}
        {days.map((day, dayIndex) => (
          <div className="app-offer-day" key={day.date}>
            <h3 className="nhsuk-heading-s app-offer-day__heading">{formatDay(day.sites[0]!.offers[0]!.startsAt)}</h3>
            {day.sites.map((group, groupIndex) => (
              <div className="app-offer-site" key={group.site.id}>
                <h4 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">{group.site.name}</h4>
                <p className="nhsuk-body-s app-offer-site__details">
                  <span className="app-line">{distanceLine(group, page.patientLocated, chooser)}</span>
                  {group.distanceMiles !== null && group.nearness === 'same district' && (
                    <span className="app-line">{labelsFor(chooser)['same district']}</span>
                  )}
                  <span className="app-line app-muted">{addressLine(group.site)}</span>
                </p>
                <div className="nhsuk-radios">
                  {group.offers.map((offer, index) => {
                    const id = dayIndex === 0 && groupIndex === 0 && index === 0 ? 'slotId' : `slotId-${offer.slotId}`;
                    return (
                      <div className="nhsuk-radios__item" key={offer.slotId}>
                        <input
                          className="nhsuk-radios__input"
                          id={id}
                          name="slotId"
                          type="radio"
                          value={offer.slotId}
                          checked={chosen === offer.slotId}
                          onChange={() => onChoose(offer.slotId)}
                        />
                        <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                          {formatTime(offer.startsAt)} to {formatTime(offer.endsAt)}
                          <span className="nhsuk-u-visually-hidden">
                            {' '}
                            on {formatDay(offer.startsAt)} at {group.site.name}
                          </span>
                        </label>
                      </div>
                    );
                  })}
                </div>
              </div>
            ))}
          </div>
        ))}
      </Fieldset>
      <OfferWeekSteps page={page} />
    </>
  );
}

/** How to get into each site of the week, once rather than under every date. */
function SiteAccess({ sites }: { sites: Site[] }) {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Getting into {sites.length === 1 ? 'the site' : 'the sites'}
        </span>
      </summary>
      <div className="nhsuk-details__text">
        {sites.map((site) => (
          <p key={site.id}>
            <strong className="app-line">{site.name}</strong>
            <span className="app-line">{addressLine(site)}</span>
            {site.accessibility && <span className="app-line">{site.accessibility}</span>}
            {site.openingHours && <span className="app-line">Open {site.openingHours}</span>}
          </p>
        ))}
      </div>
    </details>
  );
}

/** Whether the page has anything to choose from at all, in any week. */
export const hasFreeTimes = (page: OfferPage): boolean => page.weeks.length > 0;
