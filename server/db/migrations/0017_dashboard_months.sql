-- The service dashboard's figures, counted once per service and month and kept
-- (issue 13 §2). Counted from the requests, photographs, outcomes and clinics
-- each time, a year's dashboard took seconds on 100,000 requests
-- (docs/benchmarks.md); kept, it is read in milliseconds.
--
-- Kept at two levels: each received request's own counts (its photographs,
-- their warnings, the decision at intake, who signed its outcome), which are
-- the costly part to count; and each month's counts by pathway, practice and
-- consultant, added up from them and from the month's outcomes and clinics.
--
-- They stay right because every change that can alter them says so: the
-- triggers below write a row to dashboard_changes naming the service, the
-- month (London time) and, where there is one, the request. The dashboard takes
-- those rows (DELETE … RETURNING) in the transaction that reads it, counts those
-- requests again and adds those months up again. A change committed while a
-- dashboard is being counted leaves its row for the next reading, so nothing is
-- kept with a change missed. The triggers only insert (no row is updated, so no
-- writer waits on another). A service whose dashboard is never read keeps its
-- change rows until it is.

CREATE TABLE dashboard_months (
  service_id uuid NOT NULL REFERENCES organisations (id),
  -- The first day of the London calendar month.
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  computed_at timestamptz NOT NULL,
  -- The month's counts by pathway, practice and consultant (server/modules/dashboard/month-facts.ts).
  facts jsonb NOT NULL,
  PRIMARY KEY (service_id, month)
);

-- One received request's own counts (month: when it was received). No foreign
-- key: a request removed under the retention rules is noted as a change, and
-- its row goes at the next reading.
CREATE TABLE dashboard_requests (
  request_id uuid PRIMARY KEY,
  service_id uuid NOT NULL,
  month date NOT NULL,
  kind text NOT NULL,
  practice_id uuid NOT NULL,
  urgent boolean NOT NULL,
  -- Who signed its outcome, once signed.
  consultant_id uuid,
  -- The eligibility rules' decision, and the rules that refused it.
  decision text,
  fired_rules text[] NOT NULL DEFAULT '{}',
  -- Photographs processed (removed ones too), those not removed, those with a quality warning.
  photographs integer NOT NULL,
  kept_photographs integer NOT NULL,
  warned_photographs integer NOT NULL,
  -- Sent back at least once for better photographs.
  returned boolean NOT NULL
);
CREATE INDEX dashboard_requests_month ON dashboard_requests (service_id, month);

-- The months whose received requests all have their row above.
CREATE TABLE dashboard_request_months (
  service_id uuid NOT NULL,
  month date NOT NULL,
  PRIMARY KEY (service_id, month)
);

CREATE TABLE dashboard_changes (
  service_id uuid NOT NULL,
  -- NULL: every month of the service (a practice or clinic linked or unlinked).
  month date,
  -- The request whose own counts changed, if any.
  request_id uuid,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dashboard_changes_service ON dashboard_changes (service_id);

-- Counting a month again reads that month's requests and outcomes only.
CREATE INDEX requests_service_submitted ON requests (service_id, submitted_at) WHERE submitted_at IS NOT NULL;
CREATE INDEX outcomes_signed_at ON outcomes (signed_at) WHERE kind = 'outcome';

-- The month of an instant on London's calendar.
CREATE FUNCTION dashboard_month_of(instant timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', instant AT TIME ZONE 'Europe/London')::date
$$;

-- A request's figures belong to the month it was received (submitted) in.
CREATE FUNCTION dashboard_request_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.submitted_at IS NOT NULL THEN
    INSERT INTO dashboard_changes (service_id, month, request_id)
    VALUES (OLD.service_id, dashboard_month_of(OLD.submitted_at), OLD.id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.submitted_at IS NOT NULL THEN
    INSERT INTO dashboard_changes (service_id, month, request_id)
    VALUES (NEW.service_id, dashboard_month_of(NEW.submitted_at), NEW.id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER dashboard_request_added_or_removed
  AFTER INSERT OR DELETE ON requests
  FOR EACH ROW EXECUTE FUNCTION dashboard_request_changed();
-- Lifecycle writes name these columns whether or not they change them: only a real change counts.
CREATE TRIGGER dashboard_request_changed
  AFTER UPDATE OF submitted_at, eligibility, kind, urgency, practice_id, service_id, converted_from ON requests
  FOR EACH ROW WHEN (OLD.submitted_at IS DISTINCT FROM NEW.submitted_at
    OR OLD.eligibility IS DISTINCT FROM NEW.eligibility OR OLD.kind IS DISTINCT FROM NEW.kind
    OR OLD.urgency IS DISTINCT FROM NEW.urgency OR OLD.practice_id IS DISTINCT FROM NEW.practice_id
    OR OLD.service_id IS DISTINCT FROM NEW.service_id OR OLD.converted_from IS DISTINCT FROM NEW.converted_from)
  EXECUTE FUNCTION dashboard_request_changed();

-- Photographs, and requests for better ones, count in the month their request was received.
CREATE FUNCTION dashboard_request_part_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  part record;
BEGIN
  IF TG_OP = 'DELETE' THEN part := OLD; ELSE part := NEW; END IF;
  INSERT INTO dashboard_changes (service_id, month, request_id)
  SELECT r.service_id, dashboard_month_of(r.submitted_at), r.id FROM requests r
  WHERE r.id = part.request_id AND r.submitted_at IS NOT NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER dashboard_image_changed
  AFTER INSERT OR DELETE OR UPDATE OF state, quality, removed_at, request_id ON images
  FOR EACH ROW EXECUTE FUNCTION dashboard_request_part_changed();
CREATE TRIGGER dashboard_photo_request_sent
  AFTER INSERT ON messages
  FOR EACH ROW WHEN (NEW.kind = 'photo_request') EXECUTE FUNCTION dashboard_request_part_changed();
CREATE TRIGGER dashboard_photo_request_removed
  AFTER DELETE ON messages
  FOR EACH ROW WHEN (OLD.kind = 'photo_request') EXECUTE FUNCTION dashboard_request_part_changed();

-- An outcome counts in the month it was signed, and names the consultant of its request in the month received.
CREATE FUNCTION dashboard_outcome_signed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_changes (service_id, month, request_id)
  SELECT r.service_id, m, r.id FROM requests r,
    unnest(ARRAY[dashboard_month_of(NEW.signed_at), dashboard_month_of(r.submitted_at)]) m
  WHERE r.id = NEW.request_id AND m IS NOT NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER dashboard_outcome_signed
  AFTER INSERT ON outcomes
  FOR EACH ROW WHEN (NEW.kind = 'outcome') EXECUTE FUNCTION dashboard_outcome_signed();

-- Clinic slots and appointments count in the month of the slot, for every service the clinic provides for
-- (a slot one service's patient takes is not available to another's).
CREATE FUNCTION dashboard_slot_month_changed(slot_id uuid) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO dashboard_changes (service_id, month)
  SELECT l.service_id, dashboard_month_of(sl.starts_at)
  FROM clinic_slots sl JOIN clinic_sessions cs ON cs.id = sl.session_id JOIN clinic_sites st ON st.id = cs.site_id
  JOIN organisation_links l ON l.organisation_id = st.clinic_id AND l.relationship = 'clinic_provider'
  WHERE sl.id = slot_id
$$;

CREATE FUNCTION dashboard_appointment_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM dashboard_slot_month_changed(OLD.slot_id); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.slot_id <> OLD.slot_id) THEN
    PERFORM dashboard_slot_month_changed(NEW.slot_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER dashboard_appointment_changed
  AFTER INSERT OR DELETE OR UPDATE OF status, ended_by, slot_id, request_id ON appointments
  FOR EACH ROW EXECUTE FUNCTION dashboard_appointment_changed();

CREATE FUNCTION dashboard_slot_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO dashboard_changes (service_id, month)
    SELECT l.service_id, dashboard_month_of(OLD.starts_at)
    FROM clinic_sessions cs JOIN clinic_sites st ON st.id = cs.site_id
    JOIN organisation_links l ON l.organisation_id = st.clinic_id AND l.relationship = 'clinic_provider'
    WHERE cs.id = OLD.session_id;
  ELSE
    PERFORM dashboard_slot_month_changed(NEW.id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER dashboard_slot_changed
  AFTER INSERT OR DELETE OR UPDATE OF starts_at, session_id ON clinic_slots
  FOR EACH ROW EXECUTE FUNCTION dashboard_slot_changed();

CREATE FUNCTION dashboard_session_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_changes (service_id, month)
  SELECT l.service_id, m
  FROM clinic_sites st
  JOIN organisation_links l ON l.organisation_id = st.clinic_id AND l.relationship = 'clinic_provider',
  unnest(ARRAY[dashboard_month_of(NEW.starts_at), dashboard_month_of(NEW.ends_at),
               dashboard_month_of(OLD.starts_at), dashboard_month_of(OLD.ends_at)]) m
  WHERE st.id IN (NEW.site_id, OLD.site_id) AND m IS NOT NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER dashboard_session_changed
  AFTER UPDATE OF cancelled_at, starts_at, ends_at, site_id ON clinic_sessions
  FOR EACH ROW EXECUTE FUNCTION dashboard_session_changed();

-- A practice or clinic linked to a service, or unlinked: any month may change.
CREATE FUNCTION dashboard_link_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO dashboard_changes (service_id, month) VALUES (OLD.service_id, NULL);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO dashboard_changes (service_id, month) VALUES (NEW.service_id, NULL);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER dashboard_link_changed
  AFTER INSERT OR DELETE OR UPDATE ON organisation_links
  FOR EACH ROW EXECUTE FUNCTION dashboard_link_changed();
