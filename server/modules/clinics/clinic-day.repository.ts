import type { Queryable } from '../../db/database.ts';
import type { Laterality } from '../../../shared/body-sites.ts';
import { didNotAttendFromSql } from '../organisations/index.ts';
import type { Site } from './sites.repository.ts';

export type LesionRow = {
  id: string;
  position: number;
  bodySite: string;
  laterality: Laterality;
  sizeMm: number | null;
  description: string;
};

/** An appointment as the photographer's day list reads it, before it is put in words (clinic-day.ts). */
export type DayRow = {
  appointmentId: string;
  requestId: string;
  reference: string;
  startsAt: Date;
  patientName: string;
  dateOfBirth: string;
  nhsNumber: string;
  questionnaireDone: boolean;
  didNotAttendFrom: Date;
  site: Site;
  appointmentStatus: string;
  arrivedAt: Date | null;
  imageCount: number;
  lesions: LesionRow[];
};

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

/** Appointments booked, done or missed at the clinics' sites between the instants, by site and time. */
export async function appointmentsOfDay(
  db: Queryable,
  options: { clinicIds: string[]; from: Date; to: Date },
): Promise<DayRow[]> {
  const { rows } = await db.query<DayRow>(
    `${daySelect}
     WHERE st.clinic_id = ANY($1) AND s.starts_at >= $2 AND s.starts_at <= $3
       AND a.status IN ('booked', 'attended', 'did_not_attend')
     ORDER BY st.name, s.starts_at`,
    [options.clinicIds, options.from, options.to],
  );
  return rows;
}

export async function dayRowOfAppointment(db: Queryable, appointmentId: string): Promise<DayRow | null> {
  const { rows } = await db.query<DayRow>(`${daySelect} WHERE a.id = $1`, [appointmentId]);
  return rows[0] ?? null;
}

/** The request's questionnaire as the patient left it, if they started one. */
export async function questionnaireOfRequest(
  db: Queryable,
  requestId: string,
): Promise<{ answers: unknown; completedAt: Date | null } | null> {
  const { rows } = await db.query<{ answers: unknown; completedAt: Date | null }>(
    'SELECT answers, completed_at AS "completedAt" FROM questionnaires WHERE request_id = $1',
    [requestId],
  );
  return rows[0] ?? null;
}
