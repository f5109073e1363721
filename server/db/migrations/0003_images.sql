-- Clinical photographs: one row per image received, its original kept for
-- integrity (never served) and its derivatives (everything served).

CREATE TABLE images (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The resumable upload it came from: ingesting the same upload twice finds this row.
  upload_id text NOT NULL UNIQUE,
  request_id uuid NOT NULL REFERENCES requests (id),
  lesion_id uuid NOT NULL REFERENCES lesions (id),
  view text NOT NULL CHECK (view IN ('regional', 'close_up', 'dermoscopic')),
  state text NOT NULL CHECK (state IN ('processing', 'ready', 'failed')),
  original_key text NOT NULL,
  original_bytes bigint NOT NULL,
  original_sha256 text NOT NULL CHECK (original_sha256 ~ '^[0-9a-f]{64}$'),
  original_format text NOT NULL,
  -- As the uploader's device named it; shown only, never used as a path.
  original_filename text NOT NULL DEFAULT '',
  width integer,
  height integer,
  captured_at timestamptz,
  captured_by uuid REFERENCES users (id),
  captured_by_label text NOT NULL,
  device_make text,
  device_model text,
  perceptual_hash text,
  quality jsonb,
  derivatives jsonb,
  failure text,
  uploaded_at timestamptz NOT NULL,
  processed_at timestamptz,
  -- The same photograph twice on one request is recognised and refused.
  UNIQUE (request_id, original_sha256)
);
CREATE INDEX images_request ON images (request_id, lesion_id);
CREATE INDEX images_uploader_day ON images (captured_by, uploaded_at);
