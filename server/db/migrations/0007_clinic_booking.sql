-- Community photography clinics, part two: who takes the photographs, the
-- appointment's day (arrival, capture, did-not-attend), reminders, the
-- service's rules for them, and letters that are not outcome letters.

-- Who takes a request's photographs: the referrer (or the patient through a
-- link), or a community photography clinic the service books the patient into.
ALTER TABLE requests ADD COLUMN photography text NOT NULL DEFAULT 'referrer'
  CHECK (photography IN ('referrer', 'clinic'));

-- A request whose patient did not attend may be returned to the referrer.
ALTER TABLE requests DROP CONSTRAINT requests_state_check;
ALTER TABLE requests ADD CONSTRAINT requests_state_check CHECK (state IN ('draft', 'submitted', 'redirected',
  'not_accepted', 'withdrawn', 'awaiting_images', 'ready_for_review', 'in_review', 'information_requested',
  'outcome_recorded', 'closed', 'returned'));

-- The booking queue: clinic requests waiting for photographs, oldest first.
CREATE INDEX requests_booking_queue ON requests (service_id, submitted_at)
  WHERE photography = 'clinic' AND state = 'awaiting_images';

ALTER TABLE service_settings
  -- What happens when a patient does not attend: offer one more appointment
  -- first, or return the request to the referrer at once.
  ADD COLUMN did_not_attend_rule text NOT NULL DEFAULT 'offer_once_more'
    CHECK (did_not_attend_rule IN ('offer_once_more', 'return_to_referrer')),
  -- Reminders before an appointment, in working days before its day.
  ADD COLUMN reminder_working_days integer[] NOT NULL DEFAULT '{3,1}';

ALTER TABLE clinic_sessions ADD COLUMN cancel_reason text;

ALTER TABLE appointments
  ADD COLUMN arrived_at timestamptz,
  ADD COLUMN capture_started_at timestamptz,
  ADD COLUMN questionnaire_confirmed_at timestamptz,
  -- Why it ended: moved, cancelled by the patient or the service, session cancelled.
  ADD COLUMN end_reason text,
  ADD COLUMN ended_by text;
CREATE INDEX appointments_request ON appointments (request_id, booked_at);
CREATE INDEX appointments_slot ON appointments (slot_id);

-- Reminders are planned when an appointment is booked and sent by a job when
-- due; one that is due after its appointment has ended is never sent.
CREATE TABLE appointment_reminders (
  appointment_id uuid NOT NULL REFERENCES appointments (id),
  working_days_before integer NOT NULL,
  due_at timestamptz NOT NULL,
  sent_at timestamptz,
  PRIMARY KEY (appointment_id, working_days_before)
);
CREATE INDEX appointment_reminders_due ON appointment_reminders (due_at) WHERE sent_at IS NULL;

-- Letters are outcome letters, appointment letters, or the letter returning a
-- request to its referrer.
ALTER TABLE letters ALTER COLUMN outcome_id DROP NOT NULL;
ALTER TABLE letters
  ADD COLUMN kind text NOT NULL DEFAULT 'outcome' CHECK (kind IN ('outcome', 'appointment', 'returned')),
  ADD COLUMN appointment_id uuid REFERENCES appointments (id);
CREATE UNIQUE INDEX letters_one_per_appointment ON letters (appointment_id, audience) WHERE appointment_id IS NOT NULL;
CREATE UNIQUE INDEX letters_one_returned ON letters (request_id, audience) WHERE kind = 'returned';

-- A message may carry one stored file (an appointment letter) as an attachment.
ALTER TABLE outbox ADD COLUMN attachment_key text, ADD COLUMN attachment_name text;
