-- Invitations to join an organisation (issue 13 §1): an administrator names the person, their organisation and
-- roles; the person gets a one-time link by email, chooses a password and is signed in. Only the SHA-256 of the
-- link's token is kept. The account itself is made when the invitation is accepted.

CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- SHA-256 of the token in the link; the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  roles text[] NOT NULL CHECK (
    cardinality(roles) > 0 AND roles <@ ARRAY[
      'referrer', 'photographer', 'consultant', 'booking_clerk', 'service_admin', 'system_admin'
    ]::text[]
  ),
  gmc_number text CHECK (gmc_number ~ '^[0-9]{7}$'),
  professional_registration text,
  invited_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  -- Set once, when the link is used: the account made from it.
  accepted_at timestamptz,
  user_id uuid REFERENCES users (id),
  -- Withdrawn by an administrator, or replaced by a newer invitation to the same person and organisation.
  withdrawn_at timestamptz,
  CHECK ((accepted_at IS NULL) = (user_id IS NULL))
);
CREATE INDEX invitations_organisation ON invitations (organisation_id, created_at DESC);
CREATE INDEX invitations_pending_email ON invitations (lower(email)) WHERE accepted_at IS NULL AND withdrawn_at IS NULL;

-- When each user last signed in, shown to their administrators.
ALTER TABLE users ADD COLUMN last_signed_in_at timestamptz;
UPDATE users u SET last_signed_in_at = (SELECT max(s.created_at) FROM sessions s WHERE s.user_id = u.id);
