-- Community photography clinics: sites, sessions, slots and appointments.

CREATE TABLE clinic_sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The community clinic organisation that runs the site.
  clinic_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address text NOT NULL,
  postcode text NOT NULL,
  accessibility text NOT NULL DEFAULT '',
  opening_hours text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL
);
CREATE INDEX clinic_sites_clinic ON clinic_sites (clinic_id);

CREATE TABLE clinic_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES clinic_sites (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 120),
  photographer_ids uuid[] NOT NULL DEFAULT '{}',
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX clinic_sessions_site ON clinic_sessions (site_id, starts_at);

CREATE TABLE clinic_slots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES clinic_sessions (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  UNIQUE (session_id, starts_at)
);
CREATE INDEX clinic_slots_start ON clinic_slots (starts_at);

CREATE TABLE appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id),
  slot_id uuid NOT NULL REFERENCES clinic_slots (id),
  status text NOT NULL CHECK (status IN ('booked', 'cancelled', 'moved', 'attended', 'did_not_attend')),
  booked_by uuid REFERENCES users (id),
  booked_at timestamptz NOT NULL,
  ended_at timestamptz
);
-- No slot is ever double-booked, whoever books it and however many at once:
-- the database refuses a second live appointment in the same slot.
CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (slot_id) WHERE status = 'booked';
-- And a request has one live appointment at a time.
CREATE UNIQUE INDEX appointments_one_per_request ON appointments (request_id) WHERE status = 'booked';
