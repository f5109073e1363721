const londonParts = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** An appointment's time as the patient reads it, in London: "Tuesday 1 December 2026 at 10:20". */
export function appointmentDateTime(at: Date): string {
  const part = Object.fromEntries(londonParts.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part['weekday']} ${part['day']} ${part['month']} ${part['year']} at ${part['hour']}:${part['minute']}`;
}
