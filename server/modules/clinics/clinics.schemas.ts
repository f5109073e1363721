import { z } from 'zod';
import { isValidPostcode } from '../patients/index.ts';

const isoDate = z.iso.date({ message: 'Enter a real date' });
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 09:30');
const views = z.enum(['regional', 'close_up', 'dermoscopic']);

export const siteSchema = z.object({
  id: z.uuid(),
  /** The community clinic organisation that runs the site. */
  clinicId: z.uuid(),
  clinicName: z.string(),
  name: z.string(),
  address: z.string(),
  postcode: z.string(),
  /** Parking, step-free access, hearing loop and the like, in words. */
  accessibility: z.string(),
  openingHours: z.string(),
});

/** A site as the sites pages show it, with where it is. */
export const locatedSiteSchema = siteSchema.extend({
  /**
   * The centre of the site's postcode, from the postcode data set, set when the site is saved (or when a data
   * set is loaded that has it); null when the data set lacks the postcode: the site is then offered by
   * postcode district, after the sites whose distance is known.
   */
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
});

const siteFields = {
  name: z.string().trim().min(1, 'Enter the name of the site').max(200),
  address: z.string().trim().min(1, 'Enter the address of the site').max(500),
  postcode: z
    .string()
    .trim()
    .refine(isValidPostcode, { message: 'Enter a real postcode, like NV1 4DE' })
    .transform((p) =>
      p
        .toUpperCase()
        .replace(/\s+/g, '')
        .replace(/^(.+)(\d[A-Z]{2})$/, '$1 $2'),
    ),
  accessibility: z.string().trim().max(2000).default(''),
  openingHours: z.string().trim().max(500).default(''),
};
export const createSiteBody = z.object({ clinicId: z.uuid(), ...siteFields });
export const updateSiteBody = z.object(siteFields);

export const sessionSummarySchema = z.object({
  id: z.uuid(),
  site: siteSchema,
  startsAt: z.date(),
  endsAt: z.date(),
  slotMinutes: z.number().int(),
  photographers: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  cancelledAt: z.date().nullable(),
  cancelReason: z.string().nullable(),
  slotCount: z.number().int(),
  bookedCount: z.number().int(),
});

export const createSessionBody = z.object({
  siteId: z.uuid(),
  /** The London date of the session. */
  date: isoDate,
  /** London wall-clock times, HH:MM. */
  start: clockTime,
  end: clockTime,
  /** Minutes per appointment. */
  slotMinutes: z.number().int().min(5, 'Slots are at least 5 minutes').max(120, 'Slots are at most 120 minutes'),
  photographerIds: z.array(z.uuid()).min(1, 'Choose at least one photographer').max(10),
});

export const sessionsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  siteId: z.uuid().optional(),
});

/** An appointment's status, as the clinic's pages tag it. */
const appointmentStatusSchema = z.enum(['booked', 'cancelled', 'moved', 'attended', 'did_not_attend']);

export const bookingSchema = z.object({
  /** Null for a booking of another service that the clinic also works for. */
  appointmentId: z.uuid().nullable(),
  requestId: z.uuid().nullable(),
  reference: z.string(),
  patientName: z.string(),
  status: appointmentStatusSchema,
});

export const sessionDetailSchema = sessionSummarySchema.extend({
  slots: z.array(z.object({ id: z.uuid(), startsAt: z.date(), endsAt: z.date(), booking: bookingSchema.nullable() })),
});

export const queueItemSchema = z.object({
  requestId: z.uuid(),
  reference: z.string(),
  urgency: z.enum(['routine', 'urgent']),
  submittedAt: z.date(),
  patientName: z.string(),
  nhsNumber: z.string(),
  postcode: z.string(),
  practiceName: z.string(),
  lesionCount: z.number().int(),
  didNotAttendCount: z.number().int(),
  /** Why the last appointment ended (cancelled, did not attend), if one did. */
  lastEnded: z.object({ reason: z.string(), at: z.string() }).nullable(),
});

export const offerSchema = z.object({
  slotId: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  site: siteSchema,
  /**
   * From the patient's postcode to the site's in a straight line, in miles to one decimal place; null when the
   * postcode data set lacks either postcode.
   */
  distanceMiles: z.number().nullable(),
  /** By postcode district: the same district as the patient, a nearby one in the same area, or further. */
  nearness: z.enum(['same district', 'nearby', 'further']),
});

const weekSchema = z.object({
  /** The Monday (London date) the week starts on. */
  from: z.iso.date(),
  /** The Sunday it ends on. */
  to: z.iso.date(),
});

/** One week of open slots, and the weeks there are to choose from. */
export const offerPageShape = {
  /**
   * Every open slot in the week: by London date, then nearest site first (by distance, or by the postcode
   * district rule where distance is not known), then the earliest.
   */
  offers: z.array(offerSchema),
  /** The week shown: the one asked for, or the first with an open slot; null when there is none at all. */
  week: weekSchema.nullable(),
  /** Every week with open slots in the next 90 days, earliest first, with how many. */
  weeks: z.array(weekSchema.extend({ open: z.number().int() })),
  /**
   * Whether the postcode data set has the patient's postcode. When it does not, no distance is known and
   * sites in the patient's postcode district come first.
   */
  patientLocated: z.boolean(),
};

/** Which week of offers to show: any London date in it. */
export const offerWeekQuery = z.object({ week: isoDate.optional() });

/** What the booking clerk needs to choose how the patient is told. */
export const patientContactSchema = z.object({
  /** E.164, as "+447700900123"; null when the record has no mobile number. */
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  postcode: z.string(),
  /** The practice that keeps the record: only it may change the patient's contact details. */
  practice: z.object({ name: z.string(), telephone: z.string() }),
});

export const appointmentSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  slotId: z.uuid(),
  status: appointmentStatusSchema,
  startsAt: z.date(),
  endsAt: z.date(),
  site: siteSchema,
  bookedAt: z.date(),
  endedAt: z.date().nullable(),
  endReason: z.string().nullable(),
  arrivedAt: z.date().nullable(),
  /** From when the patient can be recorded as did not attend: the start plus the service's grace, never earlier. */
  didNotAttendFrom: z.date(),
});

export const channelSchema = z.enum(['email', 'sms']);
export const bookBody = z.object({ slotId: z.uuid(), channel: channelSchema });
export const reasonBody = z.object({
  reason: z.string().trim().min(1, 'Enter the reason').max(1000),
});

export const dayItemSchema = z.object({
  appointmentId: z.uuid(),
  requestId: z.uuid(),
  reference: z.string(),
  startsAt: z.date(),
  patientName: z.string(),
  dateOfBirth: z.string(),
  nhsNumber: z.string(),
  lesions: z.array(
    z.object({
      id: z.uuid(),
      position: z.number().int(),
      bodySite: z.string(),
      bodySiteLabel: z.string(),
      laterality: z.string(),
      sizeMm: z.number().nullable(),
    }),
  ),
  questionnaireDone: z.boolean(),
  status: z.enum(['expected', 'arrived', 'in_progress', 'done', 'did_not_attend']),
  /** From when the patient can be marked as did not attend: the start plus the service's grace, never earlier. */
  didNotAttendFrom: z.date(),
});

export const captureSchema = dayItemSchema.extend({
  site: siteSchema,
  appointmentStatus: z.string(),
  arrivedAt: z.date().nullable(),
  questionnaire: z
    .object({ answers: z.unknown(), completedAt: z.date().nullable(), confirmedAt: z.date().nullable() })
    .nullable(),
  questionnaireConfirmedAt: z.date().nullable(),
  lesions: z.array(
    dayItemSchema.shape.lesions.element.extend({
      description: z.string(),
      requiredViews: z.array(views),
      missingViews: z.array(views),
      images: z.array(
        z.object({
          id: z.uuid(),
          view: views,
          state: z.enum(['processing', 'ready', 'failed']),
          warnings: z.array(z.object({ code: z.string(), message: z.string() })),
        }),
      ),
    }),
  ),
  /** Every step and view still missing, in words. */
  missing: z.array(z.string()),
});

export const reportSchema = z.object({
  from: z.string(),
  to: z.string(),
  booked: z.number().int(),
  attended: z.number().int(),
  didNotAttend: z.number().int(),
  cancelledByPatient: z.number().int(),
  cancelledByService: z.number().int(),
  sessionsCancelled: z.number().int(),
});

export const patientAppointmentSchema = z.object({
  id: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  site: siteSchema,
});
