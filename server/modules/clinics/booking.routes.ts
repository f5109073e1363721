import { z } from 'zod';
import { organisationsWithRole } from '../../http/actor.ts';
import { actorOf, auditActorOf, inScopedTransaction } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { findVisibleRequest } from '../requests/index.ts';
import { bookAppointment } from './book-appointment.ts';
import { cancelAppointment } from './cancel-appointment.ts';
import { appointmentFor, requestForBooking } from './clinics.policy.ts';
import {
  appointmentsOfRequest,
  findAppointment,
  liveAppointment,
  patientContact,
  type AppointmentRow,
} from './appointments.repository.ts';
import { bookingQueue } from './booking.repository.ts';
import {
  appointmentSchema,
  bookBody,
  offerPageShape,
  offerWeekQuery,
  patientContactSchema,
  queueItemSchema,
  reasonBody,
} from './clinics.schemas.ts';
import { markDidNotAttend } from './mark-did-not-attend.ts';
import { offersFor } from './offers.ts';

export const presentAppointment = (a: AppointmentRow) => ({
  id: a.id,
  requestId: a.requestId,
  slotId: a.slotId,
  status: a.status,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  site: a.site,
  bookedAt: a.bookedAt,
  endedAt: a.endedAt,
  endReason: a.endReason,
  arrivedAt: a.arrivedAt,
  didNotAttendFrom: a.didNotAttendFrom,
});

const requestParams = z.object({ requestId: z.uuid() });
const appointmentParams = z.object({ appointmentId: z.uuid() });

/** The booking clerks' work: the queue, offers, booking, moving, cancelling and did-not-attend. */
export function bookingRoutes(app: App, services: Services) {
  const context = (request: Parameters<typeof actorOf>[0]) => ({
    actor: actorOf(request),
    auditActor: auditActorOf(request),
    at: services.clock.now(),
    boss: services.jobs.boss,
    publicOrigin: services.config.publicOrigin,
    linkDays: services.config.patientLinkDays,
  });
  const scoped = <T>(
    request: Parameters<typeof actorOf>[0],
    record: { recordType: string; recordId: string },
    work: Parameters<typeof withTransaction<T>>[1],
  ) => inScopedTransaction(services, request, record, work);

  app.get(
    '/api/booking-queue',
    {
      config: { access: ['booking_clerk'] },
      schema: {
        summary: 'Clinic referrals waiting for an appointment: urgent first, then the longest waiting',
        tags: ['clinics'],
        response: { 200: z.object({ items: z.array(queueItemSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { actor, auditActor, at } = context(request);
      return withTransaction(services.pool, async (tx) => {
        const items = await bookingQueue(tx, organisationsWithRole(actor, 'booking_clerk'));
        await appendAuditEvent(tx, auditActor, at, { action: 'booking_queue.viewed', detail: { count: items.length } });
        return { items };
      });
    },
  );

  app.get(
    '/api/requests/:requestId/slot-offers',
    {
      config: { access: ['booking_clerk'] },
      schema: {
        summary:
          'Every open slot for this patient in a week (the first with any unless asked): by date, nearest site first, then the earliest',
        tags: ['clinics'],
        params: requestParams,
        querystring: offerWeekQuery,
        response: { 200: z.object(offerPageShape), ...errorResponses },
      },
    },
    async (request) =>
      scoped(request, { recordType: 'request', recordId: request.params.requestId }, async (tx) => {
        const found = await requestForBooking(tx, actorOf(request), request.params.requestId);
        const live = await liveAppointment(tx, found.id);
        return offersFor(tx, {
          request: found,
          at: services.clock.now(),
          week: request.query.week,
          excludeSlotId: live?.slotId ?? null,
        });
      }),
  );

  app.get(
    '/api/requests/:requestId/patient-contact',
    {
      config: { access: ['booking_clerk'] },
      schema: {
        summary: "The patient's mobile number, email address and postcode, to choose how they are told of a booking",
        tags: ['clinics'],
        params: requestParams,
        response: { 200: patientContactSchema, ...errorResponses },
      },
    },
    async (request) =>
      scoped(request, { recordType: 'request', recordId: request.params.requestId }, async (tx) => {
        const { actor, auditActor, at } = context(request);
        const found = await requestForBooking(tx, actor, request.params.requestId, { lock: false });
        const contact = await patientContact(tx, found.patientId, found.serviceId);
        await appendAuditEvent(tx, auditActor, at, {
          action: 'patient.viewed',
          recordType: 'patient',
          recordId: found.patientId,
          patientId: found.patientId,
        });
        return {
          mobile: contact.mobile,
          email: contact.email,
          postcode: contact.postcode,
          practice: { name: contact.practiceName, telephone: contact.practiceTelephone },
        };
      }),
  );

  app.get(
    '/api/requests/:requestId/appointments',
    {
      config: { access: ['referrer', 'booking_clerk', 'service_admin'] },
      schema: {
        summary: "A request's clinic appointments, the live one first",
        tags: ['clinics'],
        params: requestParams,
        response: {
          200: z.object({ appointments: z.array(appointmentSchema), canBook: z.boolean() }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      scoped(request, { recordType: 'request', recordId: request.params.requestId }, async (tx) => {
        const { actor, auditActor, at } = context(request);
        const found = await findVisibleRequest(
          tx,
          organisationsWithRole(actor, 'referrer', 'booking_clerk', 'service_admin'),
          request.params.requestId,
        );
        if (!found) throw notFound('request');
        const appointments = await appointmentsOfRequest(tx, found.id);
        await appendAuditEvent(tx, auditActor, at, {
          action: 'appointment.listed',
          recordType: 'appointment',
          recordId: found.id,
          patientId: found.patientId,
          detail: { requestId: found.id },
        });
        const canBook =
          organisationsWithRole(actor, 'booking_clerk').includes(found.serviceId) &&
          found.photography === 'clinic' &&
          found.state === 'awaiting_images' &&
          !appointments.some((a) => a.status === 'booked');
        return {
          appointments: appointments
            .sort((a, b) => Number(b.status === 'booked') - Number(a.status === 'booked'))
            .map(presentAppointment),
          canBook,
        };
      }),
  );

  app.post(
    '/api/requests/:requestId/appointments',
    {
      config: { access: ['booking_clerk'] },
      schema: {
        summary: 'Book a slot; the patient is sent a secure link and the appointment letter',
        tags: ['clinics'],
        params: requestParams,
        body: bookBody,
        response: { 201: appointmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const appointment = await scoped(
        request,
        { recordType: 'request', recordId: request.params.requestId },
        async (tx) => {
          const { actor, ...rest } = context(request);
          const found = await requestForBooking(tx, actor, request.params.requestId);
          return bookAppointment(tx, {
            ...rest,
            request: found,
            slotId: request.body.slotId,
            moving: null,
            by: { kind: 'clerk', userId: actor.userId, channel: request.body.channel },
          });
        },
      );
      return reply.status(201).send(presentAppointment(appointment));
    },
  );

  app.post(
    '/api/appointments/:appointmentId/move',
    {
      config: { access: ['booking_clerk'] },
      schema: {
        summary: 'Move an appointment to another slot; the patient is told and sent a new letter',
        tags: ['clinics'],
        params: appointmentParams,
        body: bookBody,
        response: { 201: appointmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const appointment = await scoped(
        request,
        { recordType: 'appointment', recordId: request.params.appointmentId },
        async (tx) => {
          const { actor, ...rest } = context(request);
          const moving = await appointmentFor(tx, actor, request.params.appointmentId, 'booking_clerk', { lock: true });
          const found = await requestForBooking(tx, actor, moving.requestId);
          return bookAppointment(tx, {
            ...rest,
            request: found,
            slotId: request.body.slotId,
            moving,
            by: { kind: 'clerk', userId: actor.userId, channel: request.body.channel },
          });
        },
      );
      return reply.status(201).send(presentAppointment(appointment));
    },
  );

  app.post(
    '/api/appointments/:appointmentId/cancel',
    {
      config: { access: ['booking_clerk'] },
      schema: {
        summary: 'Cancel an appointment (for example when the patient phones); the request returns to the queue',
        tags: ['clinics'],
        params: appointmentParams,
        body: reasonBody,
        response: { 200: appointmentSchema, ...errorResponses },
      },
    },
    async (request) =>
      scoped(request, { recordType: 'appointment', recordId: request.params.appointmentId }, async (tx) => {
        const { actor, auditActor, at, boss } = context(request);
        const appointment = await appointmentFor(tx, actor, request.params.appointmentId, 'booking_clerk', {
          lock: true,
        });
        await cancelAppointment(tx, { appointment, by: 'clerk', reason: request.body.reason, auditActor, at, boss });
        return presentAppointment((await findAppointment(tx, appointment.id))!);
      }),
  );

  app.post(
    '/api/appointments/:appointmentId/did-not-attend',
    {
      config: { access: ['booking_clerk', 'photographer'] },
      schema: {
        summary:
          "Record that the patient did not attend, from the appointment's didNotAttendFrom (its start plus the service's grace); the service's rule decides what follows",
        tags: ['clinics'],
        params: appointmentParams,
        response: {
          200: z.object({ appointment: appointmentSchema, result: z.enum(['offer_again', 'returned_to_referrer']) }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      scoped(request, { recordType: 'appointment', recordId: request.params.appointmentId }, async (tx) => {
        const { actor, auditActor, at, boss } = context(request);
        const appointment = await appointmentFor(tx, actor, request.params.appointmentId, 'either', { lock: true });
        const by = organisationsWithRole(actor, 'booking_clerk').includes(appointment.serviceId)
          ? 'clerk'
          : 'photographer';
        const result = await markDidNotAttend(tx, { appointment, by, auditActor, at, boss });
        const ended = (await findAppointment(tx, appointment.id))!;
        return { appointment: presentAppointment(ended), result };
      }),
  );
}
