import type { Queryable } from '../../db/database.ts';
import { describeBodySite, type Laterality } from '../../../shared/body-sites.ts';
import { atLondonTime, endOfLondonDay } from '../../working-days.ts';
import { listImagesOfRequest, type ImageView } from '../images/index.ts';
import { didNotAttendFromSql } from '../organisations/index.ts';
import type { AppointmentRow, Site } from './clinics.repository.ts';
import { requiredViews } from './required-views.ts';

export type DayStatus = 'expected' | 'arrived' | 'in_progress' | 'done' | 'did_not_attend';

type LesionRow = {
  id: string;
  position: number;
  bodySite: string;
  laterality: Laterality;
  sizeMm: number | null;
  description: string;
};

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

type DayRow = Omit<DayItem, 'lesions' | 'status'> & {
  site: Site;
  appointmentStatus: string;
  arrivedAt: Date | null;
  imageCount: number;
  lesions: LesionRow[];
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

const daySelect = `SELECT a.id AS "appointmentId", r.id AS "requestId", r.reference, s.starts_at AS "startsAt",
    p.given_name || ' ' || p.family_name AS "patientName", to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
    p.nhs_number AS "nhsNumber", a.status AS "appointmentStatus", a.arrived_at AS "arrivedAt",
    ${didNotAttendFromSql('s.starts_at', 'r.service_id')} AS "didNotAttendFrom",
    (q.completed_at IS NOT NULL OR a.questionnaire_confirmed_at IS NOT NULL) AS "questionnaireDone",
    (SELECT count(*)::int FROM images i WHERE i.request_id = r.id AND i.uploaded_at >= a.booked_at AND i.removed_at IS NULL) AS "imageCount",
    coalesce((SELECT json_agg(json_build_object('id', l.id, 'position', l.position, 'bodySite', l.body_site,
        'laterality', l.laterality, 'sizeMm', l.size_mm, 'description', l.description) ORDER BY l.position)
      FROM lesions l WHERE l.request_id = r.id), '[]'::json) AS lesions,
    json_build_object('id', st.id, 'clinicId', st.clinic_id, 'clinicName', co.name, 'name', st.name,
      'address', st.address, 'postcode', st.postcode, 'accessibility', st.accessibility,
      'openingHours', st.opening_hours) AS site
  FROM appointments a JOIN clinic_slots s ON s.id = a.slot_id JOIN clinic_sessions cs ON cs.id = s.session_id
  JOIN clinic_sites st ON st.id = cs.site_id JOIN organisations co ON co.id = st.clinic_id
  JOIN requests r ON r.id = a.request_id JOIN patients p ON p.id = r.patient_id
  LEFT JOIN questionnaires q ON q.request_id = r.id`;

/**
 * The clinic list for a London date at the photographer's sites: every appointment that is booked, done or
 * missed (cancelled and moved ones are not coming), by site and time.
 */
export async function clinicDay(
  db: Queryable,
  options: { clinicIds: string[]; date: string },
): Promise<{ site: Site; appointments: DayItem[] }[]> {
  const { rows } = await db.query<DayRow>(
    `${daySelect}
     WHERE st.clinic_id = ANY($1) AND s.starts_at >= $2 AND s.starts_at <= $3
       AND a.status IN ('booked', 'attended', 'did_not_attend')
     ORDER BY st.name, s.starts_at`,
    [options.clinicIds, atLondonTime(options.date, '00:00'), endOfLondonDay(options.date)],
  );
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
  const { rows } = await db.query<DayRow>(`${daySelect} WHERE a.id = $1`, [appointment.id]);
  const row = rows[0]!;
  const item = present(row);
  const images = (await listImagesOfRequest(db, appointment.requestId)).filter((i) => i.state !== 'failed');
  const { rows: questionnaires } = await db.query<{ answers: unknown; completedAt: Date | null }>(
    'SELECT answers, completed_at AS "completedAt" FROM questionnaires WHERE request_id = $1',
    [appointment.requestId],
  );
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
    questionnaire: questionnaires[0]
      ? {
          answers: questionnaires[0].answers,
          completedAt: questionnaires[0].completedAt,
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
