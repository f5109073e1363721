import { Fieldset } from '../../components/fieldset.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { SettingsForm } from './settings-form.tsx';
import { typedNumber } from './settings-api.ts';

const pathways = [
  { legend: 'Advice & Guidance', routine: 'adviceTargetWorkingDays', urgent: 'urgentAdviceTargetWorkingDays' },
  { legend: 'Referral for triage', routine: 'referralTargetWorkingDays', urgent: 'urgentReferralTargetWorkingDays' },
] as const;

/** The response target of each pathway and urgency, in working days. */
export function ResponseTargetsPage() {
  return (
    <SettingsForm
      title="Response targets"
      savedMessage="Response targets"
      read={(form) =>
        Object.fromEntries(
          pathways
            .flatMap((p) => [p.routine, p.urgent])
            .map((field) => [field, typedNumber((form.get(field) as string | null) ?? '')]),
        )
      }
    >
      {(settings, errors) => (
        <>
          <p>
            Working days from when a case is ready for review. Weekends and bank holidays in England and Wales do not
            count, nor does time waiting for the referrer’s answer.
          </p>
          <p>
            A change applies to requests that become ready for review from now on. Requests already waiting keep the due
            date they were given.
          </p>
          {pathways.map((pathway) => (
            <Fieldset key={pathway.legend} legend={pathway.legend} legendSize="m">
              {(['routine', 'urgent'] as const).map((urgency) => {
                const field = pathway[urgency];
                return (
                  <TextInput
                    key={field}
                    id={field}
                    name={field}
                    label={urgency === 'routine' ? 'Routine (working days)' : 'Urgent (working days)'}
                    {...(urgency === 'urgent' ? { hint: 'No longer than the routine target.' } : {})}
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    width={3}
                    defaultValue={String(settings[field])}
                    error={errors.fields[field]}
                  />
                );
              })}
            </Fieldset>
          ))}
        </>
      )}
    </SettingsForm>
  );
}
