import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { useLoad } from '../../api/use-load.ts';
import type { useFormErrors } from '../../components/form-errors.ts';
import { Radios } from '../../components/radios.tsx';
import { formatMobile } from './appointment-words.ts';
import { getOffers, getPatientContact, type Channel, type PatientContact } from './clinics-api.ts';
import { hasFreeTimes, OfferChoice } from './offer-choice.tsx';
import { useOfferWeek } from './offer-weeks.tsx';

type OffersFormProps = {
  /** The request being booked (or whose appointment is being moved). */
  requestId: string;
  legend: string;
  submitLabel: string;
  /** Books (or moves to) the chosen slot; a refusal is shown in the error summary and the offers are read again. */
  onSubmit: (slotId: string, channel: Channel) => Promise<void>;
  /** The page's errors: its error summary stands at the top of the page, above the heading. */
  formErrors: ReturnType<typeof useFormErrors>;
  /** What comes after the button: a link back, say. */
  children?: ReactNode;
};

/** The two ways of telling the patient, each saying where it goes, so the clerk can see which will work. */
function channelOptions(contact: PatientContact | null) {
  return [
    {
      value: 'email',
      label: 'Email',
      hint: !contact
        ? 'With the appointment letter attached'
        : contact.email
          ? `To ${contact.email}, with the appointment letter attached`
          : 'No email address on the patient’s record',
    },
    {
      value: 'sms',
      label: 'Text message',
      hint: !contact
        ? 'To the mobile number on the patient’s record'
        : contact.mobile
          ? `To ${formatMobile(contact.mobile)}`
          : 'No mobile number on the patient’s record',
    },
  ] as const;
}

/**
 * Every open slot for the patient, a week at a time (the week in the address, `?week=`, else the first with
 * any), by date and nearest site first, with how the patient is told and where that message would go.
 */
export function OffersForm({ requestId, legend, submitLabel, onSubmit, formErrors, children }: OffersFormProps) {
  const [week] = useOfferWeek();
  const [attempt, setAttempt] = useState(0);
  const page = useLoad(() => getOffers(requestId, week), `${requestId}:${week ?? ''}:${attempt}`);
  const contact = useLoad(() => getPatientContact(requestId), requestId);
  const [slotId, setSlotId] = useState<string | null>(null);
  const [channel, setChannel] = useState<Channel | null>(null);
  const [saving, setSaving] = useState(false);
  const { errors, show, showProblem, clear } = formErrors;
  const offers = page.status === 'loaded' ? page.value.offers : [];
  const chosen = offers.some((offer) => offer.slotId === slotId) ? slotId : null;
  const known = contact.status === 'loaded' ? contact.value : null;

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
        setAttempt((n) => n + 1);
      }
      return;
    }
    setSaving(false);
  };

  if (page.status === 'failed') {
    return (
      <>
        <p>The open appointments could not be shown: {page.problem.detail}</p>
        <p>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={page.reload}>
            Try again
          </button>
        </p>
        {children}
      </>
    );
  }
  if (page.status !== 'loaded') return null;
  if (!hasFreeTimes(page.value)) {
    return (
      <>
        <p>
          There are no open appointments at the clinic sites in the next 90 days. Add a clinic session, then come back
          to book the patient.
        </p>
        {children}
      </>
    );
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <OfferChoice
        page={page.value}
        chooser="clerk"
        legend={legend}
        chosen={chosen}
        onChoose={setSlotId}
        error={errors.fields['slotId']}
        postcode={known?.postcode}
      />
      {known && !known.email && !known.mobile && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            The patient has no email address or mobile number on record, so neither way of telling them will work. Only
            their GP practice can add one: ask {known.practice.name}
            {known.practice.telephone ? ` on ${known.practice.telephone}` : ''} to add it to the patient&rsquo;s record,
            then come back to book.
          </p>
        </div>
      )}
      <Radios
        id="channel"
        name="channel"
        legend="How should the patient be told?"
        legendSize="s"
        hint="They are sent the appointment and a secure link to move or cancel it."
        options={channelOptions(known)}
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
  );
}
