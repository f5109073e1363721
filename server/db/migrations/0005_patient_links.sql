-- Patient links: a patient has no account; a secure, expiring link from
-- their practice reaches one request only. Questionnaire answers, and
-- feedback stored without identity.

CREATE TABLE patient_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id),
  -- SHA-256 of the token in the link; the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  channel text NOT NULL CHECK (channel IN ('sms', 'email')),
  destination text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  superseded_at timestamptz,
  opened_at timestamptz,
  verified_at timestamptz,
  dob_failures integer NOT NULL DEFAULT 0,
  locked_at timestamptz,
  feedback_given_at timestamptz
);
CREATE INDEX patient_links_request ON patient_links (request_id, created_at DESC);

-- The patient's browser session after the link is opened: an HttpOnly cookie, hashed here.
CREATE TABLE patient_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  link_id uuid NOT NULL REFERENCES patient_links (id),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  verified_at timestamptz
);

CREATE TABLE questionnaires (
  request_id uuid PRIMARY KEY REFERENCES requests (id),
  answers jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  completed_at timestamptz
);

-- Friends and Family Test and experience questions: no link to a patient,
-- a request or a link, only the service and the month.
CREATE TABLE feedback_responses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL REFERENCES organisations (id),
  month date NOT NULL,
  answers jsonb NOT NULL
);
CREATE INDEX feedback_service_month ON feedback_responses (service_id, month);

-- Who started the upload an image came from (a user's id, or "patient:<link id>"):
-- only they may ask for it again.
ALTER TABLE images ADD COLUMN owner_id text NOT NULL DEFAULT '';
