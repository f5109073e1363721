-- Consultant review: claims on cases, signed outcomes and addenda, plan
-- templates per service, and the letters made from outcomes.

ALTER TABLE requests
  ADD COLUMN claimed_by uuid REFERENCES users (id),
  ADD COLUMN claimed_at timestamptz,
  -- Last activity under the claim; a claim idle for too long may be taken over.
  ADD COLUMN claim_touched_at timestamptz;

-- The worklist: a service's open cases, urgent first, then by due date.
CREATE INDEX requests_worklist ON requests (service_id, state, (urgency = 'urgent') DESC, due_at);
CREATE INDEX requests_claimed_by ON requests (claimed_by) WHERE claimed_by IS NOT NULL;

CREATE TABLE outcomes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id),
  kind text NOT NULL CHECK (kind IN ('outcome', 'addendum')),
  -- For an addendum: the signed outcome it adds to.
  addendum_to uuid REFERENCES outcomes (id),
  category text CHECK (category IN ('discharge_with_advice', 'gp_to_prescribe', 'routine_face_to_face',
    'urgent_face_to_face', 'biopsy_or_excision', 'onward_referral', 'redirect_urgent_cancer', 'convert_to_referral')),
  diagnosis_code text,
  diagnosis_term text,
  differentials jsonb NOT NULL DEFAULT '[]'::jsonb,
  plan text NOT NULL DEFAULT '',
  medicines jsonb NOT NULL DEFAULT '[]'::jsonb,
  leaflets jsonb NOT NULL DEFAULT '[]'::jsonb,
  onward_referral text,
  signed_by uuid NOT NULL REFERENCES users (id),
  signed_by_name text NOT NULL,
  gmc_number text NOT NULL,
  signed_at timestamptz NOT NULL,
  CHECK ((kind = 'outcome') = (addendum_to IS NULL)),
  CHECK (kind = 'addendum' OR (category IS NOT NULL AND diagnosis_term IS NOT NULL))
);
CREATE INDEX outcomes_request ON outcomes (request_id, signed_at);
CREATE UNIQUE INDEX outcomes_one_per_request ON outcomes (request_id) WHERE kind = 'outcome';

-- A signed outcome is never edited: corrections are addenda.
CREATE FUNCTION outcomes_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a signed outcome cannot be changed: add an addendum' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER outcomes_signed BEFORE UPDATE OR DELETE ON outcomes
  FOR EACH ROW EXECUTE FUNCTION outcomes_refuse_change();

-- A service's own management plan text for a diagnosis, replacing the default.
CREATE TABLE plan_templates (
  service_id uuid NOT NULL REFERENCES organisations (id),
  diagnosis_code text NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (service_id, diagnosis_code)
);

CREATE TABLE letters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES requests (id),
  outcome_id uuid NOT NULL REFERENCES outcomes (id),
  audience text NOT NULL CHECK (audience IN ('referrer', 'patient')),
  blob_key text NOT NULL,
  bytes integer NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (outcome_id, audience)
);
CREATE INDEX letters_request ON letters (request_id);
