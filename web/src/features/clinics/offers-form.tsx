import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { Fieldset } from '../../components/fieldset.tsx';
import { formatTime } from '../../components/dates.ts';
import type { useFormErrors } from '../../components/form-errors.ts';
import { Radios } from '../../components/radios.tsx';
import { nearnessLabels } from './appointment-words.ts';
import { addressLine, type Channel, type Offer, type Site } from './clinics-api.ts';
import { formatDay } from './london-dates.ts';

type OffersFormProps = {
  offers: Offer[];
  legend: string;
  submitLabel: string;
  /** Books (or moves to) the chosen slot; a refusal is shown in the error summary and the offers are read again. */
  onSubmit: (slotId: string, channel: Channel) => Promise<void>;
  onRefused: () => void;
  /** The page's errors: its error summary stands at the top of the page, above the heading. */
  formErrors: ReturnType<typeof useFormErrors>;
  /** What comes after the button: a link back, say. */
  children?: ReactNode;
};

const channelOptions = [
  { value: 'email', label: 'Email', hint: 'With the appointment letter attached' },
  { value: 'sms', label: 'Text message', hint: 'To the mobile number on the patient’s record' },
] as const;

/**
 * The open slots offered to the patient, grouped by site in the order the service gives them (nearest site first,
 * then the earliest), with how the patient is told about the appointment.
 */
export function OffersForm({
  offers,
  legend,
  submitLabel,
  onSubmit,
  onRefused,
  formErrors,
  children,
}: OffersFormProps) {
  const [slotId, setSlotId] = useState<string | null>(null);
  const [channel, setChannel] = useState<Channel | null>(null);
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, clear } = formErrors;
  const chosen = offers.some((offer) => offer.slotId === slotId) ? slotId : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const missing = [
      ...(chosen ? [] : [{ field: 'slotId', message: 'Choose an appointment' }]),
      ...(channel ? [] : [{ field: 'channel', message: 'Choose email or text message' }]),
    ];
    if (missing.length || !chosen || !channel) return show(missing);
    setSaving(true);
    try {
      await onSubmit(chosen, channel);
      clear();
    } catch (error) {
      setSaving(false);
      showProblem(error);
      // Someone took the slot a moment ago: read the offers again, so that only open ones are shown.
      if (error instanceof ApiError && error.status === 409) {
        setSlotId(null);
        onRefused();
      }
      return;
    }
    setSaving(false);
  };

  return (
    <>
      {offers.length === 0 ? (
        <>
          <p>
            There are no open appointments at the clinic sites. Add a clinic session, then come back to book the
            patient.
          </p>
          {children}
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <Fieldset
            legend={legend}
            legendSize="s"
            hint="Nearest site first, then the earliest time. All times are UK time."
            hintId="slotId-hint"
            error={errors.fields['slotId']}
            errorId="slotId-error"
          >
            {groupBySite(offers).map(({ site, offers: siteOffers, nearness }, group) => (
              <div className="app-offer-site" key={site.id}>
                <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{site.name}</h3>
                <p className="nhsuk-body-s app-offer-site__details">
                  <span className="app-line">{addressLine(site)}</span>
                  {site.accessibility && <span className="app-line">{site.accessibility}</span>}
                  <span className="app-line app-muted">{nearnessLabels[nearness]}</span>
                </p>
                <div className="nhsuk-radios">
                  {siteOffers.map((offer, index) => {
                    const first = group === 0 && index === 0;
                    const id = first ? 'slotId' : `slotId-${offer.slotId}`;
                    return (
                      <div className="nhsuk-radios__item" key={offer.slotId}>
                        <input
                          className="nhsuk-radios__input"
                          id={id}
                          name="slotId"
                          type="radio"
                          value={offer.slotId}
                          checked={chosen === offer.slotId}
                          onChange={() => setSlotId(offer.slotId)}
                        />
                        <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                          {formatDay(offer.startsAt)}, {formatTime(offer.startsAt)} to {formatTime(offer.endsAt)}
                          <span className="nhsuk-u-visually-hidden"> at {site.name}</span>
                        </label>
                      </div>
                    );
                  })}
                </div>
              </div>
            ))}
          </Fieldset>
          <Radios
            id="channel"
            name="channel"
            legend="How should the patient be told?"
            legendSize="s"
            hint="They are sent the appointment and a secure link to move or cancel it."
            options={channelOptions}
            value={channel}
            onChange={setChannel}
            error={errors.fields['channel']}
          />
          <div className="nhsuk-button-group">
            <button className="nhsuk-button" type="submit" disabled={saving}>
              {submitLabel}
            </button>
            {children}
          </div>
        </form>
      )}
    </>
  );
}

/** The offers of each site together, sites in the order they first appear (the service's order: nearest first). */
function groupBySite(offers: Offer[]): { site: Site; nearness: Offer['nearness']; offers: Offer[] }[] {
  const groups = new Map<string, { site: Site; nearness: Offer['nearness']; offers: Offer[] }>();
  for (const offer of offers) {
    const group = groups.get(offer.site.id) ?? { site: offer.site, nearness: offer.nearness, offers: [] };
    group.offers.push(offer);
    groups.set(offer.site.id, group);
  }
  return [...groups.values()];
}
