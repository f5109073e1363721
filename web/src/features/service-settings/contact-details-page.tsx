import { TextInput } from '../../components/text-input.tsx';
import { SettingsForm } from './settings-form.tsx';

/** The telephone, email and opening hours patients are given on letters and on their pages. */
export function ContactDetailsPage() {
  return (
    <SettingsForm
      title="Contact details for patients"
      savedMessage="Contact details for patients"
      read={(form) => ({
        contactTelephone: (form.get('contactTelephone') as string | null) ?? '',
        contactEmail: (form.get('contactEmail') as string | null) ?? '',
        openingHours: (form.get('openingHours') as string | null) ?? '',
      })}
    >
      {(settings, errors) => (
        <>
          <p>
            Patients are told to use these about their request or an appointment: on every letter from now on (the
            letterhead and the “who to contact” section) and on the pages their secure link opens. Questions about their
            skin still go to their GP practice.
          </p>
          <TextInput
            id="contactTelephone"
            name="contactTelephone"
            label="Telephone number"
            hint="A number that is answered, for example 01632 960 100."
            type="tel"
            autoComplete="off"
            width={20}
            defaultValue={settings.contactTelephone}
            error={errors.fields['contactTelephone']}
          />
          <TextInput
            id="openingHours"
            name="openingHours"
            label="When the telephone is answered (optional)"
            hint="For example, Monday to Friday, 9am to 5pm."
            autoComplete="off"
            defaultValue={settings.openingHours}
            error={errors.fields['openingHours']}
          />
          <TextInput
            id="contactEmail"
            name="contactEmail"
            label="Email address (optional)"
            hint="Leave empty if patients should not email the service."
            type="email"
            autoComplete="off"
            spellCheck={false}
            defaultValue={settings.contactEmail}
            error={errors.fields['contactEmail']}
          />
        </>
      )}
    </SettingsForm>
  );
}
