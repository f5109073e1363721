-- Organisations, people, sessions, sign-in throttling and the audit trail.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('gp_practice', 'dermatology_service', 'community_clinic')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  ods_code text NOT NULL UNIQUE CHECK (ods_code ~ '^[A-Z0-9]{3,10}$'),
  address text NOT NULL DEFAULT '',
  postcode text NOT NULL DEFAULT '',
  telephone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A dermatology service serves GP practices and is supported by community clinic organisations.
CREATE TABLE organisation_links (
  service_id uuid NOT NULL REFERENCES organisations (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  relationship text NOT NULL CHECK (relationship IN ('serves_practice', 'clinic_provider')),
  PRIMARY KEY (service_id, organisation_id)
);
CREATE INDEX organisation_links_organisation ON organisation_links (organisation_id);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  -- General Medical Council number: required of consultants.
  gmc_number text CHECK (gmc_number ~ '^[0-9]{7}$'),
  -- Professional registration (GMC, NMC or GPhC, with its number): required of referrers.
  professional_registration text,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email ON users (lower(email));

CREATE TABLE memberships (
  user_id uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  roles text[] NOT NULL CHECK (
    cardinality(roles) > 0 AND roles <@ ARRAY[
      'referrer', 'photographer', 'consultant', 'booking_clerk', 'service_admin', 'system_admin'
    ]::text[]
  ),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, organisation_id)
);
CREATE INDEX memberships_organisation ON memberships (organisation_id);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- SHA-256 of the cookie value; the value itself is never stored.
  token_hash text NOT NULL UNIQUE,
  csrf_token_hash text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  ended_reason text,
  client_address text NOT NULL DEFAULT '',
  user_agent text NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user_open ON sessions (user_id) WHERE ended_at IS NULL;

CREATE TABLE sign_in_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_key text NOT NULL,
  client_address text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX sign_in_failures_account ON sign_in_failures (account_key, at);
CREATE INDEX sign_in_failures_address ON sign_in_failures (client_address, at);

-- The audit trail. Append-only (enforced below) and hash-chained: each row
-- carries the hash of the one before it, so an edited or removed row shows.
CREATE SEQUENCE audit_events_seq;
CREATE TABLE audit_events (
  seq bigint PRIMARY KEY,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_organisation_id uuid,
  actor_label text NOT NULL,
  action text NOT NULL,
  record_type text,
  record_id text,
  patient_id uuid,
  client_address text NOT NULL DEFAULT '',
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_events_record ON audit_events (record_type, record_id);
CREATE INDEX audit_events_patient ON audit_events (patient_id) WHERE patient_id IS NOT NULL;
CREATE INDEX audit_events_actor ON audit_events (actor_user_id, at);

-- The canonical text of a row, hashed into the chain. Timestamps are rendered
-- in UTC so the digest does not depend on the session's time zone.
CREATE FUNCTION audit_event_digest(e audit_events) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    e.prev_hash, e.seq::text, e.id::text,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.actor_user_id::text, ''), coalesce(e.actor_organisation_id::text, ''), e.actor_label,
    e.action, coalesce(e.record_type, ''), coalesce(e.record_id, ''), coalesce(e.patient_id::text, ''),
    e.client_address, e.outcome, e.detail::text
  ), 'UTF8')), 'hex')
$$;

-- Links each new row to the last one. The lock is held to the end of the
-- inserting transaction, so chain order and sequence order are the same.
CREATE FUNCTION audit_events_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  previous text;
BEGIN
  PERFORM pg_advisory_xact_lock(7318020402);
  NEW.seq := nextval('audit_events_seq');
  SELECT hash INTO previous FROM audit_events ORDER BY seq DESC LIMIT 1;
  NEW.prev_hash := coalesce(previous, repeat('0', 64));
  NEW.hash := audit_event_digest(NEW);
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_events_link BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_link();

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
