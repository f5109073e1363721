import type { Queryable } from '../../db/database.ts';
import { describeBodySite } from '../../../shared/body-sites.ts';
import { atLondonTime, endOfLondonDay } from '../../working-days.ts';
import { listImagesOfRequest, type ImageView } from '../images/index.ts';
import type { AppointmentRow } from './appointments.repository.ts';
import {
  appointmentsOfDay,
  dayRowOfAppointment,
  questionnaireOfRequest,
  type DayRow,
  type LesionRow,
} from './clinic-day.repository.ts';
import type { Site } from './sites.repository.ts';
import { requiredViews } from './required-views.ts';

export type DayStatus = 'expected' | 'arrived' | 'in_progress' | 'done' | 'did_not_attend';

export type DayItem = {
  appointmentId: string;
  requestId: string;
  reference: string;
  startsAt: Date;
  patientName: string;
  dateOfBirth: string;
  nhsNumber: string;
  lesions: (Omit<LesionRow, 'description'> & { bodySiteLabel: string })[];
  questionnaireDone: boolean;
  status: DayStatus;
  /** From when the patient can be marked as did not attend: the start plus the service's grace. */
  didNotAttendFrom: Date;
};

/** Where an appointment is on the day, as the photographer's list shows it. */
export function dayStatus(row: { appointmentStatus: string; arrivedAt: Date | null; imageCount: number }): DayStatus {
  if (row.appointmentStatus === 'did_not_attend') return 'did_not_attend';
  if (row.appointmentStatus === 'attended') return 'done';
  if (!row.arrivedAt) return 'expected';
  return row.imageCount > 0 ? 'in_progress' : 'arrived';
}

const present = (row: DayRow): DayItem & { site: Site } => ({
  appointmentId: row.appointmentId,
  requestId: row.requestId,
  reference: row.reference,
  startsAt: new Date(row.startsAt),
  patientName: row.patientName,
  dateOfBirth: row.dateOfBirth,
  nhsNumber: row.nhsNumber,
  lesions: row.lesions.map((l) => ({
    id: l.id,
    position: l.position,
    bodySite: l.bodySite,
    laterality: l.laterality,
    sizeMm: l.sizeMm === null ? null : Number(l.sizeMm),
    bodySiteLabel: describeBodySite(l.bodySite, l.laterality),
  })),
  questionnaireDone: row.questionnaireDone,
  status: dayStatus(row),
  didNotAttendFrom: new Date(row.didNotAttendFrom),
  site: row.site,
});

/**
 * The clinic list for a London date at the photographer's sites: every appointment that is booked, done or
 * missed (cancelled and moved ones are not coming), by site and time.
 */
export async function clinicDay(
  db: Queryable,
  options: { clinicIds: string[]; date: string },
): Promise<{ site: Site; appointments: DayItem[] }[]> {
  const rows = await appointmentsOfDay(db, {
    clinicIds: options.clinicIds,
    from: atLondonTime(options.date, '00:00'),
    to: endOfLondonDay(options.date),
  });
  const bySite = new Map<string, { site: Site; appointments: DayItem[] }>();
  for (const row of rows) {
    const { site, ...item } = present(row);
    const entry = bySite.get(site.id) ?? { site, appointments: [] };
    entry.appointments.push(item);
    bySite.set(site.id, entry);
  }
  return [...bySite.values()];
}

/**
 * One appointment as the photographer captures it: the lesions on the referral, the views each needs, the
 * photographs taken so far, the questionnaire, and everything still missing in words.
 */
export async function captureView(db: Queryable, appointment: AppointmentRow) {
  const row = (await dayRowOfAppointment(db, appointment.id))!;
  const item = present(row);
  const images = (await listImagesOfRequest(db, appointment.requestId)).filter((i) => i.state !== 'failed');
  const questionnaire = await questionnaireOfRequest(db, appointment.requestId);
  const missing: string[] = [];
  const lesions = item.lesions.map((lesion, i) => {
    const views = requiredViews(lesion);
    const own = images.filter((image) => image.lesionId === lesion.id);
    const missingViews = views.filter((view) => !own.some((image) => image.view === view));
    for (const view of missingViews)
      missing.push(`Lesion ${lesion.position} (${lesion.bodySiteLabel}): ${viewWords[view]}`);
    return {
      ...lesion,
      description: row.lesions[i]!.description,
      requiredViews: views,
      missingViews,
      images: own.map((image) => ({
        id: image.id,
        view: image.view,
        state: image.state,
        warnings: image.quality?.warnings ?? [],
      })),
    };
  });
  if (!appointment.arrivedAt) missing.unshift('Mark the patient as arrived');
  if (!appointment.questionnaireConfirmedAt) missing.push('Confirm the questionnaire with the patient');
  return {
    ...item,
    lesions,
    site: appointment.site,
    appointmentStatus: appointment.status,
    arrivedAt: appointment.arrivedAt,
    questionnaire: questionnaire
      ? {
          answers: questionnaire.answers,
          completedAt: questionnaire.completedAt,
          confirmedAt: appointment.questionnaireConfirmedAt,
        }
      : null,
    questionnaireConfirmedAt: appointment.questionnaireConfirmedAt,
    missing,
  };
}

const viewWords: Record<ImageView, string> = {
  regional: 'regional photograph',
  close_up: 'close-up photograph',
  dermoscopic: 'dermoscopic photograph',
};
