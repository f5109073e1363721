-- Intake: patients, requests (Advice & Guidance and referrals), lesions,
-- consent, eligibility rule sets and decisions, lifecycle, conversation and
-- the notification outbox.

CREATE TABLE patients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  nhs_number text NOT NULL UNIQUE CHECK (nhs_number ~ '^[0-9]{10}$'),
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  date_of_birth date NOT NULL,
  sex text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  mobile text,
  email text,
  address text NOT NULL DEFAULT '',
  postcode text NOT NULL,
  registered_practice_id uuid NOT NULL REFERENCES organisations (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX patients_practice ON patients (registered_practice_id);
CREATE INDEX patients_name_dob ON patients (lower(family_name), date_of_birth);

-- Per-service settings: response targets in working days.
CREATE TABLE service_settings (
  service_id uuid PRIMARY KEY REFERENCES organisations (id),
  advice_target_working_days integer NOT NULL DEFAULT 2 CHECK (advice_target_working_days BETWEEN 1 AND 30),
  referral_target_working_days integer NOT NULL DEFAULT 3 CHECK (referral_target_working_days BETWEEN 1 AND 30)
);

-- Eligibility rule sets are data: each edit is a new version, never an update.
CREATE TABLE rule_sets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL REFERENCES organisations (id),
  pathway text NOT NULL CHECK (pathway IN ('advice_and_guidance', 'referral')),
  version integer NOT NULL CHECK (version > 0),
  name text NOT NULL,
  rules jsonb NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  UNIQUE (service_id, pathway, version)
);

CREATE TABLE requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Short reference quoted on the phone and in letters, e.g. TD-4K7M9Q.
  reference text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('advice_and_guidance', 'referral')),
  urgency text NOT NULL DEFAULT 'routine' CHECK (urgency IN ('routine', 'urgent')),
  state text NOT NULL CHECK (state IN ('draft', 'submitted', 'redirected', 'not_accepted', 'withdrawn',
    'awaiting_images', 'ready_for_review', 'in_review', 'information_requested', 'outcome_recorded', 'closed')),
  patient_id uuid NOT NULL REFERENCES patients (id),
  practice_id uuid NOT NULL REFERENCES organisations (id),
  service_id uuid NOT NULL REFERENCES organisations (id),
  referrer_id uuid NOT NULL REFERENCES users (id),
  clinical_question text NOT NULL DEFAULT '',
  history jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Advice & Guidance only: the referrer allows the consultant to convert it to a referral.
  conversion_authorised boolean NOT NULL DEFAULT false,
  eligibility jsonb,
  submitted_at timestamptz,
  ready_for_review_at timestamptz,
  due_at timestamptz,
  clock_paused_at timestamptz,
  closed_reason text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- Optimistic concurrency: every write bumps it; a stale write is refused.
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX requests_practice ON requests (practice_id, updated_at DESC);
CREATE INDEX requests_service_state ON requests (service_id, state);
CREATE INDEX requests_patient ON requests (patient_id);

CREATE TABLE lesions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  position integer NOT NULL,
  body_site text NOT NULL,
  laterality text NOT NULL CHECK (laterality IN ('left', 'right', 'midline', 'bilateral', 'not_applicable')),
  description text NOT NULL DEFAULT '',
  size_mm numeric(6, 1) CHECK (size_mm IS NULL OR (size_mm > 0 AND size_mm <= 1000)),
  -- On a hair-bearing site, and photographs cannot show it (an eligibility rule).
  obscured_by_hair boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  UNIQUE (request_id, position)
);

CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  referral_and_image_sharing boolean NOT NULL,
  teaching_use boolean NOT NULL DEFAULT false,
  method text NOT NULL CHECK (method IN ('verbal', 'written', 'patient_link')),
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL,
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users (id),
  withdrawal_reason text
);
CREATE INDEX consents_request ON consents (request_id, recorded_at DESC);

CREATE TABLE request_transitions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  action text NOT NULL,
  from_state text NOT NULL,
  to_state text NOT NULL,
  actor_user_id uuid REFERENCES users (id),
  actor_label text NOT NULL,
  reason text,
  at timestamptz NOT NULL
);
CREATE INDEX request_transitions_request ON request_transitions (request_id, id);

CREATE TABLE messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  author_user_id uuid REFERENCES users (id),
  author_label text NOT NULL,
  author_organisation_id uuid REFERENCES organisations (id),
  kind text NOT NULL CHECK (kind IN ('question', 'photo_request', 'answer', 'note')),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  at timestamptz NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX messages_request ON messages (request_id, seq);

-- Notifications leave through this table: written in the transaction that
-- causes them, delivered afterwards by the job queue, so none is lost or sent twice.
CREATE TABLE outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient text NOT NULL,
  subject text NOT NULL DEFAULT '',
  body_text text NOT NULL,
  request_id uuid REFERENCES requests (id),
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);
CREATE INDEX outbox_unsent ON outbox (created_at) WHERE sent_at IS NULL;
