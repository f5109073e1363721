import type { DayLesion, DayStatus } from './clinic-day-api.ts';

export const dayStatusLabels: Record<DayStatus, string> = {
  expected: 'Expected',
  arrived: 'Arrived',
  in_progress: 'In progress',
  done: 'Done',
  did_not_attend: 'Did not attend',
};

const colours: Record<DayStatus, string> = {
  expected: 'grey',
  arrived: 'blue',
  in_progress: 'yellow',
  done: 'green',
  did_not_attend: 'red',
};

/** Where an appointment is on the day, as an NHS.UK tag coloured so the list can be scanned. */
export function DayStatusTag({ status }: { status: DayStatus }) {
  return <strong className={`nhsuk-tag nhsuk-tag--${colours[status]}`}>{dayStatusLabels[status]}</strong>;
}

/** Whether the patient's questionnaire is done (by them, or confirmed at the clinic). */
export function QuestionnaireTag({ done }: { done: boolean }) {
  return done ? (
    <strong className="nhsuk-tag nhsuk-tag--green">Done</strong>
  ) : (
    <strong className="nhsuk-tag nhsuk-tag--grey">Not done</strong>
  );
}

/** "Cheek, right, 6 mm" or "Back, size not recorded". */
export function lesionText(lesion: Pick<DayLesion, 'bodySiteLabel' | 'sizeMm'>): string {
  return `${lesion.bodySiteLabel}, ${lesion.sizeMm === null ? 'size not recorded' : `${lesion.sizeMm} mm`}`;
}
