import { useState } from 'react';
import { Radios } from '../../components/radios.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { SettingsForm } from './settings-form.tsx';
import { didNotAttendRuleLabels, typedNumber, type DidNotAttendRule, type ServiceSettings } from './settings-api.ts';

const ruleOptions = (Object.keys(didNotAttendRuleLabels) as DidNotAttendRule[]).map((value) => ({
  value,
  label: didNotAttendRuleLabels[value],
}));

/**
 * Reminder days as typed ("3, 1" or "3 and 1"), or null when a part is not a whole number: the page says so itself,
 * since the service cannot tell which part of the typing was meant.
 */
function reminderDays(text: string): number[] | null {
  const parts = text
    .split(/,|\band\b|\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.every((part) => /^\d+$/.test(part))) return null;
  return parts.map(Number);
}

/** What happens when a patient does not attend, the reminders before an appointment, and the grace period. */
export function ClinicRulesPage() {
  return (
    <SettingsForm
      title="Clinic appointments"
      savedMessage="Clinic appointment rules"
      read={(form) => {
        const reminders = reminderDays((form.get('reminderWorkingDays') as string | null) ?? '');
        if (!reminders) {
          return [
            {
              field: 'reminderWorkingDays',
              message: 'Enter the reminder days as whole numbers separated by commas, like 3, 1',
            },
          ];
        }
        return {
          didNotAttendRule: (form.get('didNotAttendRule') as DidNotAttendRule | null) ?? null,
          reminderWorkingDays: reminders,
          didNotAttendGraceMinutes: typedNumber((form.get('didNotAttendGraceMinutes') as string | null) ?? ''),
        };
      }}
    >
      {(settings, errors) => <ClinicRulesFields settings={settings} errors={errors.fields} />}
    </SettingsForm>
  );
}

function ClinicRulesFields({ settings, errors }: { settings: ServiceSettings; errors: Record<string, string> }) {
  const [rule, setRule] = useState<DidNotAttendRule>(settings.didNotAttendRule);
  return (
    <>
      <Radios
        id="didNotAttendRule"
        name="didNotAttendRule"
        legend="When a patient does not attend a photography clinic"
        hint="The referrer is sent a letter when a request is returned."
        options={ruleOptions}
        value={rule}
        onChange={setRule}
        error={errors['didNotAttendRule']}
      />
      <TextInput
        id="reminderWorkingDays"
        name="reminderWorkingDays"
        label="Reminders, in working days before the appointment"
        hint="Up to 5, separated by commas, for example 3, 1. Leave empty to send no reminders. Applies to appointments booked from now on."
        autoComplete="off"
        spellCheck={false}
        width={10}
        defaultValue={settings.reminderWorkingDays.join(', ')}
        error={errors['reminderWorkingDays']}
      />
      <TextInput
        id="didNotAttendGraceMinutes"
        name="didNotAttendGraceMinutes"
        label="Grace period, in minutes after the appointment starts"
        hint="How late a patient may be before they can be recorded as not attending: 0 to 240 minutes. Never before the appointment starts."
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        width={3}
        defaultValue={String(settings.didNotAttendGraceMinutes)}
        error={errors['didNotAttendGraceMinutes']}
      />
    </>
  );
}
